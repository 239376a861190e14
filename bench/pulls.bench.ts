// npm run bench:pulls — what an integration pulling from us gets: case status and the change
// feed under load, beside two ceilings measured in the same run: pgbench select-only (prepared) on
// the same database, and a bare `node:http` server answering a fixed JSON body to the same load
// generator (how far any Node HTTP endpoint gets on this machine).
// Needs a seeded bench database (npm run bench:seed) and Redis (REDIS_URL or 127.0.0.1:6379).
//
// The API and the bare server run in this process; the load generator runs in a worker thread, so
// it does not share their event loop (pgbench, too, is its own process). Each route is measured
// twice: at its peak (autocannon, closed loop, CONNECTIONS connections) and at a fixed rate of half
// that peak (open loop: latency counted from each request's scheduled instant) — a p99 goal means
// something below saturation, not at it.
// BENCH_SECONDS (default 10) per measurement; BENCH_ONLY=status,changes,health,bare to pick routes.
import { BenchApiWithCursors, createIntegrationKey, startApi, startBareHttp } from './support/api';
import { benchDatabaseUrl, connect } from './support/bench-db';
import { load, LoadFigures, paced } from './support/load';
import { initPgbench, PgbenchFigures, runPgbench } from './support/pgbench';
import { Figure, printFigures, writeResult } from './support/results';

/** One concurrency for both sides: the API's pool is 10 connections, pgbench gets 10 clients. */
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SAMPLE = 2_000;
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !ONLY || ONLY.includes(name);

interface RouteFigures {
  /** Plus how busy this thread (the server's) was during the peak run: 1 = saturated. */
  peak: LoadFigures & { serverThreadBusy: number };
  /** Open loop at half the peak rate (not for the bare server: that rate is beyond the paced client). */
  halfPeak?: LoadFigures & { rate: number };
  /** The bare server paced at the same rate: what the paced client and loopback alone cost. */
  clientFloor?: LoadFigures & { rate: number };
}

async function measure(name: string, url: string, headers: Record<string, string>, paths: readonly string[], halfPeakRun = true): Promise<RouteFigures> {
  await load({ url, headers, paths, connections: CONNECTIONS, duration: 2 }); // warm-up
  process.stdout.write(`${name}: peak, autocannon ${CONNECTIONS} connections, ${SECONDS} s …\n`);
  const before = performance.eventLoopUtilization();
  const figures = await load({ url, headers, paths, connections: CONNECTIONS, duration: SECONDS });
  const peak = { ...figures, serverThreadBusy: performance.eventLoopUtilization(before).utilization };
  if (peak.non2xx > 0 || peak.errors > 0) throw new Error(`${name}: ${peak.non2xx} non-2xx answers, ${peak.errors} errors`);
  process.stdout.write(`  peak ${Math.round(peak.requestsPerSecond)} req/s p50 ${peak.p50Ms.toFixed(2)} ms p99 ${peak.p99Ms.toFixed(2)} ms, server thread ${(100 * peak.serverThreadBusy).toFixed(0)}% busy\n`);
  if (!halfPeakRun) return { peak };
  const halfPeak = await pacedAt(name, url, headers, paths, Math.max(1, Math.floor(peak.requestsPerSecond / 2)));
  process.stdout.write(`  at ${halfPeak.rate} req/s p50 ${halfPeak.p50Ms.toFixed(2)} ms p99 ${halfPeak.p99Ms.toFixed(2)} ms\n`);
  return { peak, halfPeak };
}

async function pacedAt(name: string, url: string, headers: Record<string, string>, paths: readonly string[], rate: number): Promise<LoadFigures & { rate: number }> {
  process.stdout.write(`${name}: ${rate} req/s paced, ${SECONDS} s …\n`);
  const figures = await paced({ url, headers, paths, rate, seconds: SECONDS });
  if (figures.non2xx > 0 || figures.errors > 0) throw new Error(`${name} paced: ${figures.non2xx} non-2xx answers, ${figures.errors} errors`);
  return { ...figures, rate };
}

function routeFigures(name: string, route: RouteFigures, baseline: PgbenchFigures, bare: RouteFigures | undefined, goals: boolean): Figure[] {
  const { peak, halfPeak } = route;
  const figures: Figure[] = [
    {
      benchmark: `${name} throughput`,
      value: peak.requestsPerSecond,
      unit: 'req/s',
      baseline: baseline.tps,
      baselineUnit: 'tx/s',
      ratio: peak.requestsPerSecond / baseline.tps,
      goal: goals ? '≥ 0.3× pgbench' : '— (reference)',
      met: goals ? peak.requestsPerSecond >= 0.3 * baseline.tps : null,
    },
  ];
  if (bare) {
    figures.push({ benchmark: `${name} throughput vs bare node:http`, value: peak.requestsPerSecond, unit: 'req/s', baseline: bare.peak.requestsPerSecond, ratio: peak.requestsPerSecond / bare.peak.requestsPerSecond, goal: '— (reference)', met: null });
  }
  figures.push(
    { benchmark: `${name} p50 at peak`, value: peak.p50Ms, unit: 'ms', baseline: baseline.p50Ms, ratio: peak.p50Ms / baseline.p50Ms, goal: '—', met: null },
    { benchmark: `${name} p99 at peak`, value: peak.p99Ms, unit: 'ms', baseline: baseline.p99Ms, ratio: peak.p99Ms / baseline.p99Ms, goal: '— (saturated)', met: null },
  );
  if (!halfPeak) return figures;
  figures.push(
    { benchmark: `${name} p50 at ${halfPeak.rate} req/s (half the peak)`, value: halfPeak.p50Ms, unit: 'ms', baseline: null, ratio: null, goal: '—', met: null },
    {
      benchmark: `${name} p99 at ${halfPeak.rate} req/s (half the peak)`,
      value: halfPeak.p99Ms,
      unit: 'ms',
      baseline: route.clientFloor?.p99Ms ?? null,
      ratio: route.clientFloor ? halfPeak.p99Ms / route.clientFloor.p99Ms : null,
      goal: goals ? '≤ 20 ms' : '—',
      met: goals ? halfPeak.p99Ms <= 20 : null,
    },
  );
  return figures;
}

