// Load generation with autocannon (loopback only, bounded by duration or count) and percentiles.
//
// Two ways to run it:
// - `path` (a function): autocannon in this process, on the same event loop as an in-process API
//   (what bench:overdue measures; the generator's own CPU is then part of every figure);
// - `paths` (a list): autocannon in a worker thread, so on a multi-core machine the generator does
//   not share the API's thread — the way pgbench runs beside PostgreSQL. `paced` always runs there.
import autocannon from 'autocannon';
import { join } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** Each request's path; called once per request, so a bench can rotate ids and cursors. Runs in this process. */
  path?: (i: number) => string;
  /** Or the paths to rotate through (request i takes paths[i % length]): runs in a worker thread. */
  paths?: readonly string[];
  connections: number;
  /** Seconds, or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
}

export interface PacedOptions {
  url: string;
  headers: Record<string, string>;
  /** Request i takes paths[i % length]. */
  paths: readonly string[];
  /** Requests per second, sent on schedule whatever the earlier ones are doing (open loop). */
  rate: number;
  seconds: number;
  /** Most sockets open at once (keep-alive); requests beyond wait in the client, and that wait counts. */
  maxSockets?: number;
  /** POST with request i's body bodies[i % length] (JSON text); GET when absent. */
  bodies?: readonly string[];
}

/** What the worker thread is asked to do (see load-worker.ts). */
export type WorkerTask =
  | { kind: 'closed'; url: string; headers: Record<string, string>; paths: readonly string[]; connections: number; duration?: number; amount?: number }
  | { kind: 'paced'; url: string; headers: Record<string, string>; paths: readonly string[]; rate: number; seconds: number; maxSockets: number; bodies?: readonly string[] };

function loopbackOnly(url: string): void {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('benchmarks load loopback only');
}

export async function load(options: LoadOptions): Promise<LoadFigures> {
  loopbackOnly(options.url);
  if (options.paths) {
    return inWorker({ kind: 'closed', url: options.url, headers: options.headers, paths: options.paths, connections: options.connections, duration: options.duration, amount: options.amount });
  }
  const path = options.path;
  if (!path) throw new Error('load: give `path` or `paths`');
  let i = 0;
  return closedLoop({ ...options, path: () => path(i++) });
}

/**
 * Open-loop load at a fixed rate, in a worker thread: request i is due at start + i / rate and its
 * latency counts from that instant, so a slow answer cannot hide the wait of the requests behind
 * it (autocannon is closed-loop: coordinated omission). The figure to read at a moderate rate.
 */
export async function paced(options: PacedOptions): Promise<LoadFigures> {
  loopbackOnly(options.url);
  return inWorker({ kind: 'paced', url: options.url, headers: options.headers, paths: options.paths, rate: options.rate, seconds: options.seconds, maxSockets: options.maxSockets ?? 64, bodies: options.bodies });
}

/** autocannon, closed loop: each connection sends its next request when the previous one answered. */
export async function closedLoop(options: { url: string; headers: Record<string, string>; path: () => string; connections: number; duration?: number; amount?: number }): Promise<LoadFigures> {
  const settings: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    // autocannon refuses an explicit undefined duration: pass only the bound that was given.
    ...(options.amount === undefined ? { duration: options.duration } : { amount: options.amount }),
    headers: options.headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: options.path() }) }],
  };
  if (!isMainThread) return closedLoopOffMainThread(settings);
  const result = await autocannon(settings);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Off the main thread autocannon answers raw (its histograms encoded, its averages left out), so
 * the figures are taken from its per-response events instead.
 */
function closedLoopOffMainThread(settings: autocannon.Options): Promise<LoadFigures> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const completed = (result as unknown as { totalCompletedRequests: number }).totalCompletedRequests;
      resolve({
        requestsPerSecond: completed / result.duration,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        requests: completed,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function inWorker(task: WorkerTask): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    // The compiled sibling (dist/bench/support/load-worker.js): benches run from dist.
    const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: task });
    let settled = false;
    worker.once('message', (figures: LoadFigures) => {
      settled = true;
      resolve(figures);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`load worker exited with ${code} before answering`));
    });
  });
}

/** Nearest-rank percentile of samples in milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
