import { AppConfig } from '@app/config';
import { ConnectionOptions, QueueOptions, RedisOptions, createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import Redis from 'ioredis';

/**
 * BullMQ's connection settings from the validated config.
 *
 * Workers block on Redis and must never give up a command (`maxRetriesPerRequest: null`), or a
 * Redis restart would crash them; producers in the API fail fast instead (a request should not
 * hang while Redis is down — the transactional outbox makes that safe).
 */
export function queueOptions(config: AppConfig, role: 'producer' | 'worker'): QueueOptions {
  if (config.QUEUE_BACKEND === 'postgres') {
    // Embedded default without a redis-server binary (docs/adr/0001): BullMQ on PostgreSQL.
    setDefaultBackendFactory(createPostgresBackend as never);
    // BullMQ keeps its own tables in the `bullmq` schema and creates them itself (migrate: true).
    return { connection: { connectionString: config.DATABASE_URL, schema: 'bullmq', migrate: true } as unknown as ConnectionOptions, prefix: config.QUEUE_PREFIX };
  }
  return { connection: redisConnection(config.REDIS_URL!, role, sentinelsOf(config)), prefix: config.QUEUE_PREFIX };
}

/** Redis Sentinel: the sentinels to ask and the master group they watch (REDIS_SENTINELS, REDIS_SENTINEL_NAME). */
export interface RedisSentinels {
  readonly sentinels: ReadonlyArray<{ readonly host: string; readonly port: number }>;
  readonly name: string;
}

/** The Sentinel settings of the config; undefined when REDIS_SENTINELS is empty (REDIS_URL's host is the Redis). */
export function sentinelsOf(config: Pick<AppConfig, 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME'>): RedisSentinels | undefined {
  const list = config.REDIS_SENTINELS.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (list.length === 0) return undefined;
  return {
    sentinels: list.map((entry) => {
      const at = entry.lastIndexOf(':');
      return { host: entry.slice(0, at), port: Number(entry.slice(at + 1)) };
    }),
    name: config.REDIS_SENTINEL_NAME,
  };
}

/**
 * ioredis options for REDIS_URL, or — with sentinels — for the master they name (ioredis asks them
 * again after a failover; REDIS_URL then gives the password, database and TLS).
 */
export function redisConnection(url: string, role: 'producer' | 'worker', sentinels?: RedisSentinels): RedisOptions {
  const parsed = new URL(url);
  const where = sentinels ? { sentinels: sentinels.sentinels.map((sentinel) => ({ ...sentinel })), name: sentinels.name } : { host: parsed.hostname, port: Number(parsed.port || 6379) };
  return {
    ...where,
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
  };
}

/** A plain client for health checks and operational commands. */
export function createRedisClient(url: string, sentinels?: RedisSentinels): Redis {
  return new Redis({ ...redisConnection(url, 'producer', sentinels), lazyConnect: true });
}
