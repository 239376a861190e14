import { AppConfig } from '@app/config';
import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AddressLimitMiddleware } from './address-limit.middleware';
import { AddressLimits } from './address-limits';
import { JsonBodyMiddleware } from './json-body.middleware';
import { RateLimitGuard, rateLimitOptions } from './rate-limit';
import { RATE_LIMIT_STORE, RateLimitStore } from './rate-limit-storage';
import { RateLimitStoreModule } from './rate-limit-store.module';
import { SecurityLog } from './security-log';

/**
 * Body parsing, rate limits (per address before authentication, per caller after it) and the
 * security log; the rest of the defences are wired in `applyHttpDefences`. Global: the access
 * guard records failed authentications in AddressLimits.
 */
@Global()
@Module({
  imports: [
    RateLimitStoreModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStoreModule],
      inject: [AppConfig, RATE_LIMIT_STORE],
      useFactory: (config: AppConfig, store: RateLimitStore) => rateLimitOptions(config, store),
    }),
  ],
  providers: [RateLimitGuard, SecurityLog, AddressLimits],
  exports: [AddressLimits, SecurityLog],
})
export class HttpDefencesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // In this order: an address over its budget is refused before its body is read.
    consumer.apply(AddressLimitMiddleware, JsonBodyMiddleware).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
