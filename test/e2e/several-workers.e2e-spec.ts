// Several workers (issue 17, ADR 0013): two real worker processes (TypeScript sources through
// test/support/ts-register.js) share one PostgreSQL database and one Redis queue prefix while a
// few thousand deadlines fall due together. Every deadline is MISSED once and its breach notified
// once — the offline consistency check (tools/fault-check) finds nothing missing, doubled or
// half-written — and both workers did part of the work (BullMQ stores on each job the worker that
// ran it: workerOptions `name`).
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { dataSourceOptions } from '@app/persistence';
import { QueueName, workerOptions } from '@app/queue';
import { DataSource } from 'typeorm';
import { seedDemoData } from '../../tools/demo-data/seed-demo';
import { AppProcess } from '../../bench/support/fault-processes';
import { cloneDeliveredProtests } from '../../bench/support/fault-seed';
import { startDiscardingMailSink } from '../../bench/support/fault-sinks';
import { freePort } from '../../bench/support/write-path-child';
import { deliveredProtest, prosecutorSession, startApi } from '../../bench/support/write-path-seed';
import { checkDeadlineConsistency } from '../../tools/fault-check/deadline-consistency';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');
const DEADLINES = 2000;
/** Every breach here goes to the district prosecutor and the district head, each by INBOX and EMAIL. */
const BREACH_NOTICES_PER_DEADLINE = 4;

jest.setTimeout(300_000);

describe('two worker processes share one queue: nothing missed, nothing doubled, both work', () => {
  let context: TestContext;
  let smtp: { readonly url: string; stop(): Promise<void> };
  const workers: AppProcess[] = [];
  let db: Client;
  let queue: Queue;

  beforeAll(async () => {
    smtp = await startDiscardingMailSink();
    context = await createTestContext();
    db = new Client({ connectionString: context.databaseUrl });
    await db.connect();
    queue = new Queue(QueueName.DEADLINES, workerOptions(context.config, 1));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await queue?.obliterate({ force: true });
    await queue?.close();
    await db?.end();
    await smtp?.stop();
    await context?.dispose();
  });

  it(`marks ${DEADLINES} deadlines due together exactly once between them`, async () => {
    const seeding = await new DataSource(dataSourceOptions(context.databaseUrl, 1)).initialize();
    await seedDemoData(seeding);
    await seeding.destroy();
    const api = await startApi(context.config);
    const template = await deliveredProtest(api.baseUrl, await prosecutorSession(api.baseUrl));
    await api.app.close();
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: context.databaseUrl,
      REDIS_URL: context.config.REDIS_URL!,
      QUEUE_PREFIX: context.config.QUEUE_PREFIX,
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      SHUTDOWN_GRACE_MS: '2000',
      DATABASE_POOL_SIZE: '5',
      WORKER_CONCURRENCY: '3',
      // Small batches, so that each worker's share is many batches, not one.
      DEADLINE_BATCH_SIZE: '20',
    };
    const fromSources = ['-r', join(ROOT, 'test', 'support', 'ts-register.js'), join(ROOT, 'apps', 'worker', 'src', 'main.ts')];
    for (let i = 0; i < 2; i += 1) workers.push(new AppProcess({ app: 'worker', nodeArgs: fromSources, env, cwd: ROOT, port: await freePort() }));
    await Promise.all(workers.map((worker) => worker.start()));

    // The storm (the template's own deadline is due days from now): all due within 2 s, a few seconds from now; the two relays share the outbox rows.
    const firstDue = new Date(Date.now() + 3000);
    await cloneDeliveredProtests(context.databaseUrl, template, DEADLINES, firstDue, 1);
    const lastDue = new Date(firstDue.getTime() + DEADLINES - 1);
    const pending = async () =>
      (
        await db.query<{ n: number }>(
          // Until the last is due every clone counts as pending; then the ones still OPEN and the outbox rows not relayed.
          `SELECT CASE WHEN now() < $1 THEN $2
                       ELSE ((SELECT count(*) FROM deadlines WHERE status = 'OPEN' AND due_at <= $1) + (SELECT count(*) FROM outbox WHERE relayed_at IS NULL))::int END AS n`,
          [lastDue, DEADLINES],
        )
      ).rows[0].n;
    await waitFor('every deadline MISSED and the outbox relayed', async () => (await pending()) === 0, { timeoutMs: 240_000, intervalMs: 250 });

    const report = await checkDeadlineConsistency(context.databaseUrl);
    expect({ missing: report.missing, doubled: report.doubled, halfWritten: report.halfWritten, violations: report.violations }).toEqual({ missing: 0, doubled: 0, halfWritten: 0, violations: {} });
    expect(report.figures).toMatchObject({ dueDeadlines: DEADLINES, missedDeadlines: DEADLINES, breachNotices: BREACH_NOTICES_PER_DEADLINE * DEADLINES });

    // Both did work: the due jobs, by the worker that completed each (hostname:pid).
    const done = await queue.getJobs(['completed'], 0, -1);
    const byWorker = new Map<string, number>();
    for (const job of done.filter((job) => job.name === 'due')) byWorker.set(job.processedBy ?? 'unknown', (byWorker.get(job.processedBy ?? 'unknown') ?? 0) + 1);
    process.stdout.write(`due jobs by worker: ${JSON.stringify(Object.fromEntries(byWorker))}\n`);
    expect([...byWorker.keys()].map((name) => name.split(':').at(-1)).sort()).toEqual(workers.map((worker) => String(worker.pid)).sort());
    expect([...byWorker.values()].reduce((sum, n) => sum + n, 0)).toBe(DEADLINES);
    for (const n of byWorker.values()) expect(n).toBeGreaterThan(0);
  });
});
