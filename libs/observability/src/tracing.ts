import { context, Context, propagation, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { IncomingMessage, ServerResponse } from 'node:http';

/** The name the system's spans are created under. */
export const TRACER_NAME = 'prosecutor-acts';

export interface Tracing {
  /** Sends what is buffered and stops: call at shutdown. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** `prosecutor-acts-api`, `prosecutor-acts-worker`. */
  readonly serviceName: string;
  /** OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://collector:4318 (spans go to <endpoint>/v1/traces). */
  readonly endpoint?: string;
  /** Instead of OTLP (tests: an in-memory exporter, spans exported one by one). */
  readonly exporter?: SpanExporter;
}

/**
 * OpenTelemetry tracing, off unless configured: with no OTEL_EXPORTER_OTLP_ENDPOINT nothing is
 * registered, and every span below is the API's no-op (no allocation worth the name, nothing
 * sent). On: W3C trace context, spans batched to the OTLP/HTTP endpoint. A request's trace follows
 * it through the outbox row it wrote (outbox.trace_context), the relay that turned the row into
 * BullMQ jobs (the job's telemetry metadata) and the worker that ran them.
 */
export function startTracing(options: TracingOptions): Tracing | null {
  const started = register(options);
  active = started;
  return started;
}

/** The tracing this process started, flushed by TracingShutdown when the application stops. */
let active: Tracing | null = null;

/** Flushes and stops the process's tracing, if it started one (TracingShutdown calls it at shutdown). */
export async function shutdownTracing(): Promise<void> {
  const stopping = active;
  active = null;
  await stopping?.shutdown();
}

function register(options: TracingOptions): Tracing | null {
  const exporter = options.exporter ?? (options.endpoint ? new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` }) : null);
  if (!exporter) return null;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** The active trace context as a W3C traceparent, to store beside work that continues elsewhere; null when none. */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The context a stored traceparent names (the active one when there is none). */
export function contextOf(traceparent: string | null | undefined): Context {
  return traceparent ? propagation.extract(context.active(), { traceparent }) : context.active();
}

/** Runs `work` in a span: a child of `parent` (default: the active context), ended — with an error status when it throws — when `work` settles. */
export async function inSpan<T>(name: string, kind: SpanKind, parent: Context, work: (span: Span) => Promise<T>, attributes: Record<string, string | number> = {}): Promise<T> {
  const span = trace.getTracer(TRACER_NAME).startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}

/**
 * The HTTP server span of every request: continued from the caller's traceparent when it sends one,
 * named by method and route pattern when the response is over. Mount it first.
 */
export function traceRequests() {
  return (request: IncomingMessage & { originalUrl?: string; route?: { path?: unknown }; baseUrl?: string }, response: ServerResponse, next: () => void): void => {
    const parent = propagation.extract(context.active(), request.headers);
    const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
    const span = trace.getTracer(TRACER_NAME).startSpan(request.method ?? 'HTTP', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method ?? '', 'url.path': path } }, parent);
    response.once('close', () => {
      const route = typeof request.route?.path === 'string' ? `${request.baseUrl ?? ''}${request.route.path}` : null;
      if (route) {
        span.updateName(`${request.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
