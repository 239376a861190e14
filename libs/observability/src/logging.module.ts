import { AppConfig } from '@app/config';
import { Global, INestApplication, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { Logger } from 'pino';
import { LoggerModule } from 'nestjs-pino';
import { createRootLogger, requestLogging } from './request-logging';
import { shutdownTracing } from './tracing';

/** Sends the spans still buffered when the application stops (tracing on: startTracing). */
@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTracing();
  }
}

const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Probes poll: their answers are not logged. */
const isHealthProbe = (request: IncomingMessage) => request.url?.startsWith('/health') ?? false;

/**
 * JSON logs (pino). Every line written while a request is handled carries its `requestId`:
 * the caller's X-Request-Id when it is a sane token (so a trace crosses systems), else a new UUID,
 * echoed back in the response header. One line per request when it is answered (not for /health).
 *
 * nestjs-pino provides the Nest logger over our pino instance (`useExisting`, no middleware of
 * its own); the request middleware is ours (see request-logging.ts for what pino-http cost) and
 * is installed by useRequestLogging.
 */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => ({ pinoHttp: { logger }, useExisting: true, forRoutes: [] }),
    }),
  ],
  providers: [TracingShutdown, { provide: ROOT_LOGGER, inject: [AppConfig], useFactory: (config: AppConfig) => createRootLogger(config.LOG_LEVEL, undefined, config.LOG_FORMAT) }],
  exports: [ROOT_LOGGER],
})
export class LoggingModule {}

/**
 * The request middleware, mounted on the HTTP server itself before anything else (call it right
 * after the application is created): every request gets its id and its log line — one refused by
 * the JSON middleware, and one whose path Nest's router cannot even decode (a 400), included.
 */
export function useRequestLogging(app: INestApplication): void {
  app.use(requestLogging(app.get<Logger>(ROOT_LOGGER), { ignore: isHealthProbe }));
}
