import { AppConfig } from '@app/config';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { ProblemException } from './problem-details';
import { RATE_LIMIT_STORE, RateLimitStore } from './rate-limit-storage';
import { routeClassOf } from './route-class';

/** The client's address: the connection's, or what a trusted proxy says (TRUST_PROXY, read by express). */
export function clientAddress(request: Request): string {
  return normalizeIp(request.ip ?? request.socket.remoteAddress ?? 'unknown');
}

/** Whether the request carries credentials the guard will look up. */
export function carriesCredentials(request: Request): boolean {
  return request.header('x-api-key') !== undefined || request.header('authorization') !== undefined;
}

export function rateLimited(response: Response, retryAfterSeconds: number): ProblemException {
  const seconds = Math.max(1, retryAfterSeconds);
  response.setHeader('Retry-After', String(seconds));
  return new ProblemException({ status: HttpStatus.TOO_MANY_REQUESTS, title: 'Too many requests', code: 'RATE_LIMITED', detail: `Retry after ${seconds} s.` });
}

/** Logged at most this often while the store cannot be reached. */
const STORE_WARNING_EVERY_MS = 60_000;

/**
 * The limits counted per client address, before authentication (the throttler after it counts
 * per user and per API key):
 * - every request spends its route class's budget (RATE_LIMIT_ADDRESS_MAX per window);
 * - every failed authentication spends the address's failure budget; once it is spent, requests
 *   with credentials from the address are refused at once — 4,000 random API keys cost 200
 *   lookups, not 4,000.
 * When the store cannot be reached (Redis down) the request goes through: a limiter must not take
 * the API down with it. The failure is logged.
 */
@Injectable()
export class AddressLimits {
  private readonly logger = new Logger('RateLimit');
  private lastWarningAt = 0;

  constructor(
    private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {}

  /** Counts the request; answers the problem to refuse it with, or null. Sets the X-RateLimit-* headers. */
  async admit(request: Request, response: Response): Promise<ProblemException | null> {
    const address = clientAddress(request);
    const routeClass = routeClassOf(request.method, request.originalUrl);
    const window = this.config.RATE_LIMIT_WINDOW_MS;
    const limit = this.config.RATE_LIMIT_ADDRESS_MAX;
    const hit = await this.safely(() => this.store.increment(`address|${routeClass}|${address}`, window, limit, window, 'address'));
    if (hit) {
      response.setHeader('X-RateLimit-Limit', String(limit));
      response.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - hit.totalHits)));
      response.setHeader('X-RateLimit-Reset', String(hit.timeToExpire));
      if (hit.isBlocked) return rateLimited(response, hit.timeToBlockExpire);
    }
    if (carriesCredentials(request)) {
      const blockedFor = await this.safely(() => this.store.blockedFor(this.failureKey(address)));
      if (blockedFor) return rateLimited(response, blockedFor);
    }
    return null;
  }

  /** A request's credentials were unknown, invalid or expired. */
  async recordAuthenticationFailure(request: Request): Promise<void> {
    const window = this.config.RATE_LIMIT_AUTH_FAILURES_WINDOW_MS;
    // The MAX-th failure blocks: the next request with credentials is refused before any lookup.
    await this.safely(() => this.store.increment(this.failureKey(clientAddress(request)), window, this.config.RATE_LIMIT_AUTH_FAILURES_MAX - 1, window, 'auth-failures'));
  }

  private failureKey(address: string): string {
    return `auth-failures|${address}`;
  }

  private async safely<T>(operation: () => Promise<T>): Promise<T | null> {
    try {
      return await operation();
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarningAt >= STORE_WARNING_EVERY_MS) {
        this.lastWarningAt = now;
        this.logger.warn({ err: error }, 'the rate-limit store cannot be reached: requests go through unlimited');
      }
      return null;
    }
  }
}
