export { installShutdownDeadline } from './graceful-shutdown';
export { HealthModule } from './health.module';
export { LoggingModule } from './logging.module';
export { Public, PUBLIC_ROUTE } from './public-route';
