import 'reflect-metadata';
import { join } from 'node:path';
import { AppConfig, exitOnConfigError, listenOn, loadConfig, loadDotEnv } from '@app/config';
import { installShutdownDeadline, startTracing } from '@app/observability';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './worker.app';

async function main(): Promise<void> {
  // A .env in the working directory fills in what the environment does not set (.env.example lists all).
  loadDotEnv(process.env, join(process.cwd(), '.env'));
  const config: AppConfig = loadConfig(process.env);
  // Before the application: its spans need the context manager from the first request on.
  const tracing = startTracing({ serviceName: 'prosecutor-acts-worker', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const app = await createWorkerApp(config);
  const logger = app.get(Logger);
  installShutdownDeadline(app, config.SHUTDOWN_GRACE_MS, (line) => logger.log(line));
  if (tracing) logger.log(`tracing: spans go to ${config.OTEL_EXPORTER_OTLP_ENDPOINT}`);
  await listenOn('WORKER_HEALTH_PORT', config.WORKER_HEALTH_HOST, config.WORKER_HEALTH_PORT, () => app.listen(config.WORKER_HEALTH_PORT, config.WORKER_HEALTH_HOST));
  logger.log(`worker running; health at ${await app.getUrl()}/health/ready`);
}

main().catch(exitOnConfigError);
