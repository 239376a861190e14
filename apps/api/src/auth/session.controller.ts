import { Public } from '@app/observability';
import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { LoginDto } from './dto/login.dto';
import { SessionView } from './dto/session.views';
import { TokenService } from './token.service';

/** The refresh token of a browser session: never readable by the page's scripts. */
export const SESSION_COOKIE = 'pao_session';
const SESSION_PATH = '/api/v1/auth/session';

/**
 * Sessions for the web workspace. The access token goes to the page (kept in memory, never in
 * localStorage); the refresh token stays in an httpOnly cookie the page cannot read, sent only to
 * these routes (Path) and only by our own origin (SameSite=Strict — a request another site makes
 * carries no cookie, which is also the defence against cross-site request forgery here). The
 * cookie rotates with every refresh, as the refresh token does (a replayed one revokes its family).
 * Integrations keep POST /auth/login and /auth/refresh, which answer both tokens in the body.
 */
@ApiTags('auth')
@Controller('api/v1/auth/session')
export class SessionController {
  constructor(private readonly tokens: TokenService) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'startSession', summary: 'Sign in from the web workspace: the access token in the body, the refresh token in an httpOnly cookie' })
  @ApiOkResponse({ type: SessionView, headers: { 'Set-Cookie': { description: `${SESSION_COOKIE}=…; HttpOnly; SameSite=Strict; Path=${SESSION_PATH}`, schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS or ACCOUNT_DEACTIVATED.' })
  @ApiServiceUnavailableResponse({ description: 'LOGIN_BUSY: too many sign-ins at once; retry after Retry-After seconds.', headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } })
  async start(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const pair = await this.tokens.login(body.login, body.password);
    this.setCookie(request, response, pair.refreshToken);
    return { accessToken: pair.accessToken, tokenType: pair.tokenType, expiresIn: pair.expiresIn };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'refreshSession', summary: 'A fresh access token for the browser session (the cookie rotates)' })
  @ApiOkResponse({ type: SessionView, headers: { 'Set-Cookie': { description: 'the next refresh token', schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({ description: 'INVALID_REFRESH_TOKEN: no session cookie, or it is expired, revoked or already spent: sign in again.' })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const pair = await this.tokens.refresh(sessionCookie(request) ?? '');
    this.setCookie(request, response, pair.refreshToken);
    return { accessToken: pair.accessToken, tokenType: pair.tokenType, expiresIn: pair.expiresIn };
  }

  @Public()
  @Delete()
  @HttpCode(204)
  @ApiOperation({ operationId: 'endSession', summary: 'Sign out of the browser session: its refresh tokens are revoked and the cookie cleared' })
  @ApiNoContentResponse({ headers: { 'Set-Cookie': { description: 'the cookie, expired', schema: { type: 'string' } } } })
  async end(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionCookie(request);
    if (token) await this.tokens.revoke(token);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions(request));
  }

  private setCookie(request: Request, response: Response, refreshToken: string): void {
    response.cookie(SESSION_COOKIE, refreshToken, { ...this.cookieOptions(request), maxAge: this.tokens.refreshTtlSeconds * 1000 });
  }

  /**
   * Secure whenever the browser will keep it: over HTTPS, and on loopback (browsers treat
   * http://localhost and 127.0.0.1 as secure contexts), so `npm start` works without TLS.
   */
  private cookieOptions(request: Request) {
    const secure = request.secure || LOOPBACK.has(request.hostname);
    return { httpOnly: true, sameSite: 'strict' as const, path: SESSION_PATH, secure };
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The session cookie's value, read from the Cookie header (no cookie parser runs for the rest of the API). */
export function sessionCookie(request: Request): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}
