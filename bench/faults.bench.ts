// npm run bench:faults — fault injection at full scale (issue 6). The API and the worker run as
// separate processes (dist/), thousands of deadlines fall due, and four phases each inject one
// fault for real:
//   1. worker-kill:   kill -9 of the worker every few seconds while deadlines fall due;
//   2. redis-restart: the Redis server shut down without saving and started again without
//                     persistence — every job of every queue is gone;
//   3. pg-restart:    the PostgreSQL cluster restarted under filing load (pg_ctlcluster);
//   4. api-kill:      kill -9 of the API with filings in flight, again and again.
// After each phase the offline check (tools/fault-check) reports due, missed, missing, doubled and
// half-written, and the phase reports how long the system took to recover. Nothing is restarted
// by hand: the API and the worker must reconnect by themselves.
//
// It RESTARTS THE SHARED PostgreSQL AND Redis of this machine (REDIS_URL's port, the local cluster
// of /etc/postgresql): run it when nobody else's tests are running. BENCH_FAULT_DEADLINES scales
// the deadlines per phase (default 3000 for the worker phase, half that for the others).
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IntegrationScope } from '@app/persistence';
import { DEMO_PASSWORD } from '../tools/demo-data/seed-demo';
import { Client } from 'pg';
import { generateApiKey } from '../apps/api/src/auth/api-key';
import { checkDeadlineConsistency, ConsistencyReport } from '../tools/fault-check/deadline-consistency';
import { fileProtest, Filing, FilingTarget, startFilingLoad } from './support/fault-load';
import { startDiscardingMailSink, startWebhookSink } from './support/fault-sinks';
import { AppProcess, sleep } from './support/fault-processes';
import { freePort } from './support/write-path-child';
import { cloneDeliveredProtests, ProtestTemplate } from './support/fault-seed';
import { Figure, printFigures, writeResult } from './support/results';
import { deliveredProtest, prosecutorSession } from './support/write-path-seed';
import { deleteQueueKeys, freshBenchDatabase, REDIS_URL } from './support/write-path-env';

const ROOT = join(__dirname, '..', '..');
const SCALE = Number(process.env.BENCH_FAULT_DEADLINES ?? 3000);
/** How often the reconciler rebuilds lost jobs here (the default is 5 minutes; see the notes in the result). */
const RECONCILE_INTERVAL_MS = 10_000;
const CATCH_UP_TIMEOUT_MS = 10 * 60_000;

interface PhaseResult {
  readonly phase: string;
  readonly faults: number;
  readonly check: ConsistencyReport;
  /** From the later of the last fault and the last due instant until no due deadline was left OPEN. */
  readonly catchUpSeconds: number | null;
  /** From the (last) fault until the engine recorded a breach again, or the API answered a filing 201 again. */
  readonly backInServiceSeconds: number | null;
  readonly filings?: { readonly attempted: number; readonly created: number; readonly noAnswer: number; readonly failed: number; readonly duplicated: number };
}

let databaseUrl = '';
let template: ProtestTemplate;

