import { AppConfig } from '@app/config';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AuthController } from '../auth/auth.controller';
import { SessionController } from '../auth/session.controller';
import { Principal, principalKey } from '../auth/principal';
import { clientAddress, rateLimited } from './address-limits';
import { RateLimitStore } from './rate-limit-storage';

type RateLimitedRequest = Request & { principal?: Principal };

// The library hands trackers an untyped request; the context gives the same one, typed.
const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<RateLimitedRequest>();

/** The longest login name a key is built from (LoginDto allows 100). */
const LOGIN_KEY_LENGTH = 100;

const ipOf = (request: RateLimitedRequest) => clientAddress(request);

/**
 * Who is counted after authentication: the user or API key (so one integration cannot starve the
 * others, and a user is limited wherever they connect from). Anonymous requests are counted before
 * authentication, per address and route class (AddressLimits), and skip this budget.
 */
function callerTracker(request: RateLimitedRequest): string {
  return request.principal ? principalKey(request.principal) : `ip:${ipOf(request)}`;
}

/**
 * Login attempts are counted per IP address and login name: guessing one account's password is
 * slowed, while colleagues behind one office NAT still sign in. The body is not validated yet
 * (guards run before pipes), so the name is read defensively.
 */
function loginTracker(request: RateLimitedRequest): string {
  const body: unknown = request.body;
  const login = typeof body === 'object' && body !== null && typeof (body as { login?: unknown }).login === 'string' ? (body as { login: string }).login : '';
  return `${ipOf(request)}|${login.slice(0, LOGIN_KEY_LENGTH).toLowerCase()}`;
}

/** The routes that take a password: the integrators' login and the web workspace's sign-in. */
const PASSWORD_ROUTES: ReadonlySet<unknown> = new Set([AuthController.prototype.login, SessionController.prototype.start]);
const isLogin = (context: ExecutionContext) => PASSWORD_ROUTES.has(context.getHandler());

export function rateLimitOptions(config: AppConfig, store: RateLimitStore): ThrottlerModuleOptions {
  return {
    throttlers: [
      // 'default' keeps the standard header names: X-RateLimit-Limit, -Remaining, -Reset
      {
        name: 'default',
        limit: config.RATE_LIMIT_MAX,
        ttl: config.RATE_LIMIT_WINDOW_MS,
        getTracker: (_request, context) => callerTracker(requestOf(context)),
        skipIf: (context) => requestOf(context).principal === undefined,
      },
      {
        name: 'login',
        limit: config.RATE_LIMIT_LOGIN_MAX,
        ttl: config.RATE_LIMIT_LOGIN_WINDOW_MS,
        getTracker: (_request, context) => loginTracker(requestOf(context)),
        skipIf: (context) => !isLogin(context),
        setHeaders: false,
      },
      {
        // One address across every login name: a flood that varies the name is slowed too.
        name: 'login-address',
        limit: config.RATE_LIMIT_LOGIN_ADDRESS_MAX,
        ttl: config.RATE_LIMIT_LOGIN_WINDOW_MS,
        getTracker: (_request, context) => ipOf(requestOf(context)),
        skipIf: (context) => !isLogin(context),
        setHeaders: false,
      },
    ],
    // one budget per caller across all routes, not one per route (the library's default key)
    generateKey: (_context, tracker, name) => `${name}|${tracker}`,
    // O(1) per request (the default storage filters every hit of the window on every request);
    // in Redis when replicas share the budget (RATE_LIMIT_STORE)
    storage: store,
  };
}

/**
 * The throttler, answering 429 RATE_LIMITED with Retry-After. It must run after AccessGuard, which
 * sets `request.principal`: api.app.ts installs it with useGlobalGuards, which appends it to the
 * APP_GUARDs already registered when the application was created.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override throwThrottlingException(context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw rateLimited(context.switchToHttp().getResponse<Response>(), limit.timeToBlockExpire);
  }
}
