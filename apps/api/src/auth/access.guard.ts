import { IntegrationClientsRepository, IntegrationScope, OfficesRepository, UserRole, UsersRepository } from '@app/persistence';
import { CanActivate, ExecutionContext, HttpStatus, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { AddressLimits, carriesCredentials } from '../http/address-limits';
import { ProblemException } from '../http/problem-details';
import { PUBLIC_ROUTE } from '@app/observability';
import { ALLOWED_ROLES, ALLOWED_SCOPES } from './access.decorators';
import { apiKeyHashMatches, apiKeyPrefix, hashApiKey } from './api-key';
import { ApiKeyCache } from './api-key-cache';
import { IntegrationPrincipal, Principal } from './principal';
import { TokenService } from './token.service';

const unauthenticated = (detail: string) =>
  new ProblemException({ status: HttpStatus.UNAUTHORIZED, title: 'Authentication required', code: 'UNAUTHENTICATED', detail });
const forbidden = (detail: string) => new ProblemException({ status: HttpStatus.FORBIDDEN, title: 'Not allowed', code: 'FORBIDDEN', detail });

/**
 * Global guard: authenticates the caller (Bearer access token or X-Api-Key) and checks the route's
 * declared roles or integration scopes. A route that declares neither is refused for everybody.
 * The user is re-read on every request, so a deactivated account, a changed role or a raised token
 * version (users.token_version: password reset, deactivation, sign-out) takes effect at once rather
 * than when the token expires. A verified API key is remembered for a few seconds
 * (ApiKeyCache: a revocation through the admin API is seen at once, any other within its TTL).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
    private readonly offices: OfficesRepository,
    private readonly clients: IntegrationClientsRepository,
    private readonly apiKeys: ApiKeyCache,
    // Absent only where the API's modules boot without their HTTP defences (the OpenAPI generator).
    @Optional() private readonly addressLimits?: AddressLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const principal = await this.authenticate(request).catch(async (error: unknown) => {
      // Credentials that were sent and failed spend the address's failure budget (AddressLimits).
      if (error instanceof ProblemException && carriesCredentials(request)) await this.addressLimits?.recordAuthenticationFailure(request);
      throw error;
    });
    // Known before the role check: a 403 is recorded with who was refused (SecurityLog).
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    const scopes = this.reflector.getAllAndOverride<IntegrationScope[] | undefined>(ALLOWED_SCOPES, targets) ?? [];
    if (principal.kind === 'user' && !roles.includes(principal.role)) {
      throw forbidden(`This route is not open to the ${principal.role} role.`);
    }
    if (principal.kind === 'integration' && !scopes.some((scope) => principal.scopes.includes(scope))) {
      throw forbidden(scopes.length ? `This route needs one of the scopes: ${scopes.join(', ')}.` : 'This route is not open to integrations.');
    }
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const apiKey = request.header('x-api-key');
    if (apiKey) return this.authenticateIntegration(apiKey);
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthenticated('Send Authorization: Bearer <access token> or X-Api-Key.');
    const subject = await this.tokens.verifyAccessToken(token);
    const user = subject ? await this.users.activeWithOffice(subject.userId) : null;
    // A raised token version (password reset, deactivation, sign-out, a stolen refresh token) ends the token.
    if (!user || user.tokenVersion !== subject?.version) throw unauthenticated('The access token is invalid or expired, or the account is inactive.');
    return { kind: 'user', userId: user.id, login: user.login, role: user.role, officeId: user.officeId, officePath: user.office.path };
  }

  private async authenticateIntegration(key: string): Promise<IntegrationPrincipal> {
    const keyHash = hashApiKey(key);
    const known = this.apiKeys.find(keyHash);
    if (known) return known;
    const generation = this.apiKeys.generation;
    if (this.apiKeys.isKnownUnknown(keyHash)) throw unauthenticated('The API key is unknown or revoked.');
    // Revoked clients are read too: a revoked key is refused, but not remembered as unknown — its
    // client may be reactivated, and must then work at once.
    const client = await this.clients.byKeyPrefix(apiKeyPrefix(key));
    const matches = client !== null && apiKeyHashMatches(keyHash, client.keyHash);
    if (!matches) this.apiKeys.rememberUnknown(keyHash, generation);
    if (!matches || !client.isActive) throw unauthenticated('The API key is unknown or revoked.');
    const offices = await this.offices.findByIds(client.officeIds);
    const principal: IntegrationPrincipal = { kind: 'integration', clientId: client.id, name: client.name, scopes: client.scopes, officePaths: offices.map((office) => office.path) };
    this.apiKeys.remember(keyHash, principal, generation);
    return principal;
  }
}