/** A query on a fresh connection, retried while PostgreSQL restarts. */
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  for (let attempt = 0; ; attempt += 1) {
    const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      return (await client.query(sql, params)).rows as T[];
    } catch (error) {
      if (attempt >= 60) throw error;
      await sleep(500);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function fallingDue(count: number, leadMs: number, windowMs: number): Promise<{ firstDue: Date; lastDue: Date }> {
  const firstDue = new Date(Date.now() + leadMs);
  const spacing = Math.max(1, Math.floor(windowMs / count));
  await cloneDeliveredProtests(databaseUrl, template, count, firstDue, spacing);
  return { firstDue, lastDue: new Date(firstDue.getTime() + (count - 1) * spacing) };
}

/** Waits until no deadline due by `lastDue` is OPEN and the outbox is relayed; answers when, or null on timeout. */
async function caughtUp(lastDue: Date): Promise<Date | null> {
  const until = Date.now() + CATCH_UP_TIMEOUT_MS;
  while (Date.now() < until) {
    const [{ n }] = await query<{ n: number }>(
      `SELECT ((SELECT count(*) FROM deadlines WHERE status = 'OPEN' AND due_at <= $1) + (SELECT count(*) FROM outbox WHERE relayed_at IS NULL))::int AS n`,
      [lastDue],
    );
    if (n === 0 && Date.now() >= lastDue.getTime()) return new Date();
    await sleep(250);
  }
  return null;
}

/** When the engine first records a breach after `since` (polls; null after `timeoutMs`). */
async function firstBreachAfter(since: Date, timeoutMs = CATCH_UP_TIMEOUT_MS): Promise<Date | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [row] = await query<{ at: Date | null }>(`SELECT min(created_at) AS at FROM notices WHERE step = 'BREACH' AND created_at > $1`, [since]);
    if (row?.at) return row.at;
    await sleep(100);
  }
  return null;
}

const seconds = (from: Date | number, to: Date | null) => (to === null ? null : Math.round((to.getTime() - new Date(from).getTime()) / 100) / 10);

async function filingsAudit(filings: Filing[]): Promise<PhaseResult['filings']> {
  const titles = filings.map((filing) => filing.title);
  const rows = await query<{ title: string; n: number }>(`SELECT title, count(*)::int AS n FROM acts WHERE title = ANY($1) GROUP BY title`, [titles]);
  return {
    attempted: filings.length,
    created: rows.length,
    noAnswer: filings.filter((filing) => filing.outcome === 'NO_ANSWER').length,
    failed: filings.filter((filing) => filing.outcome !== 'NO_ANSWER' && filing.outcome !== 201).length,
    duplicated: rows.filter((row) => row.n > 1).length,
  };
}

