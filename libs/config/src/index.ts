export { AppConfig, assertWorkerPoolFits, ConfigError, isLoopback, loadConfig, loadDatabaseUrl, WORKER_SPARE_CONNECTIONS } from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError, listenOn } from './exit-on-config-error';
export { Clock, FixedClock } from './clock';
export { isNonPublicAddress, parseHostList, webhookTargetRefusal } from './network-target';
export { loadDotEnv, parseDotEnv } from './dot-env';
