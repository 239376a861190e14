import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';

/** OpenAPI for a GET the ETag interceptor serves (every GET under /api/v1). */
export const ApiConditionalGet = () =>
  applyDecorators(
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of the copy the caller holds; 304 when it is still current' }),
    ApiResponse({ status: 304, description: 'Not modified: the caller\'s copy (its ETag in If-None-Match) is current; no body' }),
  );
