import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { IntegrationScope, UserRole } from '@app/persistence';
import { API_KEY_SCHEME, BEARER_SCHEME } from '../http/openapi/security-schemes';
import { Principal } from './principal';

export const ALLOWED_ROLES = 'access:roles';
export const ALLOWED_SCOPES = 'access:scopes';

/**
 * The user roles that may call the route. Every non-public route must say it: the guard refuses
 * a route that declares nothing (fail closed), and the access-matrix test lists every route.
 * The OpenAPI document lists the same roles on the route's bearer requirement.
 */
export const Roles = (...roles: UserRole[]) => applyDecorators(SetMetadata(ALLOWED_ROLES, roles), ApiSecurity(BEARER_SCHEME, roles));

/**
 * The integration scopes that open the route to API-key callers (none: integrations are refused).
 * The OpenAPI document lists the same scopes on the route's API-key requirement.
 */
export const IntegrationScopes = (...scopes: IntegrationScope[]) => applyDecorators(SetMetadata(ALLOWED_SCOPES, scopes), ApiSecurity(API_KEY_SCHEME, scopes));

/** The authenticated caller, set on the request by AccessGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route AccessGuard did not authenticate');
  return principal;
});
