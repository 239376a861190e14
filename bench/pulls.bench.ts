// npm run bench:pulls — what an integration pulling from us gets: case status and the change
// feed under load, beside pgbench select-only (prepared) on the same database in the same run.
// Needs a seeded bench database (npm run bench:seed) and Redis (REDIS_URL or 127.0.0.1:6379).
import { encodeCursor } from '../apps/api/src/integrations/change-cursor';
import { BenchApi, createIntegrationKey, startApi } from './support/api';
import { benchDatabaseUrl, connect } from './support/bench-db';
import { load, LoadFigures } from './support/load';
import { initPgbench, runPgbench } from './support/pgbench';
import { Figure, printFigures, writeResult } from './support/results';

/** One concurrency for both sides: the API's pool is 10 connections, pgbench gets 10 clients. */
const CONNECTIONS = 10;
const SECONDS = 10;
const SAMPLE = 2_000;

async function main() {
  const url = benchDatabaseUrl();
  const db = await connect(url);
  let api: BenchApi | undefined;
  try {
    const caseIds = (await db.query<{ id: string }>(`SELECT id FROM cases TABLESAMPLE SYSTEM (5) LIMIT $1`, [SAMPLE])).rows.map((row) => row.id);
    if (caseIds.length === 0) throw new Error('the bench database is empty: run npm run bench:seed first');
    // Cursors from everywhere in the feed, so pages are read from cold and warm parts alike.
    const cursors = (await db.query<{ id: string }>(`SELECT id::text FROM audit_log TABLESAMPLE SYSTEM (5) LIMIT $1`, [SAMPLE])).rows.map((row) => encodeCursor(row.id));
    const key = await createIntegrationKey(db, ['cases:read', 'changes:read']);

    process.stdout.write(`pgbench -S -M prepared, ${CONNECTIONS} clients, ${SECONDS} s …\n`);
    initPgbench(url);
    const baseline = runPgbench(url, CONNECTIONS, SECONDS);

    api = await startApi();
    process.stdout.write(`API on ${api.url} with ${JSON.stringify(api.settings)} (rate limits raised for the bench)\n`);
    const headers = { 'x-api-key': key };
    const run = async (name: string, path: (i: number) => string): Promise<LoadFigures> => {
      await load({ url: api!.url, headers, path, connections: CONNECTIONS, duration: 2 }); // warm-up
      process.stdout.write(`${name}: autocannon, ${CONNECTIONS} connections, ${SECONDS} s …\n`);
      const figures = await load({ url: api!.url, headers, path, connections: CONNECTIONS, duration: SECONDS });
      if (figures.non2xx > 0 || figures.errors > 0) throw new Error(`${name}: ${figures.non2xx} non-2xx answers, ${figures.errors} errors`);
      return figures;
    };
    // What the HTTP stack alone serves on this machine (no key, no database): the ceiling of any route.
    const floor = await run('framework floor', () => '/health/live');
    const status = await run('case status', (i) => `/api/v1/cases/${caseIds[i % caseIds.length]}/status`);
    const changes = await run('change feed', (i) => `/api/v1/changes?after=${cursors[i % cursors.length]}`);

    const figures: Figure[] = [
      { benchmark: 'pgbench -S -M prepared (baseline)', value: baseline.tps, unit: 'tx/s', baseline: null, ratio: null, goal: '—', met: null },
      { benchmark: 'GET /health/live (no auth, no SQL) throughput', value: floor.requestsPerSecond, unit: 'req/s', baseline: baseline.tps, baselineUnit: 'tx/s', ratio: floor.requestsPerSecond / baseline.tps, goal: '— (reference)', met: null },
      ...[
        ['GET /cases/{id}/status', status],
        ['GET /changes?after= (100 per page)', changes],
      ].flatMap(([name, f]) => {
        const fig = f as LoadFigures;
        return [
          { benchmark: `${name as string} throughput`, value: fig.requestsPerSecond, unit: 'req/s', baseline: baseline.tps, baselineUnit: 'tx/s', ratio: fig.requestsPerSecond / baseline.tps, goal: '≥ 0.3× baseline', met: fig.requestsPerSecond >= 0.3 * baseline.tps },
          { benchmark: `${name as string} p50`, value: fig.p50Ms, unit: 'ms', baseline: baseline.p50Ms, ratio: fig.p50Ms / baseline.p50Ms, goal: '—', met: null },
          { benchmark: `${name as string} p99`, value: fig.p99Ms, unit: 'ms', baseline: baseline.p99Ms, ratio: fig.p99Ms / baseline.p99Ms, goal: '≤ 20 ms', met: fig.p99Ms <= 20 },
        ];
      }),
    ];
    process.stdout.write('\n');
    printFigures(figures);
    const counts = (await db.query<{ acts: number; audit: number }>(`SELECT (SELECT count(*)::int FROM acts) AS acts, (SELECT count(*)::int FROM audit_log) AS audit`)).rows[0];
    const file = writeResult('pulls', { dataset: counts, connections: CONNECTIONS, seconds: SECONDS, apiSettings: api.settings, baseline, healthLive: floor, caseStatus: status, changes, figures });
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
