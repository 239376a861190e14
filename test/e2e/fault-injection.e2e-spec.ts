// Fault injection, small scale (issue 6): the API and the worker run as separate OS processes
// (TypeScript sources through test/support/ts-register.js, so no build is needed) against this
// file's own database and queue prefix. Each scenario injects one kind of fault while deadlines
// fall due — or filings are in flight — and ends with the offline consistency check
// (tools/fault-check) asserting an exact report: nothing missing, nothing doubled, nothing
// half-written. The shared servers are never restarted here (other test files run beside this
// one): Redis loses only this file's keys and connections, PostgreSQL only this database's backends.
// The full-scale version, with real server restarts, is `npm run bench:faults`.
import { loadConfig } from '@app/config';
import { dataSourceOptions, IntegrationScope } from '@app/persistence';
import { DEMO_PASSWORD, seedDemoData } from '../../tools/demo-data/seed-demo';
import Redis from 'ioredis';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { fileProtest, Filing, FilingTarget, startFilingLoad } from '../../bench/support/fault-load';
import { AppProcess, sleep } from '../../bench/support/fault-processes';
import { freePort } from '../../bench/support/write-path-child';
import { startDiscardingMailSink, startWebhookSink, WebhookSink } from '../../bench/support/fault-sinks';
import { cloneDeliveredProtests, ProtestTemplate } from '../../bench/support/fault-seed';
import { deliveredProtest, prosecutorSession } from '../../bench/support/write-path-seed';
import { checkDeadlineConsistency, ConsistencyReport } from '../../tools/fault-check/deadline-consistency';
import { createIntegrationClient } from '../support/factories';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');
const fromSources = (app: 'api' | 'worker') => ['-r', join(ROOT, 'test', 'support', 'ts-register.js'), join(ROOT, 'apps', app, 'src', 'main.ts')];
/** Every breach here goes to the district prosecutor and the district head, each by INBOX and EMAIL. */
const BREACH_NOTICES_PER_DEADLINE = 4;
/** Generous beside the ≈ 4 s BullMQ takes to hand back the jobs a killed worker held (lock 3 s + stalled check every 1 s, ADR 0013): the worker restarts too. */
const RECOVERY_TIMEOUT_MS = 120_000;

// A suite of scenarios, each seconds of real time; jest's default would cut the first one off.
jest.setTimeout(180_000);

