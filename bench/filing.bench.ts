// npm run bench:filing — POST /api/v1/acts/protests under autocannon at several concurrencies,
// beside the same rows (act, act_transitions, audit_log) inserted by bare `pg` at the same
// concurrency, with and without the audit row (the chain's advisory lock serialises writers,
// ADR 0005). Then a fixed rate at half the API's peak for its p99. The API runs as a child process
// with RATE_LIMIT_MAX raised so the limiter never answers 429. BENCH_SECONDS per point (default 5).
// Filings go round robin into 2 000 cases (a case holds a handful of acts in real use).
import autocannon from 'autocannon';
import { freePort, spawnApp, stop, waitReady } from './support/write-path-child';
import { bareFilingLoad, LoadResult } from './support/write-path-bare-filing';
import { REDIS_URL, Figure, deleteQueueKeys, freshBenchDatabase, quantile, report } from './support/write-path-env';
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

/**
 * Open-loop load at a fixed rate: request i is sent at start + i / rate whatever the earlier ones
 * are doing, and its latency counts from that instant. autocannon is closed-loop (a connection
 * waits for its answer before sending again), so a slow answer would delay the requests behind it
 * and hide their wait (coordinated omission).
 */
async function pacedLoad(url: string, token: string, caseIds: readonly string[], rate: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < rate * seconds; i += 1) {
    const due = started + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    pending.push(
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(PROTEST_BODY(caseIds[i % caseIds.length])) }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.ok) latencies.push(performance.now() - due);
          else errors += 1;
        },
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / ((performance.now() - started) / 1000), p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), errors };
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
      figures.push({ name: `c=${c} API p50 / p99 ms`, value: app.p50Ms, unit: `p99 ${app.p99Ms}`, baseline: bare.p50Ms });
      figures.push({ name: `c=${c} bare pg req/s: audit row on / off`, value: bare.requestsPerSecond, unit: 'req/s', baseline: bareNoAudit.requestsPerSecond, ratio: bare.requestsPerSecond / bareNoAudit.requestsPerSecond });
    }
    const half = Math.max(1, Math.floor(peak / 2));
    const paced = await pacedLoad(`${baseUrl}/acts/protests`, session.token, caseIds, half, seconds * 2);
    await quiet(databaseUrl);
    figures.push({ name: `API p99 at ${half} req/s (half the peak)`, value: paced.p99Ms, unit: 'ms', goal: '≤ 50 ms', met: paced.p99Ms <= 50 });
    const errors = points.reduce((sum, point) => sum + (point.api as LoadResult).errors + (point.bare as LoadResult).errors, paced.errors);
    figures.push({ name: 'failed requests / transactions', value: errors, unit: 'count', goal: '= 0', met: errors === 0 });
    report('filing', figures, { seconds, peakRequestsPerSecond: peak, halfPeakRun: paced, points, rateLimitMax: 100000000 });
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
