import { applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';

/** OpenAPI for a POST the idempotency interceptor serves (every authenticated POST under /api/v1). */
export const ApiIdempotencyKey = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        '1-200 printable characters, unique per intended request. A retry with the same key and body answers the first ' +
        'response again (header Idempotent-Replayed: true) without repeating the effect.',
    }),
    ApiConflictResponse({ description: 'IDEMPOTENCY_REQUEST_IN_PROGRESS: a request with this key has not finished' }),
    ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED: the key was used for another request; VALIDATION_FAILED: malformed key or body' }),
  );
