import { AppConfig, Clock } from '@app/config';
import { traceRequests, useRequestLogging } from '@app/observability';
import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { applyHttpDefences } from './http/http-defences';
import { HttpDefencesModule } from './http/http-defences.module';
import { serveOpenApi } from './http/openapi/openapi-document';
import { ApiMetrics } from './metrics/api-metrics';
import { ApiMetricsModule } from './metrics/metrics.module';
import { serveWebApp } from './web/web-app';

/** The API's modules plus the HTTP defences in front of them (body parsing, rate limits). */
@Module({})
class ApiApplicationModule {
  static register(config?: AppConfig, clock?: Clock): DynamicModule {
    return { module: ApiApplicationModule, imports: [ApiModule.register(config, clock), HttpDefencesModule, ApiMetricsModule] };
  }
}

/**
 * Builds the configured API application; `main.ts` listens, tests drive it with supertest.
 * `webDist`: where the built web workspace is (main.ts: apps/web/dist), served at / when built
 * there; without it the API serves no pages (its own test suites, the tools).
 */
export async function createApiApp(config?: AppConfig, clock?: Clock, options: { webDist?: string } = {}): Promise<INestApplication> {
  // bodyParser: false — HttpDefencesModule parses JSON bodies itself, with the configured limit,
  // and refuses every other media type.
  const app = await NestFactory.create(ApiApplicationModule.register(config, clock), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.use(traceRequests());
  app.use(app.get(ApiMetrics).middleware());
  useRequestLogging(app);
  applyHttpDefences(app);
  serveOpenApi(app);
  // After the defences (helmet's headers, the limits), before the API's routes are registered at init.
  if (options.webDist) serveWebApp(app, options.webDist);
  return app;
}
