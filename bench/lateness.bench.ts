// npm run bench:lateness — N deadlines fall due within a short window; how late does the engine
// fire them? Lateness is taken from PostgreSQL: notices.created_at (the handler's transaction start)
// − notices.scheduled_for (the deadline's due instant) of the BREACH notices, i.e. the whole path:
// BullMQ delay, queueing behind WORKER_CONCURRENCY, the row lock, up to the breach being recorded.
// Baseline in the same run: a bare BullMQ queue + worker with the same count, the same offsets of
// the due instants and the same concurrency, whose trivial handler records its fire time.
// BENCH_DEADLINES sets N (default 1 000; the full scale is 100 000), BENCH_WINDOW_MS the
// window (default 20 s: 50 due per second, well within what one worker sustains on the 2-core
// machine), BENCH_LATER how many other open deadlines are scheduled 30 days later (default 0; the
// issue's full scale is 1M) — they sit in Redis as delayed jobs while the N fall due.
// WORKER_CONCURRENCY (default 8) is passed to the worker and to the bare baseline alike.
// BENCH_RESULT names the result file (default `lateness`; e.g. `lateness.burst` for a variant).
// Besides lateness it reports the drain rate: deadlines marked missed per second from the first due
// instant to the last breach — the engine's capacity when N arrive faster than it can take them.
import { AppConfig } from '@app/config';
import { DeadlineJobName, QueueName, queueOptions } from '@app/queue';
import { Job, Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { DeadlineProcessor } from '../apps/worker/src/deadlines/deadline.processor';
import { createWorkerApp } from '../apps/worker/src/worker.app';
import { startMailSinkProcess } from './support/mail-sink-child';
import { benchConfig, deleteQueueKeys, freshBenchDatabase, quantile, report } from './support/write-path-env';
import { cloneOpenDeadlines, deliveredProtest, prosecutorSession, startApi } from './support/write-path-seed';

/** Time to boot the worker and schedule everything before the first is due (recovery: ≈0.5 ms a deadline). */
const leadMs = (deadlines: number) => 15_000 + deadlines * 1.5;
const LATER_MS = 30 * 86_400_000;

interface Lateness {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly fired: number;
}

function summarise(latenessMs: number[]): Lateness {
  latenessMs.sort((a, b) => a - b);
  return { p50: quantile(latenessMs, 0.5), p99: quantile(latenessMs, 0.99), max: latenessMs[latenessMs.length - 1] ?? NaN, fired: latenessMs.length };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !(await check())) await new Promise((resolve) => setTimeout(resolve, 250));
}

