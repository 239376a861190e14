import { createServer, Server } from 'node:http';
import { Injectable } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const PREFIX = 'pao_';

/** Seconds: a cached read answers in milliseconds, a filing in tens, a CSV export of a region in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's Prometheus metrics, with the worker's conventions (a registry of its own, the `pao_`
 * prefix, process metrics from prom-client): every answered request by method, route pattern
 * (`/api/v1/acts/:id`, never the id: bounded cardinality) and status code, as a latency
 * histogram — its `_count` series are the status counts.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests the API answered: latency by method, route pattern and status code (_count: how many)',
    labelNames: ['method', 'route', 'status_code'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware: times every request to its last byte. Mount it first. */
  middleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const started = process.hrtime.bigint();
      response.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.requests.observe({ method: request.method, route: routeOf(request), status_code: String(response.statusCode) }, seconds);
      });
      next();
    };
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Catch-all patterns: what they matched is any URL at all. */
const CATCH_ALL = new Set(['/{*path}', '*', '/*']);

/** The matched route's pattern; `unmatched` for a path no route serves (a 404 of any URL must not add a series). */
function routeOf(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  if (typeof route?.path !== 'string' || CATCH_ALL.has(route.path)) return 'unmatched';
  return `${request.baseUrl}${route.path}`;
}

/**
 * GET /metrics on a listener of its own (API_METRICS_HOST, loopback by default): Prometheus reads
 * it; the API's public port never serves it. Unref'd: it does not keep a stopping API alive.
 */
export function serveMetrics(metrics: ApiMetrics, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.scrape().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.unref();
      resolve(server);
    });
  });
}
