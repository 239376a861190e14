export {
  AppConfig,
  assertWorkerPoolFits,
  ConfigError,
  KNOWN_STATUTE_EDITION_IDS,
  loadConfig,
  loadDatabaseUrl,
  statuteEditionIds,
  WORKER_SPARE_CONNECTIONS,
} from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError } from './exit-on-config-error';
export { Clock, FixedClock } from './clock';
