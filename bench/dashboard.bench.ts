// npm run bench:dashboard — the supervisor dashboard (GET /supervision/dashboard: open and overdue
// acts by office × act type, the 90-day overdue series, the ten most overdue) at the seeded volume,
// for a regional head (one region's subtree) and the General Prosecutor's Office (every act), over
// HTTP beside the same SupervisionService.dashboard call made in process (no HTTP, no auth); then,
// when the web workspace is built, the dashboard screen in Debian's Chromium: from a reload of
// /supervision (the session restored from its cookie, as a returning head's tab does) until its
// table of the most overdue acts shows rows — the median of ten.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserRole } from '@app/persistence';
import { chromium } from 'playwright-core';
import { webDistDir } from '../apps/api/src/web/web-app';
import { UserPrincipal } from '../apps/api/src/auth/principal';
import { SupervisionService } from '../apps/api/src/supervision/supervision.service';
import { BENCH_PASSWORD, regionCode, regionHeadLogin } from './seed/fixture';
import { BenchApiWithCursors, login, startApi } from './support/api';
import { connect } from './support/bench-db';
import { percentile } from './support/load';
import { Figure, printFigures, writeResult } from './support/results';

/** Sequential calls (plain fetch, no client timeout): the time one head waits, without queueing behind other heads. */
const SAMPLES = 20;
const WARM_UP = 3;
const GOAL_MS = 1000;
const SCREEN_SAMPLES = 10;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main() {
  const db = await connect();
  let api: BenchApiWithCursors | undefined;
  try {
    const heads = [
      { name: `region ${regionCode(1)}`, login: regionHeadLogin(1) },
      { name: 'whole country (GPO)', login: 'gpo.head' },
    ];
    const acts = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM acts')).rows[0].n;
    if (acts === 0) throw new Error('the bench database is empty: run npm run bench:seed first');
    const web = existsSync(join(webDistDir(), 'index.html'));
    api = await startApi({ web });
    process.stdout.write(`API on ${api.url} with ${JSON.stringify(api.settings)}; ${acts.toLocaleString('en-US')} acts\n`);
    const service = api.app.get(SupervisionService);
    const figures: Figure[] = [];
    const raw: Record<string, unknown> = {};
    for (const head of heads) {
      const user = (
        await db.query<{ id: string; office_id: string; path: string; acts: number }>(
          `SELECT u.id, u.office_id, o.path, (SELECT count(*)::int FROM acts a WHERE a.office_path LIKE o.path || '%') AS acts
             FROM users u JOIN offices o ON o.id = u.office_id WHERE u.login = $1`,
          [head.login],
        )
      ).rows[0];
      if (!user) throw new Error(`${head.login} is not in the bench database: run npm run bench:seed again`);
      const principal: UserPrincipal = { kind: 'user', userId: user.id, login: head.login, role: UserRole.SUPERVISOR, officeId: user.office_id, officePath: user.path };
      const inProcess: number[] = [];
      for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
        const t0 = process.hrtime.bigint();
        await service.dashboard(principal, {});
        if (i >= WARM_UP) inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const headers = { authorization: `Bearer ${await login(api, head.login)}` };
      const httpMs: number[] = [];
      for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
        const t0 = process.hrtime.bigint();
        const response = await fetch(`${api.url}/api/v1/supervision/dashboard`, { headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${head.name}: ${response.status}`);
        if (i >= WARM_UP) httpMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const http = { p50Ms: percentile(httpMs, 50), p99Ms: percentile(httpMs, 99), samples: httpMs.length };
      const base50 = percentile(inProcess, 50);
      const base99 = percentile(inProcess, 99);
      raw[head.name] = { actsInReach: user.acts, http, inProcess: { p50Ms: base50, p99Ms: base99, samples: inProcess.length } };
      figures.push(
        { benchmark: `dashboard, ${head.name} (${user.acts.toLocaleString('en-US')} acts), HTTP p50`, value: http.p50Ms, unit: 'ms', baseline: base50, ratio: http.p50Ms / base50, goal: '—', met: null },
        { benchmark: `dashboard, ${head.name} (${user.acts.toLocaleString('en-US')} acts), HTTP p99`, value: http.p99Ms, unit: 'ms', baseline: base99, ratio: http.p99Ms / base99, goal: `≤ ${GOAL_MS} ms`, met: http.p99Ms <= GOAL_MS },
      );
      if (web) {
        const screenMs = await dashboardScreen(api.url, head.login);
        const median = percentile(screenMs, 50);
        raw[head.name] = { ...(raw[head.name] as object), screen: { medianMs: median, samplesMs: screenMs } };
        figures.push({ benchmark: `dashboard screen, ${head.name}, reload → rows shown (median of ${SCREEN_SAMPLES})`, value: median, unit: 'ms', baseline: http.p50Ms, ratio: median / http.p50Ms, goal: `≤ ${GOAL_MS} ms`, met: median <= GOAL_MS });
      }
    }
    process.stdout.write(`\n${SAMPLES} sequential requests each; baseline = SupervisionService.dashboard called in process (the SQL and the mapping, no HTTP)\n\n`);
    printFigures(figures);
    process.stdout.write(`\n→ ${writeResult('dashboard', { dataset: { acts }, samples: SAMPLES, apiSettings: api.settings, results: raw, figures })}\n`);
  } finally {
    await api?.close();
    await db.end();
  }
}

/** Signs in through the form once, then reloads /supervision SCREEN_SAMPLES times, timing each until the rows show. */
async function dashboardScreen(url: string, login: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(120_000);
    await page.goto('/supervision');
    await page.locator('#login').fill(login);
    await page.locator('#password').fill(BENCH_PASSWORD);
    await page.locator('button[type=submit]').click();
    const rows = page.locator('[data-testid=most-overdue] tbody tr.ant-table-row');
    await rows.first().waitFor();
    const samples: number[] = [];
    for (let i = 0; i < SCREEN_SAMPLES; i += 1) {
      const t0 = process.hrtime.bigint();
      await page.reload();
      await rows.first().waitFor();
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