async function main() {
  const url = benchDatabaseUrl();
  const db = await connect(url);
  let api: BenchApiWithCursors | undefined;
  try {
    const caseIds = (await db.query<{ id: string }>(`SELECT id FROM cases TABLESAMPLE SYSTEM (5) LIMIT $1`, [SAMPLE])).rows.map((row) => row.id);
    if (caseIds.length === 0) throw new Error('the bench database is empty: run npm run bench:seed first');
    // Cursors from everywhere in the feed, so pages are read from cold and warm parts alike.
    const cursors = (await db.query<{ id: string }>(`SELECT id::text FROM audit_log TABLESAMPLE SYSTEM (5) LIMIT $1`, [SAMPLE])).rows.map((row) => row.id);
    const key = await createIntegrationKey(db, ['cases:read', 'changes:read']);

    process.stdout.write(`pgbench -S -M prepared, ${CONNECTIONS} clients, ${SECONDS} s …\n`);
    initPgbench(url);
    const baseline = runPgbench(url, CONNECTIONS, SECONDS);
    process.stdout.write(`  ${Math.round(baseline.tps)} tx/s p50 ${baseline.p50Ms} ms p99 ${baseline.p99Ms} ms\n`);

    // The bare server stays up: after the routes it is paced at their half-peak rates too, which
    // shows what the paced client and loopback alone add to those p99s (the figures' baseline).
    const bareServer = await startBareHttp();
    let bare: RouteFigures | undefined;
    let floor: RouteFigures | undefined;
    let status: RouteFigures | undefined;
    let changes: RouteFigures | undefined;
    try {
      if (wanted('bare')) bare = await measure('bare node:http', bareServer.url, {}, ['/'], false);

      api = await startApi();
      process.stdout.write(`API on ${api.url} with ${JSON.stringify(api.settings)} (rate limits raised for the bench)\n`);
      const headers = { 'x-api-key': key };
      // What the HTTP stack alone serves (no key, no database): the ceiling of any route of the API.
      if (wanted('health')) floor = await measure('GET /health/live', api.url, {}, ['/health/live']);
      if (wanted('status')) status = await measure('case status', api.url, headers, caseIds.map((id) => `/api/v1/cases/${id}/status`));
      if (wanted('changes')) changes = await measure('change feed', api.url, headers, cursors.map((id) => `/api/v1/changes?after=${api!.encodeCursor(id)}`));
      for (const route of [floor, status, changes]) {
        if (route?.halfPeak) route.clientFloor = await pacedAt('bare node:http (paced client floor)', bareServer.url, {}, ['/'], route.halfPeak.rate);
      }
    } finally {
      await bareServer.close();
    }

    const figures: Figure[] = [
      { benchmark: 'pgbench -S -M prepared (baseline)', value: baseline.tps, unit: 'tx/s', baseline: null, ratio: null, goal: '—', met: null },
      ...(bare ? routeFigures('bare node:http, fixed JSON (ceiling)', bare, baseline, undefined, false) : []),
      ...(floor ? routeFigures('GET /health/live (no auth, no SQL)', floor, baseline, bare, false) : []),
      ...(status ? routeFigures('GET /cases/{id}/status', status, baseline, bare, true) : []),
      ...(changes ? routeFigures('GET /changes?after= (100 per page)', changes, baseline, bare, true) : []),
    ];
    process.stdout.write('\n');
    printFigures(figures);
    if (ONLY) {
      process.stdout.write('\nBENCH_ONLY given: results not written\n');
      return;
    }
    const counts = (await db.query<{ acts: number; audit: number }>(`SELECT (SELECT count(*)::int FROM acts) AS acts, (SELECT count(*)::int FROM audit_log) AS audit`)).rows[0];
    const file = writeResult('pulls', {
      dataset: counts,
      connections: CONNECTIONS,
      seconds: SECONDS,
      loadGenerator: 'autocannon (peak, closed loop) and an open-loop paced client (half the peak), in a worker thread',
      apiSettings: api.settings,
      baseline,
      bareNodeHttp: bare,
      healthLive: floor,
      caseStatus: status,
      changes,
      figures,
    });
    process.stdout.write(`\n→ ${file}\n`);
  } finally {
    await api?.close();
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
