// npm run bench:seed -- --acts 1000000 — fills the bench database (pao_bench on DATABASE_URL's
// server, dropped and recreated) with a realistic volume, set-based: offices and users, cases,
// acts of every machine in every reachable state, their deadlines, and the audit rows of the feed.
import { runMigrations } from '@app/persistence';
import { hash } from 'bcryptjs';
import { BENCH_DATABASE, benchDatabaseUrl, connect, recreateDatabase } from '../support/bench-db';
import { printFigures, writeResult } from '../support/results';
import { BENCH_PASSWORD } from './fixture';
import { seedActs, seedAudit, seedCases, seedDeadlines, seedOffices, SeedShape, uploadTemplates } from './steps';
import { actTemplates, deadlineTemplates, triggerInstant } from './templates';
import { verifySample } from './verify';

/** Trigger instants spread over the last SPREAD_DAYS: terms of 24 hours to a month leave some clocks overdue, some running. */
const SLOTS = 45;
const SPREAD_DAYS = 90;
/** Acts per INSERT statement: bounded memory, and progress on the way to a million. */
const CHUNK = 250_000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

async function main() {
  const acts = option('acts', 100_000);
  const actsPerCase = option('acts-per-case', 2);
  const now = new Date();
  const timings: Record<string, { seconds: number; rows: number; rowsPerSecond: number }> = {};
  const started = process.hrtime.bigint();
  const step = async (name: string, body: () => Promise<number>) => {
    const t0 = process.hrtime.bigint();
    const rows = await body();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    timings[name] = { seconds: +seconds.toFixed(2), rows, rowsPerSecond: Math.round(rows / seconds) };
    process.stdout.write(`${name.padEnd(28)} ${rows.toLocaleString('en-US').padStart(11)} rows  ${seconds.toFixed(1).padStart(6)} s\n`);
  };

  process.stdout.write(`seeding ${acts.toLocaleString('en-US')} acts into ${BENCH_DATABASE} (dropped and recreated)\n`);
  await step('database + migrations', async () => {
    await recreateDatabase();
    return (await runMigrations(benchDatabaseUrl())).length;
  });
  const templates = actTemplates();
  const slotInstants = Array.from({ length: SLOTS }, (_, slot) => triggerInstant(now, slot, SLOTS, SPREAD_DAYS));
  const shape: SeedShape = { acts, actsPerCase, templates: templates.length, slots: SLOTS };
  const db = await connect();
  try {
    await step('templates (domain)', async () => {
      const deadlines = deadlineTemplates(templates, now, SLOTS, SPREAD_DAYS, 1);
      await uploadTemplates(db, templates, deadlines, slotInstants);
      return templates.length + deadlines.length;
    });
    await step('offices + users', async () => seedOffices(db, await hash(BENCH_PASSWORD, 10)));
    await step('cases', () => seedCases(db, shape));
    await step('acts', async () => {
      let rows = 0;
      for (let from = 0; from < acts; from += CHUNK) rows += await seedActs(db, shape, from, Math.min(acts, from + CHUNK));
      return rows;
    });
    await step('deadlines', async () => {
      let rows = 0;
      for (let from = 0; from < acts; from += CHUNK) rows += await seedDeadlines(db, shape, from, Math.min(acts, from + CHUNK));
      return rows;
    });
    await step('audit log (trigger-chained)', () => seedAudit(db));
    await step('verify a sample (codec, machines)', () => verifySample(db));
    await step('vacuum analyze', async () => {
      await db.query('VACUUM ANALYZE');
      return 0;
    });
    const counts = (await db.query<{ states: number; machines: number; overdue: number }>(
      `SELECT (SELECT count(DISTINCT (type, kind, state))::int FROM acts) AS states, (SELECT count(DISTINCT (type, kind))::int FROM acts) AS machines,
              (SELECT count(*)::int FROM deadlines WHERE status IN ('OPEN', 'MISSED') AND met_at IS NULL AND due_at < now()) AS overdue`,
    )).rows[0];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const total = Object.values(timings).reduce((sum, t) => sum + t.rows, 0);
    process.stdout.write(
      `\n${counts.machines} machines, ${counts.states} (type, kind, state) combinations, ${counts.overdue.toLocaleString('en-US')} overdue deadlines\n\n`,
    );
    const figures = [
      { benchmark: `seed ${acts.toLocaleString('en-US')} acts, total`, value: seconds, unit: 's', baseline: null, ratio: null, goal: 'minutes', met: seconds < 600 },
      { benchmark: 'seed, all rows', value: total / seconds, unit: 'rows/s', baseline: null, ratio: null, goal: '—', met: null },
    ];
    printFigures(figures);
    process.stdout.write(`\n→ ${writeResult('seed', { acts, actsPerCase, seconds: +seconds.toFixed(1), rows: total, steps: timings, ...counts, figures })}\n`);
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