describe('fault injection: kill -9, lost Redis state, severed PostgreSQL connections (API and worker as OS processes)', () => {
  let context: TestContext;
  let env: Record<string, string>;
  let api: AppProcess;
  let worker: AppProcess;
  let db: Client;
  let redis: Redis;
  let smtp: { readonly url: string; stop(): Promise<void> };
  let hooks: WebhookSink;
  let target: FilingTarget;
  let template: ProtestTemplate;
  /** Clones seeded so far; all of them have run out by the end of each scenario. */
  let seeded = 0;

  beforeAll(async () => {
    smtp = await startDiscardingMailSink();
    hooks = await startWebhookSink();
    context = await createTestContext();
    const { config } = context;
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: context.databaseUrl,
      REDIS_URL: config.REDIS_URL!,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      // The reconciler is what rebuilds a lost schedule: every 2 s here instead of every 5 minutes.
      RECONCILE_INTERVAL_MS: '2000',
      SHUTDOWN_GRACE_MS: '2000',
      RATE_LIMIT_MAX: '1000000',
      // The webhook sink listens on loopback, which a webhook reaches only when allowed.
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      DATABASE_POOL_SIZE: '5',
      WORKER_CONCURRENCY: '3', // the worker refuses a pool its jobs could exhaust (assertWorkerPoolFits)
    };
    loadConfig(env); // refuses a malformed variable here rather than in a child's stderr
    const seeding = await new DataSource(dataSourceOptions(context.databaseUrl, 1)).initialize();
    await seedDemoData(seeding);
    const client = await createIntegrationClient(seeding, { scopes: [IntegrationScope.WEBHOOKS_READ], officeCodes: ['ALA'], name: 'fault-injection' });
    await seeding.destroy();

    api = new AppProcess({ app: 'api', nodeArgs: fromSources('api'), env, cwd: ROOT, port: await freePort() });
    worker = new AppProcess({ app: 'worker', nodeArgs: fromSources('worker'), env, cwd: ROOT, port: await freePort() });
    await Promise.all([api.start(), worker.start()]);
    db = new Client({ connectionString: context.databaseUrl });
    await db.connect();
    redis = new Redis(config.REDIS_URL!);

    const session = await prosecutorSession(api.baseUrl);
    target = { baseUrl: api.baseUrl, token: session.token, caseId: session.caseId };
    template = await deliveredProtest(api.baseUrl, session);
    // Every breach is also a signed webhook to an integration that covers the Almaty office.
    const admin = await login('admin');
    const subscribed = await fetch(`${api.baseUrl}/admin/webhook-subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ clientId: client.id, url: hooks.url, events: ['deadline.missed'] }),
    });
    expect(subscribed.status).toBe(201);
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.end();
    if (redis && context) await deleteQueueKeys(context.config.QUEUE_PREFIX);
    redis?.disconnect();
    await hooks?.stop();
    await smtp?.stop();
    await context?.dispose();
  });

  async function login(user: string): Promise<string> {
    const response = await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  /** `count` more delivered protests, due from `leadMs` from now, one every `spacingMs`; answers when the last is due. */
  async function deadlinesFallingDue(count: number, leadMs: number, spacingMs: number): Promise<Date> {
    const firstDue = new Date(Date.now() + leadMs);
    await cloneDeliveredProtests(context.databaseUrl, template, count, firstDue, spacingMs);
    seeded += count;
    return new Date(firstDue.getTime() + (count - 1) * spacingMs);
  }

  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params)).rows[0].n;
  const missedSoFar = () => count(`SELECT count(*)::int AS n FROM deadlines WHERE status = 'MISSED'`);

  /** Waits until every deadline due by `lastDue` has been processed and the outbox is relayed. */
  async function engineCaughtUp(lastDue: Date): Promise<void> {
    await waitFor('every due deadline MISSED and the outbox relayed', async () => {
      const pending = await count(
        `SELECT (SELECT count(*) FROM deadlines WHERE status = 'OPEN' AND due_at <= $1) + (SELECT count(*) FROM outbox WHERE relayed_at IS NULL) AS n`,
        [lastDue],
      );
      return Number(pending) === 0 || undefined;
    }, { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 250 });
  }

  /** The offline check's exact verdict: every clone seeded so far ran out and was MISSED once, notified once. */
  async function expectConsistent(): Promise<ConsistencyReport> {
    const report = await checkDeadlineConsistency(context.databaseUrl);
    expect({ missing: report.missing, doubled: report.doubled, halfWritten: report.halfWritten, violations: report.violations }).toEqual({
      missing: 0,
      doubled: 0,
      halfWritten: 0,
      violations: {},
    });
    expect(report.figures).toMatchObject({
      dueDeadlines: seeded,
      missedDeadlines: seeded,
      breachNotices: BREACH_NOTICES_PER_DEADLINE * seeded,
      breachWebhookDeliveries: seeded,
      outboxUnrelayed: 0,
    });
    expect(report.figures.auditRowsVerified).toBeGreaterThan(3 * seeded);
    return report;
  }

  async function deleteQueueKeys(prefix: string): Promise<number> {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  }

  /** CLIENT KILL of every connection the process holds to Redis (found by its local ports). */
  async function killRedisConnectionsOf(app: AppProcess): Promise<number> {
    const ports = new Set(app.connectionsTo(Number(new URL(context.config.REDIS_URL!).port || 6379)));
    const clients = String(await redis.client('LIST')).split('\n');
    let killed = 0;
    for (const line of clients) {
      const id = /(?:^| )id=(\d+)/.exec(line)?.[1];
      const port = Number(/ addr=\S+:(\d+) /.exec(line)?.[1]);
      if (id && ports.has(port)) killed += Number(await redis.client('KILL', 'ID', id));
    }
    return killed;
  }

  /** Severs every connection to this file's database but the caller's own; answers how many. */
  const terminateBackends = () =>
    count(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);

  it('kill -9 of the worker, again and again while deadlines fall due: each is MISSED once at its due instant, its breach notified once', async () => {
    const lastDue = await deadlinesFallingDue(240, 1_500, 35);
    // Killed at different points: relaying the outbox before anything is due, then in the middle of
    // due jobs. Each kill leaves the jobs it cut off locked in Redis for the worker's lock duration
    // (WORKER_LOCK_DURATION_MS, 3 s); the next worker's stalled-job check hands them out again.
    const missedAtKills: number[] = [];
    for (const runMs of [600, 1_500, 1_200, 1_000]) {
      await sleep(runMs);
      missedAtKills.push(await missedSoFar());
      await worker.kill();
      await worker.start();
    }
    expect(worker.kills).toBe(4);
    // The kills struck while the deadlines were falling due, some missed already, others not yet.
    expect(missedAtKills.some((missed) => missed > 0 && missed < seeded)).toBe(true);
    await engineCaughtUp(lastDue);
    await expectConsistent();
  });

  it('Redis loses this queue’s every key and the worker’s connections: the worker reconnects, the reconciler reschedules, nothing is lost', async () => {
    const before = await missedSoFar();
    const lastDue = await deadlinesFallingDue(120, 2_000, 50);
    const pid = worker.pid;
    await waitFor('the first of the new deadlines to be missed', async () => (await missedSoFar()) >= before + 20 || undefined, { timeoutMs: 30_000, intervalMs: 50 });
    expect(await deleteQueueKeys(context.config.QUEUE_PREFIX)).toBeGreaterThan(0);
    expect(await killRedisConnectionsOf(worker)).toBeGreaterThan(0);
    expect(await missedSoFar()).toBeLessThan(seeded);
    await engineCaughtUp(lastDue);
    expect({ pid: worker.pid, running: worker.running }).toEqual({ pid, running: true }); // recovered by itself, not restarted
    await expectConsistent();
  });

  it('PostgreSQL connections severed under load: the API keeps filing and the worker keeps firing deadlines, each on its own', async () => {
    const lastDue = await deadlinesFallingDue(150, 1_500, 50);
    const pids = { api: api.pid, worker: worker.pid };
    const load = startFilingLoad(target, { concurrency: 4, titlePrefix: 'Severed' });
    let severed = 0;
    for (let round = 0; round < 4; round += 1) {
      await sleep(1_500);
      severed += await terminateBackends();
    }
    expect(await missedSoFar()).toBeLessThan(seeded); // severed while deadlines were still falling due
    const filings = await load.stop();
    expect(severed).toBeGreaterThan(0);
    // Recovered without a restart: new filings succeed, the deadlines that fell due are all missed.
    await waitFor('a filing to succeed again', async () => (await fileProtest(target, `After severing ${Date.now()}`, `after-${Date.now()}`)).outcome === 201 || undefined, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    const after = await Promise.all([1, 2, 3, 4, 5].map((n) => fileProtest(target, `After severing, ${n}`, `after-severing-${n}`)));
    expect(after.map((filing) => filing.outcome)).toEqual([201, 201, 201, 201, 201]);
    await engineCaughtUp(lastDue);
    expect({ api: api.pid, worker: worker.pid, running: api.running && worker.running }).toEqual({ ...pids, running: true });
    await expectFilingsAllOrNothing(filings);
    await expectConsistent();
  });

  it('kill -9 of the API with filings in flight: each filing exists whole or not at all, and a retry with its Idempotency-Key never files twice', async () => {
    const load = startFilingLoad(target, { concurrency: 6, titlePrefix: 'Cut off' });
    await waitFor('filings to flow', () => load.filings.filter((filing) => filing.outcome === 201).length >= 20 || undefined, { timeoutMs: 30_000, intervalMs: 20 });
    await api.kill();
    const cutOff = load.filings.length;
    await api.start();
    await waitFor('filings to flow again', () => load.filings.slice(cutOff).filter((filing) => filing.outcome === 201).length >= 10 || undefined, { timeoutMs: 30_000, intervalMs: 20 });
    const filings = await load.stop();
    const unanswered = filings.filter((filing) => filing.outcome === 'NO_ANSWER');
    expect(unanswered.length).toBeGreaterThan(0); // requests were cut off by the kill
    // The retry of a request the kill cut off: filed now (it never began), or refused as unfinished
    // (it began; whether its act exists, the client must look) — never a second act.
    const retried = await Promise.all(unanswered.map((filing) => fileProtest(target, filing.title, filing.idempotencyKey)));
    expect([...new Set(retried.map((filing) => filing.outcome))].filter((outcome) => outcome !== 201 && outcome !== 409)).toEqual([]);
    await expectFilingsAllOrNothing([...filings.filter((filing) => filing.outcome !== 'NO_ANSWER'), ...retried]);
    await expectConsistent();
  });

  /**
   * Filing is one transaction (act, FILED history row, 'act.filed' audit row): an act exists with
   * every part or not at all — the consistency check proves the parts — and never twice per
   * request. An act answered 201 exists, as a DRAFT at version 1.
   */
  async function expectFilingsAllOrNothing(filings: Filing[]): Promise<void> {
    const titles = filings.map((filing) => filing.title);
    const { rows } = await db.query<{ id: string; title: string; state: string; version: number }>(`SELECT id, title, state, version FROM acts WHERE title = ANY($1)`, [titles]);
    const perTitle = new Map<string, number>();
    for (const row of rows) perTitle.set(row.title, (perTitle.get(row.title) ?? 0) + 1);
    expect([...perTitle.entries()].filter(([, n]) => n > 1)).toEqual([]);
    const answered = filings.filter((filing) => filing.outcome === 201);
    expect(answered.every((filing) => rows.some((row) => row.id === filing.actId))).toBe(true);
    expect(rows.filter((row) => row.state !== 'DRAFT' || row.version !== 1)).toEqual([]);
  }
});
