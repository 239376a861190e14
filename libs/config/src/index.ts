export { AppConfig, ConfigError, loadConfig } from './app-config';
export { AppConfigModule } from './config.module';
export { exitOnConfigError } from './exit-on-config-error';