/** Waits until the start-up reconcile has stopped adding jobs (the delayed count holds still for 2 s); answers when. */
async function scheduleSettled(config: AppConfig): Promise<number> {
  const queue = new Queue(QueueName.DEADLINES, queueOptions(config, 'worker'));
  try {
    let last = -1;
    let stillSince = Date.now();
    for (;;) {
      const { delayed } = await queue.getJobCounts('delayed');
      if (delayed !== last) [last, stillSince] = [delayed, Date.now()];
      else if (delayed > 0 && Date.now() - stillSince >= 2000) return stillSince;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await queue.close();
  }
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_DEADLINES ?? 1000);
  const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 20_000);
  const later = Number(process.env.BENCH_LATER ?? 0);
  const lead = leadMs(count + later);
  const databaseUrl = await freshBenchDatabase('pao_bench_writes');
  const mailSink = await startMailSinkProcess();
  const concurrency = process.env.WORKER_CONCURRENCY ?? '8';
  const config = benchConfig(databaseUrl, `bench-late-${process.pid}`, {
    RECONCILE_INTERVAL_MS: '86400000',
    SMTP_URL: mailSink.smtpUrl,
    WORKER_CONCURRENCY: concurrency,
    DATABASE_POOL_SIZE: String(Number(concurrency) + 4),
  });
  const api = await startApi(config);
  const template = await deliveredProtest(api.baseUrl, await prosecutorSession(api.baseUrl));
  await api.app.close();
  const spacing = windowMs / count;
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    // The engine: the worker's start-up reconcile schedules every due job (reminders are past).
    const firstDue = new Date(Date.now() + lead);
    await cloneOpenDeadlines(databaseUrl, template, count, firstDue, spacing);
    if (later > 0) await cloneOpenDeadlines(databaseUrl, template, later, new Date(firstDue.getTime() + LATER_MS), LATER_MS / later);
    const worker = await createWorkerApp(config);
    await worker.init();
    const scheduledAt = await scheduleSettled(config);
    process.stdout.write(`scheduled ${count + later} deadlines ${((firstDue.getTime() - scheduledAt) / 1000).toFixed(1)} s before the first is due\n`);
    // The engine's time per due job (BullMQ processedOn → finishedOn), from the worker's own events.
    const spans: number[] = [];
    worker.get(DeadlineProcessor).worker.on('completed', (job: Job) => {
      if (job.name === DeadlineJobName.DUE && job.processedOn && job.finishedOn) spans.push(job.finishedOn - job.processedOn);
    });
    const windowEnd = new Date(firstDue.getTime() + windowMs);
    // Marked so far, read from the audit chain's head: each marked deadline commits one audit row,
    // and the chain numbers rows in commit order (ADR 0005) — one index entry a poll, where a count
    // of the MISSED deadlines cost PostgreSQL 109 ms a poll at 100,000 (bench:burst, 06.12.2026).
    const auditHead = async () => Number((await pg.query<{ id: string | null }>(`SELECT max(id) AS id FROM audit_log`)).rows[0].id ?? 0);
    const auditBefore = await auditHead();
    await waitFor(async () => (await auditHead()) - auditBefore >= count, lead + windowMs + count * 20 + 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const handler = quantile(spans.sort((a, b) => a - b), 0.5);
    await worker.close();
    const { rows } = await pg.query<{ ms: number }>(
      `SELECT extract(epoch FROM created_at - scheduled_for) * 1000 AS ms FROM notices WHERE kind = 'BREACH' AND deadline_id <> $1`,
      [template.deadlineId],
    );
    const perDeadline = await pg.query<{ ms: number }>(
      `SELECT extract(epoch FROM min(created_at) - min(scheduled_for)) * 1000 AS ms FROM notices WHERE kind = 'BREACH' AND deadline_id <> $1 GROUP BY deadline_id`,
      [template.deadlineId],
    );
    const checks = (
      await pg.query<{ open: number; missed: number; breached: number; doubled: number; drainSeconds: number }>(
        `SELECT (SELECT count(*)::int FROM deadlines WHERE status = 'OPEN' AND id <> $1 AND due_at <= $2) AS open,
                (SELECT extract(epoch FROM max(created_at) - min(scheduled_for)) FROM notices WHERE kind = 'BREACH') AS "drainSeconds",
                (SELECT count(*)::int FROM deadlines WHERE status = 'MISSED' AND id <> $1) AS missed,
                (SELECT count(DISTINCT deadline_id)::int FROM notices WHERE kind = 'BREACH') AS breached,
                (SELECT count(*)::int FROM (SELECT 1 FROM notices WHERE kind = 'BREACH'
                   GROUP BY deadline_id, recipient_user_id, channel, address HAVING count(*) > 1) d) AS doubled`,
        [template.deadlineId, windowEnd],
      )
    ).rows[0];
    const engine = summarise(perDeadline.rows.map((row) => Number(row.ms)));

    // The baseline: the same offsets, a fresh window, a handler that only records when it ran.
    const barePrefix = `${config.QUEUE_PREFIX}-bare`;
    const options = queueOptions(benchConfig(databaseUrl, barePrefix), 'worker');
    const queue = new Queue(QueueName.DEADLINES, options);
    const bareFirstDue = Date.now() + 5000;
    const bareLateness: number[] = [];
    let bareLastFired = 0;
    const bareWorker = new Worker(
      QueueName.DEADLINES,
      async (job: Job<{ dueAt: number }>) => {
        bareLastFired = Date.now();
        bareLateness.push(bareLastFired - job.data.dueAt);
      },
      { ...options, concurrency: config.WORKER_CONCURRENCY },
    );
    for (let i = 0; i < count; i += 1000) {
      const now = Date.now();
      await queue.addBulk(
        Array.from({ length: Math.min(1000, count - i) }, (_, k) => {
          const dueAt = bareFirstDue + (i + k) * spacing;
          return { name: 'due', data: { dueAt }, opts: { jobId: `due-${i + k}`, delay: dueAt - now } };
        }),
      );
    }
    await waitFor(async () => bareLateness.length >= count, windowMs + count * 5 + 120_000);
    await bareWorker.close();
    await queue.close();
    await deleteQueueKeys(barePrefix);
    const bare = summarise(bareLateness);
    // Deadlines taken per second from the first due instant to the last breach: when they arrive
    // faster than this, lateness grows with the backlog, whatever the queue.
    const engineRate = count / Number(checks.drainSeconds);
    const bareRate = count / ((bareLastFired - bareFirstDue) / 1000);

    const allowed = 1.5 * bare.p99 + handler;
    process.stdout.write(`lateness: ${count} deadlines due within ${windowMs} ms; ${rows.length} BREACH notices; engine handler median ${handler.toFixed(1)} ms\n`);
    report(process.env.BENCH_RESULT ?? 'lateness', [
      { name: 'lateness p50 (ms)', value: engine.p50, unit: 'ms', baseline: bare.p50, ratio: engine.p50 / bare.p50 },
      { name: 'lateness p99 (ms)', value: engine.p99, unit: 'ms', baseline: bare.p99, ratio: engine.p99 / bare.p99, goal: `≤ 1.5×bare+handler = ${allowed.toFixed(0)}`, met: engine.p99 <= allowed },
      { name: 'lateness max (ms)', value: engine.max, unit: 'ms', baseline: bare.max, ratio: engine.max / bare.max, goal: '≤ 1000 ms', met: engine.max <= 1000 },
      { name: 'drain rate (deadlines/s, first due → last breach)', value: engineRate, unit: '/s', baseline: bareRate, ratio: engineRate / bareRate },
      { name: 'deadlines not MISSED (still OPEN)', value: checks.open, unit: 'count', goal: '= 0', met: checks.open === 0 },
      { name: 'deadlines without a BREACH notice', value: count - checks.breached, unit: 'count', goal: '= 0', met: checks.breached === count },
      { name: 'doubled BREACH notices (recipient, channel)', value: checks.doubled, unit: 'count', goal: '= 0', met: checks.doubled === 0 },
    ], { deadlines: count, windowMs, laterScheduled: later, scheduledBeforeFirstDueMs: firstDue.getTime() - scheduledAt, arrivalPerSecond: count / (windowMs / 1000), breachNotices: rows.length, handlerMedianMs: handler, workerConcurrency: config.WORKER_CONCURRENCY, bareFired: bare.fired, missed: checks.missed });
  } finally {
    mailSink.child.kill();
    await pg.end();
    await deleteQueueKeys(config.QUEUE_PREFIX);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
