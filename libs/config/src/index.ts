export {
  AppConfig,
  assertWorkerPoolFits,
  ConfigError,
  isLoopback,
  KNOWN_STATUTE_EDITION_IDS,
  loadConfig,
  loadDatabaseUrl,
  statuteEditionIds,
  WORKER_SPARE_CONNECTIONS,
} from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError, listenOn } from './exit-on-config-error';
export { Clock, FixedClock } from './clock';
export { isNonPublicAddress, parseHostList, webhookTargetRefusal } from './network-target';
export { loadDotEnv, parseDotEnv } from './dot-env';
