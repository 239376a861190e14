import { AppConfig } from '@app/config';
import { createRedisClient, sentinelsOf } from '@app/queue';
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { RATE_LIMIT_STORE, RateLimitStore, SlidingWindowThrottlerStorage } from './rate-limit-storage';
import { RedisRateLimitStore } from './redis-rate-limit-store';

const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');

/** The limiter's counters: in this process (RATE_LIMIT_STORE=memory) or shared in Redis (redis). */
@Module({
  providers: [
    {
      provide: RATE_LIMIT_REDIS,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<Redis | null> => {
        if (config.RATE_LIMIT_STORE !== 'redis') return null;
        const redis = createRedisClient(config.REDIS_URL!, sentinelsOf(config));
        redis.on('error', () => undefined); // a Redis that is down lets requests through (AddressLimits), it does not crash
        // Connected before the first request (commands fail fast while it is not: no offline queue).
        await redis.connect().catch(() => undefined);
        return redis;
      },
    },
    {
      provide: RATE_LIMIT_STORE,
      inject: [AppConfig, RATE_LIMIT_REDIS],
      useFactory: (config: AppConfig, redis: Redis | null): RateLimitStore => (redis ? new RedisRateLimitStore(redis, config.QUEUE_PREFIX) : new SlidingWindowThrottlerStorage()),
    },
  ],
  exports: [RATE_LIMIT_STORE],
})
export class RateLimitStoreModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: Redis | null) {}

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
