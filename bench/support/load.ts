// Load generation with autocannon (loopback only, bounded by duration or count) and percentiles.
import autocannon from 'autocannon';

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
  /** Each request's path; called once per request, so a bench can rotate ids and cursors. */
  path: (i: number) => string;
  connections: number;
  /** Seconds, or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
}

export async function load(options: LoadOptions): Promise<LoadFigures> {
  if (!options.url.startsWith('http://127.0.0.1:')) throw new Error('benchmarks load loopback only');
  let i = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    // autocannon refuses an explicit undefined duration: pass only the bound that was given.
    ...(options.amount === undefined ? { duration: options.duration } : { amount: options.amount }),
    headers: options.headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: options.path(i++) }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Nearest-rank percentile of samples in milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
