import { createSecretKey, randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import { RefreshTokensRepository, Transactions, UsersRepository } from '@app/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare } from 'bcryptjs';
import { ProblemException } from '../http/problem-details';
import { TokenPairDto } from './dto/login.dto';

const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_SECONDS = 30 * 24 * 3600;

interface AccessClaims {
  sub: string;
  typ: 'access';
}
interface RefreshClaims {
  sub: string;
  typ: 'refresh';
  jti: string;
  fam: string;
}

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
  ) {
    // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a public
    // key on every sign and verify (≈350 µs a request, a quarter of an authenticated GET).
    const secret = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  }

  async login(login: string, password: string): Promise<TokenPairDto> {
    const user = await this.users.byLogin(login);
    // Compare even for an unknown login, so timing does not reveal which logins exist.
    const ok = await compare(password, user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva');
    if (!user || !ok) throw invalidCredentials();
    // Told only to whoever knows the password: the account's owner, who needs to know why.
    if (!user.isActive) throw accountDeactivated();
    return this.issue(user.id, randomUUID());
  }

  /** Signs out: the refresh token's whole family is revoked (an unreadable token changes nothing). */
  async revoke(refreshToken: string): Promise<void> {
    let claims: RefreshClaims;
    try {
      claims = await this.jwt.verifyAsync<RefreshClaims>(refreshToken);
    } catch {
      return;
    }
    if (claims.typ !== 'refresh') return;
    await this.transactions.run((tx) => this.refreshTokens.revokeFamily(tx, claims.fam, new Date()));
  }

  /** Seconds a refresh token lives: the browser session's cookie lives as long. */
  get refreshTtlSeconds(): number {
    return REFRESH_TTL_SECONDS;
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    let claims: RefreshClaims;
    try {
      claims = await this.jwt.verifyAsync<RefreshClaims>(refreshToken);
    } catch {
      throw invalidRefresh();
    }
    if (claims.typ !== 'refresh') throw invalidRefresh();
    const next = await this.transactions.run(async (tx) => {
      if (!(await this.refreshTokens.consume(tx, claims.jti, new Date()))) {
        await this.refreshTokens.revokeFamily(tx, claims.fam, new Date());
        return null;
      }
      return (await this.users.isActive(claims.sub, tx)) ? claims.sub : null;
    });
    if (!next) throw invalidRefresh();
    return this.issue(next, claims.fam);
  }

  /** The user id an access token speaks for, or null when it is not a valid access token. */
  async verifyAccessToken(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      return claims.typ === 'access' ? claims.sub : null;
    } catch {
      return null;
    }
  }

  private async issue(userId: string, familyId: string): Promise<TokenPairDto> {
    const jti = randomUUID();
    await this.refreshTokens.record({ id: jti, userId, familyId, expiresAt: new Date(Date.now() + REFRESH_TTL_SECONDS * 1000) });
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'access' } satisfies AccessClaims, { expiresIn: ACCESS_TTL_SECONDS });
    const refreshToken = await this.jwt.signAsync({ sub: userId, typ: 'refresh', jti, fam: familyId } satisfies RefreshClaims, {
      expiresIn: REFRESH_TTL_SECONDS,
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TTL_SECONDS };
  }
}
