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
  return { connection: redisConnection(config.REDIS_URL!, role), prefix: config.QUEUE_PREFIX };
}

export function redisConnection(url: string, role: 'producer' | 'worker'): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
  };
}

/** A plain client for health checks and operational commands. */
export function createRedisClient(url: string): Redis {
  return new Redis({ ...redisConnection(url, 'producer'), lazyConnect: true });
}
