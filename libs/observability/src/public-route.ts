import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PUBLIC_ROUTE = 'access:public';

/**
 * Answers without credentials: health probes, login, token refresh. The API's AccessGuard honours
 * it; the OpenAPI document marks the route `security: []` (the API's document builder reads the
 * `x-public` marker this sets and removes it).
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-public', true));
