import { AppConfig } from '@app/config';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { JsonBodyMiddleware } from './json-body.middleware';
import { RateLimitGuard, rateLimitOptions } from './rate-limit';
import { SecurityLog } from './security-log';

/** Body parsing and rate limits; the rest of the defences are wired in `applyHttpDefences`. */
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: rateLimitOptions })],
  providers: [RateLimitGuard, SecurityLog],
})
export class HttpDefencesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
