import { AppConfig, assertWorkerPoolFits, Clock, loadConfig } from '@app/config';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { useRequestLogging } from '@app/observability';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

export async function createWorkerApp(config: AppConfig = loadConfig(process.env), clock?: Clock): Promise<INestApplication> {
  assertWorkerPoolFits(config);
  const app = await NestFactory.create(WorkerModule.register(config, clock), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  useRequestLogging(app);
  return app;
}
