import { AppConfig } from '@app/config';
import { DatabaseProbe } from '@app/persistence';
import { createRedisClient, sentinelsOf } from '@app/queue';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';

/** Pings Redis (or, for the embedded PostgreSQL queue backend, its schema in PostgreSQL). */
@Injectable()
export class QueueBackendHealthIndicator implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis | null;

  constructor(
    private readonly config: AppConfig,
    private readonly database: DatabaseProbe,
    private readonly indicator: HealthIndicatorService,
  ) {
    this.redis = config.QUEUE_BACKEND === 'redis' ? createRedisClient(config.REDIS_URL!, sentinelsOf(config)) : null;
    this.redis?.on('error', () => undefined); // reported through the check, not as a crash
  }

  async onModuleInit(): Promise<void> {
    // A Redis that is down at boot must not stop the process: readiness reports it, ioredis retries.
    await this.redis?.connect().catch(() => undefined);
  }

  async check(key: string) {
    const status = this.indicator.check(key);
    try {
      if (this.redis) {
        const reply = await withTimeout(this.redis.ping(), 2000);
        return reply === 'PONG' ? status.up({ backend: 'redis' }) : status.down({ backend: 'redis', reply });
      }
      await this.database.ping();
      return status.up({ backend: 'postgres' });
    } catch (error) {
      return status.down({ backend: this.config.QUEUE_BACKEND, message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
