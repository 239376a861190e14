import 'reflect-metadata';
import { AppConfig, exitOnConfigError, loadConfig } from '@app/config';
import { installShutdownDeadline } from '@app/observability';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './api.app';

async function main(): Promise<void> {
  const config: AppConfig = loadConfig(process.env);
  const app = await createApiApp(config);
  const logger = app.get(Logger);
  installShutdownDeadline(app, config.SHUTDOWN_GRACE_MS, (line) => logger.log(line));
  await app.listen(config.API_PORT, config.API_HOST);
  logger.log(`API listening on ${await app.getUrl()} — docs at /docs`);
}

main().catch(exitOnConfigError);
