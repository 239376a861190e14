// npm run bench:overdue — a regional head's overdue list (their office and every office below) at
// the seeded volume: the first page and a deep keyset page over HTTP, each beside the same SQL run
// with pg directly, with the plan (EXPLAIN ANALYZE, BUFFERS) checked for an index and no OFFSET.
import { toLocalDate } from '@app/domain';
import { overdueQuery } from '@app/persistence';
import { encodeCursor } from '../apps/api/src/http/keyset';
import { regionCode, regionHeadLogin } from './seed/fixture';
import { BenchApi, login, startApi } from './support/api';
import { connect } from './support/bench-db';
import { explain, PlanSummary } from './support/explain';
import { load, percentile } from './support/load';
import { Figure, printFigures, writeResult } from './support/results';

const REGION = 1;
const PAGE = 50;
/** Sequential requests and statements: the latency of one page, without queueing behind others. */
const SAMPLES = 300;
/** How deep the deep page starts, as a share of the region's overdue list. */
const DEEP_SHARE = 0.8;

async function main() {
  const db = await connect();
  let api: BenchApi | undefined;
  try {
    const office = (await db.query<{ path: string }>(`SELECT path FROM offices WHERE code = $1`, [regionCode(REGION)])).rows[0];
    if (!office) throw new Error('the bench database is empty: run npm run bench:seed first');
    const now = new Date();
    const prefix = `${office.path}%`;
    const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM deadlines d WHERE d.office_path LIKE $1 AND d.status IN ('OPEN', 'MISSED') AND d.met_at IS NULL AND d.due_at < $2`, [prefix, now])).rows[0].n;
    const deep = (
      await db.query<{ due_at: Date; id: string }>(
        `SELECT d.due_at, d.id FROM deadlines d WHERE d.office_path LIKE $1 AND d.status IN ('OPEN', 'MISSED') AND d.met_at IS NULL AND d.due_at < $2
          ORDER BY d.due_at, d.id OFFSET $3 LIMIT 1`, // finding the deep page's start once; the measured query has no OFFSET
        [prefix, now, Math.floor(total * DEEP_SHARE)],
      )
    ).rows[0];
    // The very statement SupervisionService.overdue sends (DeadlinesRepository) for the default filters, most overdue first.
    const statement = (after?: { at: string; id: string }) => overdueQuery({ reach: { exact: [], subtrees: [office.path] }, now, today: toLocalDate(now) }, 'most_overdue', PAGE, after);
    const deepStart = { at: deep.due_at.toISOString(), id: deep.id };
    const pages = [
      { name: 'first page', ...text(statement()), query: '' },
      { name: `deep page (row ${Math.floor(total * DEEP_SHARE).toLocaleString('en-US')} of ${total.toLocaleString('en-US')})`, ...text(statement(deepStart)), query: `?cursor=${encodeCursor(deepStart)}` },
    ];

    api = await startApi();
    process.stdout.write(`API on ${api.url} with ${JSON.stringify(api.settings)} (rate limits raised for the bench)\n`);
    const headers = { authorization: `Bearer ${await login(api, regionHeadLogin(REGION))}` };
    const figures: Figure[] = [];
    const plans: Record<string, PlanSummary> = {};
    const raw: Record<string, unknown> = {};
    for (const page of pages) {
      const sqlMs: number[] = [];
      for (let i = 0; i < SAMPLES + 20; i += 1) {
        const t0 = process.hrtime.bigint();
        await db.query(page.sqlText, page.params);
        if (i >= 20) sqlMs.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first 20 warm the cache
      }
      const path = () => `/api/v1/supervision/overdue${page.query}`;
      await load({ url: api.url, headers, path, connections: 1, amount: 20 });
      const http = await load({ url: api.url, headers, path, connections: 1, amount: SAMPLES });
      if (http.non2xx > 0 || http.errors > 0) throw new Error(`${page.name}: ${http.non2xx} non-2xx answers, ${http.errors} errors`);
      const sqlP99 = percentile(sqlMs, 99);
      const plan = await explain(db, page.sqlText, page.params);
      plans[page.name] = plan;
      raw[page.name] = { http, sql: { p50Ms: percentile(sqlMs, 50), p99Ms: sqlP99, samples: sqlMs.length } };
      figures.push(
        { benchmark: `overdue ${page.name}, HTTP p50`, value: http.p50Ms, unit: 'ms', baseline: percentile(sqlMs, 50), ratio: http.p50Ms / percentile(sqlMs, 50), goal: '—', met: null },
        { benchmark: `overdue ${page.name}, HTTP p99`, value: http.p99Ms, unit: 'ms', baseline: sqlP99, ratio: http.p99Ms / sqlP99, goal: '≤ 3× SQL and ≤ 25 ms', met: http.p99Ms <= 3 * sqlP99 && http.p99Ms <= 25 },
        { benchmark: `overdue ${page.name}, plan: index, no OFFSET`, value: plan.executionMs, unit: 'ms (EXPLAIN)', baseline: null, ratio: null, goal: 'index scan, no OFFSET', met: plan.usesIndex && !plan.hasOffset },
      );
    }
    process.stdout.write(`\nregion ${regionCode(REGION)}: ${total.toLocaleString('en-US')} overdue deadlines; ${SAMPLES} sequential requests / statements each; baseline = the same SQL over pg\n\n`);
    printFigures(figures);
    for (const [name, plan] of Object.entries(plans)) {
      process.stdout.write(
        `\nEXPLAIN (ANALYZE, BUFFERS) — ${name}: ${plan.executionMs.toFixed(2)} ms, shared hit ${plan.sharedHit}, read ${plan.sharedRead}; ` +
          `indexes: ${plan.indexes.join(', ') || 'none'}; seq scans: ${plan.seqScans.join(', ') || 'none'}; OFFSET: ${plan.hasOffset ? 'yes' : 'no'}\n${plan.nodes.map((line) => `  ${line}`).join('\n')}\n`,
      );
    }
    const acts = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM acts')).rows[0].n;
    process.stdout.write(`\n→ ${writeResult('overdue', { dataset: { acts, regionOverdue: total }, region: regionCode(REGION), samples: SAMPLES, apiSettings: api.settings, results: raw, plans, figures })}\n`);
  } finally {
    await api?.close();
    await db.end();
  }
}

function text(statement: { sql: string; params: unknown[] }): { sqlText: string; params: unknown[] } {
  return { sqlText: statement.sql, params: statement.params };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
