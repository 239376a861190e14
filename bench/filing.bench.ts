// npm run bench:filing — POST /api/v1/acts/protests under autocannon at several concurrencies,
// beside the same rows (act, act_transitions, audit_log) inserted by bare `pg` at the same
// concurrency, with and without the audit row (the chain's advisory lock serialises writers,
// ADR 0005). Then a fixed rate at half the API's peak for its p99. The API runs as a child process
// with RATE_LIMIT_MAX raised so the limiter never answers 429. BENCH_SECONDS per point (default 5).
// Filings go round robin into 2 000 cases (a case holds a handful of acts in real use).
import autocannon from 'autocannon';
import { paced } from './support/load';
import { freePort, spawnApp, stop, waitReady } from './support/write-path-child';
import { bareFilingLoad, LoadResult } from './support/write-path-bare-filing';
import { REDIS_URL, Figure, deleteQueueKeys, freshBenchDatabase, report } from './support/write-path-env';
import { cloneCases, PROTEST_BODY, prosecutorSession } from './support/write-path-seed';
import { Client } from 'pg';

const CONCURRENCIES = [1, 4, 16, 64];

const CASES = 2000;

/** autocannon against the filing route, each request into the next of `caseIds` (round robin). */
async function apiLoad(url: string, token: string, caseIds: readonly string[], connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(PROTEST_BODY(caseIds[(next += 1) % caseIds.length])) }) }],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) process.stderr.write(`autocannon c=${connections}: ${failed} failed, status codes ${JSON.stringify(result.statusCodeStats)}\n`);
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: failed };
}

/** Waits until no other session of the bench database is running a statement. */
async function quiet(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 300; i += 1) {
      const { rows } = await client.query<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      if (rows[0].busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const databaseUrl = await freshBenchDatabase('pao_bench_writes');
  const port = await freePort();
  const prefix = `bench-filing-${process.pid}`;
  const api = spawnApp('api', {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '100000000',
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/health/ready`);
    const baseUrl = `http://127.0.0.1:${port}/api/v1`;
    const session = await prosecutorSession(baseUrl);
    const body = JSON.stringify(PROTEST_BODY(session.caseId));
    const template = (await (await fetch(`${baseUrl}/acts/protests`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body })).json()) as { id: string };
    const caseIds = await cloneCases(databaseUrl, session.caseId, CASES);
    const load = async (c: number, secs: number) => {
      const result = await apiLoad(`${baseUrl}/acts/protests`, session.token, caseIds, c, secs);
      await quiet(databaseUrl); // autocannon stops on time; requests still queued in the API must not overlap the next phase
      return result;
    };
    await load(4, 2); // warm-up: JIT, pools
    const figures: Figure[] = [];
    const points: Record<string, unknown>[] = [];
    let peak = 0;
    for (const c of CONCURRENCIES) {
      const app = await load(c, seconds);
      const bare = await bareFilingLoad(databaseUrl, template.id, c, seconds, true);
      const bareNoAudit = await bareFilingLoad(databaseUrl, template.id, c, seconds, false);
      peak = Math.max(peak, app.requestsPerSecond);
      points.push({ concurrency: c, api: app, bare, bareNoAudit });
      const ratio = app.requestsPerSecond / bare.requestsPerSecond;
      figures.push({ name: `c=${c} API req/s (baseline: bare pg)`, value: app.requestsPerSecond, unit: 'req/s', baseline: bare.requestsPerSecond, ratio, goal: '≥ 0.5×', met: ratio >= 0.5 });
      figures.push({ name: `c=${c} API p50 (ms)`, value: app.p50Ms, unit: 'ms', baseline: bare.p50Ms, ratio: app.p50Ms / bare.p50Ms });
      figures.push({ name: `c=${c} API p99 (ms)`, value: app.p99Ms, unit: 'ms', baseline: bare.p99Ms, ratio: app.p99Ms / bare.p99Ms });
      figures.push({ name: `c=${c} bare pg req/s: audit row on / off`, value: bare.requestsPerSecond, unit: 'req/s', baseline: bareNoAudit.requestsPerSecond, ratio: bare.requestsPerSecond / bareNoAudit.requestsPerSecond });
    }
    const half = Math.max(1, Math.floor(peak / 2));
    // Open loop, from a worker thread (bench/support/load.ts): request i is due at start + i / rate
    // and its latency counts from then, so a slow answer cannot hide the wait of those behind it.
    const pacedRun = await paced({
      url: `http://127.0.0.1:${port}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      paths: ['/api/v1/acts/protests'],
      bodies: caseIds.map((caseId) => JSON.stringify(PROTEST_BODY(caseId))),
      rate: half,
      seconds: seconds * 2,
    });
    const halfPeak: LoadResult = { requestsPerSecond: pacedRun.requestsPerSecond, p50Ms: pacedRun.p50Ms, p99Ms: pacedRun.p99Ms, errors: pacedRun.errors + pacedRun.non2xx };
    await quiet(databaseUrl);
    figures.push({ name: `API p99 at ${half} req/s (half the peak, open loop)`, value: halfPeak.p99Ms, unit: 'ms', goal: '≤ 50 ms', met: halfPeak.p99Ms <= 50 });
    const errors = points.reduce((sum, point) => sum + (point.api as LoadResult).errors + (point.bare as LoadResult).errors, halfPeak.errors);
    figures.push({ name: 'failed requests / transactions', value: errors, unit: 'count', goal: '= 0', met: errors === 0 });
    report('filing', figures, { seconds, peakRequestsPerSecond: peak, halfPeakRun: halfPeak, points, rateLimitMax: 100000000 });
  } finally {
    await stop(api);
    await deleteQueueKeys(prefix);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
