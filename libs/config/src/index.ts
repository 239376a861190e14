export { AppConfig, assertWorkerPoolFits, ConfigError, loadConfig, loadDatabaseUrl, WORKER_SPARE_CONNECTIONS } from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError } from './exit-on-config-error';
export { Clock, FixedClock } from './clock';
