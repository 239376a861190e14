import { createSecretKey, randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import { RefreshTokensRepository, Transactions, UsersRepository } from '@app/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare } from 'bcryptjs';
import { ProblemException } from '../http/problem-details';
import { TokenPairDto } from './dto/login.dto';
import { PasswordChecks } from './password-checks';

const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_SECONDS = 30 * 24 * 3600;

interface AccessClaims {
  sub: string;
  typ: 'access';
  /** The user's token version when it was issued (users.token_version): a raised version ends it. */
  ver: number;
  exp?: number;
}
interface RefreshClaims {
  sub: string;
  typ: 'refresh';
  jti: string;
  fam: string;
  exp?: number;
}

/** Whom an access token speaks for, and under which token version. */
export interface AccessTokenSubject {
  readonly userId: string;
  readonly version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalidCredentials = () =>
  new ProblemException({ status: HttpStatus.UNAUTHORIZED, title: 'Login or password is wrong', code: 'INVALID_CREDENTIALS' });
const accountDeactivated = () =>
  new ProblemException({
    status: HttpStatus.UNAUTHORIZED,
    title: 'This account is deactivated',
    code: 'ACCOUNT_DEACTIVATED',
    detail: 'Ask an administrator of your office to reactivate it.',
  });
const invalidRefresh = () =>
  new ProblemException({ status: HttpStatus.UNAUTHORIZED, title: 'The refresh token is invalid, expired or revoked', code: 'INVALID_REFRESH_TOKEN' });

/**
 * Short-lived access tokens and rotating refresh tokens. A refresh token is single-use: using it
 * revokes it and issues the next of its family; presenting an already-used token (a replay, so
 * probably stolen) revokes the whole family.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(
    config: AppConfig,
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwordChecks: PasswordChecks,
  ) {
    // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a public
    // key on every sign and verify (≈350 µs a request, a quarter of an authenticated GET).
    const secret = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  }

  async login(login: string, password: string): Promise<TokenPairDto> {
    const user = await this.users.byLogin(login);
    // Compare even for an unknown login, so timing does not reveal which logins exist.
    // In turn with the other sign-ins (PasswordChecks): a flood of logins cannot starve the event loop.
    const ok = await this.passwordChecks.run(() => compare(password, user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva'));
    if (!user || !ok) throw invalidCredentials();
    // Told only to whoever knows the password: the account's owner, who needs to know why.
    if (!user.isActive) throw accountDeactivated();
    return this.issue(user.id, user.tokenVersion, randomUUID());
  }

  /**
   * Signs out: the refresh token's whole family is revoked and, when it was still alive, every
   * access token of the user ends with it (the token version rises: another device signs in again
   * with its own refresh token). An unreadable or already ended token changes nothing.
   */
  async revoke(refreshToken: string): Promise<void> {
    const claims = await this.refreshClaims(refreshToken);
    if (!claims) return;
    await this.transactions.run(async (tx) => {
      if ((await this.refreshTokens.revokeFamily(tx, claims.fam, new Date())) > 0) await this.users.endAccessTokens(tx, claims.sub);
    });
  }

  /** Seconds a refresh token lives: the browser session's cookie lives as long. */
  get refreshTtlSeconds(): number {
    return REFRESH_TTL_SECONDS;
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const claims = await this.refreshClaims(refreshToken);
    if (!claims) throw invalidRefresh();
    const version = await this.transactions.run(async (tx) => {
      if (!(await this.refreshTokens.consume(tx, claims.jti, new Date()))) {
        // A replay: the family is presumed stolen, and so are the access tokens issued from it.
        if ((await this.refreshTokens.revokeFamily(tx, claims.fam, new Date())) > 0) await this.users.endAccessTokens(tx, claims.sub);
        return null;
      }
      return this.users.activeTokenVersion(claims.sub, tx);
    });
    if (version === null) throw invalidRefresh();
    return this.issue(claims.sub, version, claims.fam);
  }

  /**
   * Whom an access token speaks for, or null when it is not one: a valid signature, `typ` access,
   * an `exp` (a token that never expires is refused even when validly signed), a UUID subject and a
   * token version. The caller compares the version with the account's.
   */
  async verifyAccessToken(token: string): Promise<AccessTokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      const wellFormed = claims.typ === 'access' && typeof claims.exp === 'number' && typeof claims.sub === 'string' && UUID.test(claims.sub) && Number.isSafeInteger(claims.ver);
      return wellFormed ? { userId: claims.sub, version: claims.ver } : null;
    } catch {
      return null;
    }
  }

  /** A refresh token's claims when it is one (signed, typ refresh, with exp, a UUID subject), else null. */
  private async refreshClaims(token: string): Promise<RefreshClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<RefreshClaims>(token);
      const wellFormed = claims.typ === 'refresh' && typeof claims.exp === 'number' && typeof claims.sub === 'string' && UUID.test(claims.sub);
      return wellFormed && typeof claims.jti === 'string' && UUID.test(claims.jti) && typeof claims.fam === 'string' && UUID.test(claims.fam) ? claims : null;
    } catch {
      return null;
    }
  }

  private async issue(userId: string, version: number, familyId: string): Promise<TokenPairDto> {
    const jti = randomUUID();
    await this.refreshTokens.record({ id: jti, userId, familyId, expiresAt: new Date(Date.now() + REFRESH_TTL_SECONDS * 1000) });
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'access', ver: version } satisfies AccessClaims, { expiresIn: ACCESS_TTL_SECONDS });
    const refreshToken = await this.jwt.signAsync({ sub: userId, typ: 'refresh', jti, fam: familyId } satisfies RefreshClaims, {
      expiresIn: REFRESH_TTL_SECONDS,
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TTL_SECONDS };
  }
}
