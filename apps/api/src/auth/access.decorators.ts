import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { IntegrationScope, UserRole } from '@app/persistence';
import { Principal } from './principal';

export const ALLOWED_ROLES = 'access:roles';
export const ALLOWED_SCOPES = 'access:scopes';

/**
 * The user roles that may call the route. Every non-public route must say it: the guard refuses
 * a route that declares nothing (fail closed), and the access-matrix test lists every route.
 */
export const Roles = (...roles: UserRole[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The integration scopes that open the route to API-key callers (none: integrations are refused). */
export const IntegrationScopes = (...scopes: IntegrationScope[]) => SetMetadata(ALLOWED_SCOPES, scopes);

/** The authenticated caller, set on the request by AccessGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route AccessGuard did not authenticate');
  return principal;
});