async function main(): Promise<void> {
  databaseUrl = await freshBenchDatabase('pao_bench_faults');
  const prefix = `bench-faults-${process.pid}`;
  const mail = await startDiscardingMailSink();
  const hooks = await startWebhookSink();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'error',
    SMTP_URL: mail.url,
    RECONCILE_INTERVAL_MS: String(RECONCILE_INTERVAL_MS),
    RATE_LIMIT_MAX: '1000000',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', // the webhook sink listens on loopback
    SHUTDOWN_GRACE_MS: '5000',
  };
  const dist = (app: 'api' | 'worker') => [join(ROOT, 'dist', 'apps', app, 'src', 'main.js')];
  const api = new AppProcess({ app: 'api', nodeArgs: dist('api'), env, cwd: ROOT, port: await freePort() });
  const worker = new AppProcess({ app: 'worker', nodeArgs: dist('worker'), env, cwd: ROOT, port: await freePort() });
  const results: PhaseResult[] = [];
  try {
    await Promise.all([api.start(), worker.start()]);
    const session = await prosecutorSession(api.baseUrl);
    const target: FilingTarget = { baseUrl: api.baseUrl, token: session.token, caseId: session.caseId };
    template = await deliveredProtest(api.baseUrl, session);
    await subscribeWebhooks(api.baseUrl, hooks.url);

    // 1. kill -9 of the worker every 4-8 s while SCALE deadlines fall due over a minute. The kills
    //    stop 15 s before the last due instant: deadlines still fall due after the last one, so
    //    "back in service" measures the restarted worker (a batched engine that had marked all of
    //    them before a later kill would record no breach after it).
    {
      const { lastDue } = await fallingDue(SCALE, 5_000, 60_000);
      let lastKill = new Date();
      let kills = 0;
      while (Date.now() < lastDue.getTime() - 15_000) {
        await sleep(4_000 + Math.random() * 4_000);
        await worker.kill();
        lastKill = new Date();
        kills += 1;
        await worker.start();
      }
      const back = await firstBreachAfter(lastKill);
      const done = await caughtUp(lastDue);
      results.push({ phase: 'worker-kill', faults: kills, check: await checkDeadlineConsistency(databaseUrl), catchUpSeconds: seconds(Math.max(lastKill.getTime(), lastDue.getTime()), done), backInServiceSeconds: seconds(lastKill, back) });
      log(results.at(-1)!);
    }

    // 2. Redis shut down without saving, started again without persistence, mid-window.
    {
      const { lastDue } = await fallingDue(SCALE / 2, 5_000, 30_000);
      await sleep(15_000);
      const restartedAt = new Date();
      restartRedis();
      const back = await firstBreachAfter(restartedAt);
      const done = await caughtUp(lastDue);
      results.push({ phase: 'redis-restart', faults: 1, check: await checkDeadlineConsistency(databaseUrl), catchUpSeconds: seconds(Math.max(restartedAt.getTime(), lastDue.getTime()), done), backInServiceSeconds: seconds(restartedAt, back) });
      log(results.at(-1)!);
    }

    // 3. PostgreSQL restarted under filing load, mid-window.
    {
      const { lastDue } = await fallingDue(SCALE / 2, 5_000, 30_000);
      const load = startFilingLoad(target, { concurrency: 8, titlePrefix: 'PG restart' });
      await sleep(15_000);
      const restartedAt = new Date();
      restartPostgres();
      const apiBack = await firstFilingAfter(target, restartedAt);
      await sleep(5_000);
      const filings = await load.stop();
      const done = await caughtUp(lastDue);
      results.push({
        phase: 'pg-restart',
        faults: 1,
        check: await checkDeadlineConsistency(databaseUrl),
        catchUpSeconds: seconds(Math.max(restartedAt.getTime(), lastDue.getTime()), done),
        backInServiceSeconds: seconds(restartedAt, apiBack),
        filings: await filingsAudit(filings),
      });
      log(results.at(-1)!);
      if (!api.running || !worker.running) throw new Error('the API or the worker died when PostgreSQL restarted');
    }

    // 4. kill -9 of the API every 2-4 s with 16 filings in flight; the cut-off ones retried with their keys.
    {
      const load = startFilingLoad(target, { concurrency: 16, titlePrefix: 'API kill' });
      let lastKill = new Date();
      for (let kill = 0; kill < 5; kill += 1) {
        await sleep(2_000 + Math.random() * 2_000);
        await api.kill();
        lastKill = new Date();
        await api.start();
      }
      const apiBack = await firstFilingAfter(target, lastKill);
      const filings = await load.stop();
      const retried = await Promise.all(filings.filter((filing) => filing.outcome === 'NO_ANSWER').map((filing) => fileProtest(target, filing.title, filing.idempotencyKey)));
      const answered = filings.filter((filing) => filing.outcome !== 'NO_ANSWER');
      results.push({ phase: 'api-kill', faults: api.kills, check: await checkDeadlineConsistency(databaseUrl), catchUpSeconds: null, backInServiceSeconds: seconds(lastKill, apiBack), filings: await filingsAudit([...answered, ...retried]) });
      log(results.at(-1)!);
    }
  } finally {
    await api.stop();
    await worker.stop();
    await hooks.stop();
    await mail.stop();
    await deleteQueueKeys(prefix).catch(() => 0);
  }

  const figures: Figure[] = results.flatMap((result) => [
    figure(`${result.phase}: deadlines due (ran out)`, result.check.figures.dueDeadlines, 'deadlines'),
    figure(`${result.phase}: MISSED`, result.check.figures.missedDeadlines, 'deadlines', `= ${result.check.figures.dueDeadlines}`, result.check.figures.missedDeadlines === result.check.figures.dueDeadlines),
    figure(`${result.phase}: missing`, result.check.missing, 'violations', '= 0', result.check.missing === 0),
    figure(`${result.phase}: doubled`, result.check.doubled, 'violations', '= 0', result.check.doubled === 0),
    figure(`${result.phase}: half-written`, result.check.halfWritten, 'violations', '= 0', result.check.halfWritten === 0),
    ...(result.backInServiceSeconds === null ? [] : [figure(`${result.phase}: back in service after the fault`, result.backInServiceSeconds, 's')]),
    ...(result.catchUpSeconds === null ? [] : [figure(`${result.phase}: caught up after fault/last due`, result.catchUpSeconds, 's')]),
    ...(result.filings ? [figure(`${result.phase}: filings duplicated`, result.filings.duplicated, 'titles', '= 0', result.filings.duplicated === 0)] : []),
  ]);
  printFigures(figures);
  writeResult('faults', {
    figures,
    phases: results.map(({ check, ...rest }) => ({ ...rest, violations: check.violations, checkFigures: check.figures })),
    notes: {
      deadlinesPerPhase: { workerKill: SCALE, redisRestart: SCALE / 2, pgRestart: SCALE / 2 },
      reconcileIntervalMs: RECONCILE_INTERVAL_MS,
      why: 'RECONCILE_INTERVAL_MS is lowered from the 5-minute default: after Redis restarts empty, the schedule is rebuilt only by the next reconcile.',
    },
  });
  if (!results.every((result) => result.check.ok && (result.filings?.duplicated ?? 0) === 0)) process.exitCode = 1;
}

