import 'reflect-metadata';
import { AppConfig, exitOnConfigError, loadConfig } from '@app/config';
import { installShutdownDeadline } from '@app/observability';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './worker.app';

async function main(): Promise<void> {
  const config: AppConfig = loadConfig(process.env);
  const app = await createWorkerApp(config);
  const logger = app.get(Logger);
  installShutdownDeadline(app, config.SHUTDOWN_GRACE_MS, (line) => logger.log(line));
  await app.listen(config.WORKER_HEALTH_PORT, config.WORKER_HEALTH_HOST);
  logger.log(`worker running; health at ${await app.getUrl()}/health/ready`);
}

main().catch(exitOnConfigError);
