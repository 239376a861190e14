export { installShutdownDeadline } from './graceful-shutdown';
export { HealthModule } from './health.module';
export { LoggingModule, useRequestLogging } from './logging.module';
export { Public, PUBLIC_ROUTE } from './public-route';
export { contextOf, currentTraceparent, inSpan, shutdownTracing, startTracing, traceRequests, TRACER_NAME } from './tracing';
export type { Tracing, TracingOptions } from './tracing';
