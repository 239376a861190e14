import Redis from 'ioredis';
import { RateLimitStore, ThrottlerStorageRecord } from './rate-limit-storage';

/**
 * The sliding two-window counter of SlidingWindowThrottlerStorage, in Redis, for API replicas that
 * must share one budget per caller: one Lua script per request, atomic, on Redis's clock (replicas'
 * clocks may differ). Same semantics, field for field: hits of the current and the previous window,
 * the block's end; the key expires once it can count nothing any more.
 */
const HIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1]); local limit = tonumber(ARGV[2]); local block = tonumber(ARGV[3])
local ws = now - (now % ttl)
local h = redis.call('HMGET', KEYS[1], 'ws', 'cur', 'prev', 'bu')
local cws = tonumber(h[1]); local cur = tonumber(h[2]) or 0; local prev = tonumber(h[3]) or 0; local bu = tonumber(h[4]) or 0
local tte = math.ceil((ws + ttl - now) / 1000)
if bu > now then return {limit + 1, tte, 1, math.ceil((bu - now) / 1000)} end
if bu ~= 0 then
  bu = 0; cur = 0; prev = 0; cws = ws
elseif cws == nil then
  cws = ws
elseif cws ~= ws then
  if cws == ws - ttl then prev = cur else prev = 0 end
  cur = 0; cws = ws
end
cur = cur + 1
local total = cur + math.floor(prev * ((ttl - (now - ws)) / ttl))
local blocked = 0; local tbe = 0
if total > limit and block <= 0 then
  cur = cur - 1; blocked = 1; tbe = math.max(1, tte)
elseif total > limit then
  bu = now + block; blocked = 1; tbe = math.max(1, math.ceil(block / 1000))
end
redis.call('HSET', KEYS[1], 'ws', cws, 'cur', cur, 'prev', prev, 'bu', bu)
redis.call('PEXPIRE', KEYS[1], 2 * ttl + math.max(block, 0))
return {total, tte, blocked, tbe}`;

const BLOCKED_FOR = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local bu = tonumber(redis.call('HGET', KEYS[1], 'bu')) or 0
if bu > now then return math.ceil((bu - now) / 1000) end
return 0`;

type Hit = (key: string, ttl: number, limit: number, block: number) => Promise<[number, number, number, number]>;
type BlockedFor = (key: string) => Promise<number>;

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis & { rateLimitHit: Hit; rateLimitBlockedFor: BlockedFor };

  /** `prefix`: QUEUE_PREFIX, so runs and deployments sharing a Redis never share counters. */
  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT });
    redis.defineCommand('rateLimitBlockedFor', { numberOfKeys: 1, lua: BLOCKED_FOR });
    this.redis = redis as RedisRateLimitStore['redis'];
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const [totalHits, timeToExpire, blocked, timeToBlockExpire] = await this.redis.rateLimitHit(this.key(key), ttl, limit, blockDuration);
    return { totalHits, timeToExpire, isBlocked: blocked === 1, timeToBlockExpire };
  }

  blockedFor(key: string): Promise<number> {
    return this.redis.rateLimitBlockedFor(this.key(key));
  }

  private key(key: string): string {
    return `${this.prefix}:rate:${key}`;
  }
}
