import { ThrottlerStorage } from '@nestjs/throttler';

/** What `ThrottlerStorage.increment` answers (the package does not export the type by name). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Where the limiter keeps its counters: the throttler's storage, plus a look at a key's block
 * without counting (the failed-authentication budget is spent by failures and checked by every
 * request with credentials). One process: SlidingWindowThrottlerStorage; replicas: RedisRateLimitStore.
 */
export interface RateLimitStore extends ThrottlerStorage {
  /** Seconds the key stays blocked (0: not blocked). */
  blockedFor(key: string): Promise<number>;
}

/** The injection token of the store the API uses (RATE_LIMIT_STORE). */
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

interface Counter {
  /** Start of the current window, a multiple of the window length (ms since the epoch). */
  windowStart: number;
  /** Hits counted in the current window and in the one before it. */
  current: number;
  previous: number;
  /** While now < blockedUntil every request is refused; 0 when not blocked. */
  blockedUntil: number;
  /** The window length this counter was made with (a sweep needs it). */
  ttl: number;
}

/** How often, at most, idle counters are swept out (checked on increment: no timer to stop). */
const SWEEP_EVERY_MS = 60_000;

/**
 * The throttler's in-memory storage as a sliding two-window counter: O(1) per request, whatever the
 * limit. (The library's default keeps one expiry per hit in the window and filters them all on
 * every request — at a limit of thousands per minute that array is the cost of every request.)
 *
 * The count is the hits of the current fixed window plus the previous window's hits weighted by
 * how much of it the sliding window still covers — the usual approximation of a sliding log.
 * Blocking keeps the library's semantics: the hit that goes over the limit is refused and blocks
 * the key for `blockDuration` (the window, unless configured); every request meanwhile is refused
 * and not counted; when the block ends the count starts again from that request.
 */
export class SlidingWindowThrottlerStorage implements RateLimitStore {
  private readonly counters = new Map<string, Counter>();
  private nextSweepAt: number;

  constructor(private readonly now: () => number = Date.now) {
    this.nextSweepAt = this.now() + SWEEP_EVERY_MS;
  }

  /** Keys held (for tests). */
  get size(): number {
    return this.counters.size;
  }

  increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    return Promise.resolve(this.hit(key, ttl, limit, blockDuration));
  }

  blockedFor(key: string): Promise<number> {
    const counter = this.counters.get(key);
    const now = this.now();
    return Promise.resolve(counter && counter.blockedUntil > now ? Math.ceil((counter.blockedUntil - now) / 1000) : 0);
  }

  hit(key: string, ttl: number, limit: number, blockDuration: number): ThrottlerStorageRecord {
    const now = this.now();
    if (now >= this.nextSweepAt) this.sweep(now);
    const windowStart = now - (now % ttl);
    let counter = this.counters.get(key);
    if (!counter) {
      counter = { windowStart, current: 0, previous: 0, blockedUntil: 0, ttl };
      this.counters.set(key, counter);
    }
    const timeToExpire = Math.ceil((windowStart + ttl - now) / 1000);
    if (counter.blockedUntil > now) {
      return { totalHits: limit + 1, timeToExpire, isBlocked: true, timeToBlockExpire: Math.ceil((counter.blockedUntil - now) / 1000) };
    }
    if (counter.blockedUntil !== 0) {
      // the block is over: start counting afresh from this request
      counter.blockedUntil = 0;
      counter.current = 0;
      counter.previous = 0;
      counter.windowStart = windowStart;
    } else if (counter.windowStart !== windowStart) {
      counter.previous = counter.windowStart === windowStart - ttl ? counter.current : 0;
      counter.current = 0;
      counter.windowStart = windowStart;
    }
    counter.current += 1;
    const stillCovered = (ttl - (now - windowStart)) / ttl;
    const totalHits = counter.current + Math.floor(counter.previous * stillCovered);
    if (totalHits > limit && blockDuration <= 0) {
      // no block configured: refuse without counting, until the window slides far enough
      counter.current -= 1;
      return { totalHits, timeToExpire, isBlocked: true, timeToBlockExpire: Math.max(1, timeToExpire) };
    }
    if (totalHits > limit) {
      counter.blockedUntil = now + blockDuration;
      return { totalHits, timeToExpire, isBlocked: true, timeToBlockExpire: Math.max(1, Math.ceil(blockDuration / 1000)) };
    }
    return { totalHits, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Drops counters that neither block nor count anything any more. */
  private sweep(now: number): void {
    this.nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [key, counter] of this.counters) {
      if (counter.blockedUntil <= now && counter.windowStart + 2 * counter.ttl <= now) this.counters.delete(key);
    }
  }
}
