import { IntegrationScope, UserRole } from '@app/persistence';

/** A signed-in person. `officePath` places them in the hierarchy (see offices.path). */
export interface UserPrincipal {
  readonly kind: 'user';
  readonly userId: string;
  readonly login: string;
  readonly role: UserRole;
  readonly officeId: string;
  readonly officePath: string;
}

/** Another state system calling with an API key. */
export interface IntegrationPrincipal {
  readonly kind: 'integration';
  readonly clientId: string;
  readonly name: string;
  readonly scopes: readonly IntegrationScope[];
  /** Paths of the office subtrees it may read. */
  readonly officePaths: readonly string[];
}

export type Principal = UserPrincipal | IntegrationPrincipal;

/** Stable key of a caller, for idempotency keys and the audit log. */
export function principalKey(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `integration:${principal.clientId}`;
}

/** For routes open to users only (their @Roles admit no integration): the user, or a loud error. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user') throw new Error('this route is declared for users only, yet an integration reached it');
  return principal;
}
