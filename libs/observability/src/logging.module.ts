import { AppConfig } from '@app/config';
import { Global, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { Logger } from 'pino';
import { LoggerModule } from 'nestjs-pino';
import { createRootLogger, requestLogging } from './request-logging';

const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Probes poll: their answers are not logged. */
const isHealthProbe = (request: IncomingMessage) => request.url?.startsWith('/health') ?? false;

/**
 * JSON logs (pino). Every line written while a request is handled carries its `requestId`:
 * the caller's X-Request-Id when it is a sane token (so a trace crosses systems), else a new UUID,
 * echoed back in the response header. One line per request when it is answered (not for /health).
 *
 * nestjs-pino provides the Nest logger over our pino instance (`useExisting`, no middleware of
 * its own); the request middleware is ours (see request-logging.ts for what pino-http cost).
 * Global so that its middleware runs before every other module's (Nest registers the middleware of
 * global modules first): a body refused by the JSON middleware is still logged and carries its
 * X-Request-Id.
 */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => ({ pinoHttp: { logger }, useExisting: true, forRoutes: [] }),
    }),
  ],
  providers: [{ provide: ROOT_LOGGER, inject: [AppConfig], useFactory: (config: AppConfig) => createRootLogger(config.LOG_LEVEL) }],
  exports: [ROOT_LOGGER],
})
export class LoggingModule implements NestModule {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogging(this.logger, { ignore: isHealthProbe })).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
