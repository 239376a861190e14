import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, exitOnConfigError, listenOn, loadConfig, loadDotEnv } from '@app/config';
import { installShutdownDeadline, startTracing } from '@app/observability';
import { Logger } from 'nestjs-pino';
import { AddressInfo } from 'node:net';
import { createApiApp } from './api.app';
import { ApiMetrics, serveMetrics } from './metrics/api-metrics';
import { webDistDir } from './web/web-app';

async function main(): Promise<void> {
  // A .env in the working directory fills in what the environment does not set (.env.example lists all).
  loadDotEnv(process.env, join(process.cwd(), '.env'));
  const config: AppConfig = loadConfig(process.env);
  // Before the application: its spans need the context manager from the first request on.
  const tracing = startTracing({ serviceName: 'prosecutor-acts-api', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const app = await createApiApp(config, undefined, { webDist: webDistDir() });
  const logger = app.get(Logger);
  installShutdownDeadline(app, config.SHUTDOWN_GRACE_MS, (line) => logger.log(line));
  if (tracing) logger.log(`tracing: spans go to ${config.OTEL_EXPORTER_OTLP_ENDPOINT}`);
  await listenOn('API_PORT', config.API_HOST, config.API_PORT, () => app.listen(config.API_PORT, config.API_HOST));
  const url = await app.getUrl();
  logger.log(`API listening on ${url} — docs at ${url}/docs`);
  logger.log(existsSync(join(webDistDir(), 'index.html')) ? `web workspace at ${url}/` : 'web workspace not built (npm run build:web): the API serves no pages');
  const metrics = await listenOn('API_METRICS_PORT', config.API_METRICS_HOST, config.API_METRICS_PORT, () => serveMetrics(app.get(ApiMetrics), config.API_METRICS_PORT, config.API_METRICS_HOST));
  const address = metrics.address() as AddressInfo;
  logger.log(`metrics at http://${address.address}:${address.port}/metrics`);
}

main().catch(exitOnConfigError);