function figure(benchmark: string, value: number, unit: string, goal = 'reported', met: boolean | null = null): Figure {
  return { benchmark, value, unit, baseline: null, ratio: null, goal, met };
}

function log(result: PhaseResult): void {
  const { check } = result;
  process.stdout.write(
    `${result.phase}: ${result.faults} faults; due ${check.figures.dueDeadlines}, missed ${check.figures.missedDeadlines}, missing ${check.missing}, doubled ${check.doubled}, half-written ${check.halfWritten}; ` +
      `back in service ${result.backInServiceSeconds ?? '—'} s, caught up ${result.catchUpSeconds ?? '—'} s${result.filings ? `; filings ${JSON.stringify(result.filings)}` : ''}\n`,
  );
  if (!check.ok) process.stdout.write(`  violations: ${JSON.stringify(check.violations, null, 2)}\n`);
}

async function firstFilingAfter(target: FilingTarget, since: Date): Promise<Date | null> {
  const until = Date.now() + CATCH_UP_TIMEOUT_MS;
  while (Date.now() < until) {
    const filing = await fileProtest(target, `Probe ${since.toISOString()} ${Date.now()}`, `probe-${Date.now()}-${Math.random()}`, 5_000);
    if (filing.outcome === 201) return new Date();
    await sleep(100);
  }
  return null;
}

/** `redis-cli shutdown nosave`, then a fresh redis-server without persistence on the same port. */
function restartRedis(): void {
  const port = new URL(REDIS_URL).port || '6379';
  execSync(`redis-cli -p ${port} shutdown nosave || true`, { stdio: 'inherit' });
  execSync(`redis-server --daemonize yes --bind 127.0.0.1 --port ${port} --save "" --appendonly no`, { stdio: 'inherit' });
}

/** The local cluster, as the machine runs it (/etc/postgresql/<version>/main). */
function restartPostgres(): void {
  const version = readdirSync('/etc/postgresql')[0];
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main restart`, { stdio: 'inherit' });
}

async function subscribeWebhooks(baseUrl: string, url: string): Promise<void> {
  const { prefix, hash } = generateApiKey();
  const [client] = await query<{ id: string }>(
    `INSERT INTO integration_clients (name, key_prefix, key_hash, scopes, office_ids)
     SELECT 'bench-faults', $1, $2, ARRAY[$3], ARRAY[id] FROM offices WHERE code = 'ALA' RETURNING id`,
    [prefix, hash, IntegrationScope.WEBHOOKS_READ],
  );
  const login = await fetch(`${baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await fetch(`${baseUrl}/admin/webhook-subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ clientId: client.id, url, events: ['deadline.missed'] }),
  });
  if (created.status !== 201) throw new Error(`webhook subscription: ${created.status} ${await created.text()}`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
