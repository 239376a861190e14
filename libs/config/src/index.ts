export { AppConfig, ConfigError, loadConfig, loadDatabaseUrl } from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError } from './exit-on-config-error';
export { Clock, FixedClock } from './clock';
