import { AppConfig, Clock } from '@app/config';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { serveOpenApi } from './http/openapi';
import { createValidationPipe } from './http/validation';

/** Builds the configured API application; `main.ts` listens, tests drive it with supertest. */
export async function createApiApp(config?: AppConfig, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.register(config, clock), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  serveOpenApi(app);
  return app;
}
