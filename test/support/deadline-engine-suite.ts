import { FixedClock } from '@app/config';
import { escalationAt, KZ_PRODUCTION_CALENDAR } from '@app/domain';
import { ActEntity, SYSTEM_ACTOR, verifyAuditChain } from '@app/persistence';
import { jobIds, QueueName, queueOptions } from '@app/queue';
import { ActTransitions } from '@app/workflow';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { DeadlineReconciler } from '../../apps/worker/src/deadlines/deadline-reconciler.service';
import { DeadlineEngine } from '../../apps/worker/src/deadlines/deadline-engine.service';
import { DueBacklog } from '../../apps/worker/src/due-backlog';
import { ApiHarness } from './api-harness';
import { waitFor } from './wait-for';
import { ACT_TEXT } from './act-text';

const T0 = new Date('2026-03-20T06:00:00Z'); // 20.03.2026 11:00 Almaty
const ISSUED = new Date('2026-03-11T06:00:00Z');
const RECEIVED = '2026-03-12T05:00:00Z'; // protest due at the end of 26.03.2026 = 2026-03-26T19:00Z
const DUE = new Date('2026-03-26T19:00:00Z');

/**
 * The deadline engine's suite, run on every queue backend that ships (docs/adr/0012): Redis
 * (production, docker-compose, CI) and BullMQ's PostgreSQL backend, which `npm start` falls back to
 * without a redis-server (docs/adr/0001). One test file per backend: BullMQ's backend factory is
 * process-wide, and jest gives each file its own module registry.
 */
export function deadlineEngineSuite(backend: 'redis' | 'postgres'): void {
  describe(`deadline engine (real PostgreSQL, queue backend: ${backend})`, () => {
    const clock = new FixedClock(T0);
    let api: ApiHarness;
    let worker: INestApplication;
    let queue: Queue;
    let caseId: string;
    let counter = 0;

    const startWorker = async () => {
      worker = await createWorkerApp(api.context.config, clock);
      await worker.init();
    };

    beforeAll(async () => {
      api = await ApiHarness.start({ clock, config: { QUEUE_BACKEND: backend } });
      await startWorker();
      const { config } = api.context;
      queue = new Queue(QueueName.DEADLINES, queueOptions(config, 'producer'));
      caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-ENGINE');
    });
    afterAll(async () => {
      await queue?.close();
      await worker?.close();
      await api?.stop();
    });
    beforeEach(() => clock.set(T0));

    const fire = async (login: string, actId: string, event: string, payload: object = {}) =>
      api.http.post(`/api/v1/acts/${actId}/events`).set(await api.as(login)).send({ event, payload });

    /** A delivered protest and its consideration deadline, scheduled by the worker's outbox relay. */
    async function deliveredProtest(): Promise<{ actId: string; deadlineId: string; version: number }> {
      const headers = await api.as('bostandyk.prosecutor');
      // Issued before it was received (a receipt earlier than the issue is refused).
      clock.set(ISSUED);
      const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: `Protest ${(counter += 1)}`, addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT });
      await fire('bostandyk.prosecutor', filed.body.id, 'ISSUE');
      clock.set(T0);
      const delivered = await fire('bostandyk.prosecutor', filed.body.id, 'DELIVERY_CONFIRMED', { receivedAt: RECEIVED });
      const deadlineId = delivered.body.deadlines[0].id as string;
      const [{ version }] = await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]);
      await waitFor('the outbox relay', async () => (await queue.getJob(jobIds.due(deadlineId, version))) ?? undefined);
      return { actId: filed.body.id, deadlineId, version };
    }

    const notices = (deadlineId: string) =>
      api.dataSource.query(
        `SELECT n.step, n.channel, u.login FROM notices n JOIN users u ON u.id = n.recipient_user_id WHERE n.deadline_id = $1 ORDER BY n.created_at, n.step, u.login, n.channel`,
        [deadlineId],
      ) as Promise<Array<{ step: string; channel: string; login: string }>>;

    /** Moves the clock to the job's instant and runs it now, as BullMQ would when its delay ends. */
    async function runAt(job: Job, at: Date): Promise<void> {
      clock.set(at);
      await job.promote();
      await waitFor(`job ${job.id} to finish`, async () => ((await queue.getJob(job.id!))?.finishedOn ? true : undefined));
      const finished = await queue.getJob(job.id!);
      if (finished?.failedReason) throw new Error(`job ${job.id} failed: ${finished.failedReason}`);
    }

    it(`keeps its jobs on the ${backend} backend, and only there`, async () => {
      const { deadlineId, version } = await deliveredProtest();
      const redis = new Redis(api.context.config.REDIS_URL!);
      const redisKeys = await redis.keys(`${api.context.config.QUEUE_PREFIX}:*`).finally(() => redis.disconnect());
      const [{ tables }] = (await api.dataSource.query(`SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'bullmq'`)) as Array<{ tables: number }>;
      if (backend === 'redis') {
        expect(redisKeys).toContain(`${api.context.config.QUEUE_PREFIX}:${QueueName.DEADLINES}:${jobIds.due(deadlineId, version)}`);
        expect(tables).toBe(0);
      } else {
        expect(redisKeys).toEqual([]);
        expect(tables).toBeGreaterThan(0);
      }
    });

    it('schedules after commit: deterministic versioned ids, delays to the statutory instants', async () => {
      const { deadlineId, version } = await deliveredProtest();
      const expected = [
        [jobIds.remind(deadlineId, version, 'REMIND_3D'), '2026-03-23T19:00:00.000Z'],
        [jobIds.remind(deadlineId, version, 'REMIND_1D'), '2026-03-25T19:00:00.000Z'],
        [jobIds.remind(deadlineId, version, 'REMIND_LAST_DAY'), '2026-03-26T04:00:00.000Z'],
        [jobIds.due(deadlineId, version), DUE.toISOString()],
      ];
      for (const [id, fireAt] of expected) {
        const job = await queue.getJob(id);
        expect(job && job.id).toBe(id);
        expect(job!.id).not.toContain(':');
        expect(job!.opts.delay).toBe(Date.parse(fireAt) - T0.getTime());
      }
    });

    it('reminders fire in order and notify the responsible prosecutor once per step and channel', async () => {
      const { deadlineId, version } = await deliveredProtest();
      for (const [step, at] of [['REMIND_3D', '2026-03-23T19:00:01Z'], ['REMIND_1D', '2026-03-25T19:00:01Z'], ['REMIND_LAST_DAY', '2026-03-26T04:00:01Z']] as const) {
        await runAt((await queue.getJob(jobIds.remind(deadlineId, version, step)))!, new Date(at));
      }
      expect(await notices(deadlineId)).toEqual([
        { step: 'REMIND_3D', channel: 'EMAIL', login: 'bostandyk.prosecutor' },
        { step: 'REMIND_3D', channel: 'INBOX', login: 'bostandyk.prosecutor' },
        { step: 'REMIND_1D', channel: 'EMAIL', login: 'bostandyk.prosecutor' },
        { step: 'REMIND_1D', channel: 'INBOX', login: 'bostandyk.prosecutor' },
        { step: 'REMIND_LAST_DAY', channel: 'EMAIL', login: 'bostandyk.prosecutor' },
        { step: 'REMIND_LAST_DAY', channel: 'INBOX', login: 'bostandyk.prosecutor' },
      ]);
      const [inbox] = await api.dataSource.query(`SELECT body FROM notices WHERE deadline_id = $1 AND step = 'REMIND_1D' AND channel = 'INBOX'`, [deadlineId]);
      expect(inbox.body.ru).toContain('26.03.2026 24:00 (время Алматы), осталось 1 дн.; ст. 19 п. 3\n/acts/');
      expect(inbox.body.kk).toContain('1 күн қалды');
    });

    it('the due job marks the deadline missed at its original due instant, moves the act to OVERDUE, notifies, and schedules escalation', async () => {
      const { actId, deadlineId, version } = await deliveredProtest();
      await runAt((await queue.getJob(jobIds.due(deadlineId, version)))!, new Date('2026-03-27T06:00:00Z'));
      const [row] = await api.dataSource.query('SELECT status, missed_at, escalation_level, version FROM deadlines WHERE id = $1', [deadlineId]);
      expect(row).toMatchObject({ status: 'MISSED', missed_at: DUE, escalation_level: 1 });
      const act = await api.dataSource.getRepository(ActEntity).findOneByOrFail({ id: actId });
      expect(act.state).toBe('OVERDUE');
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH').map((n) => `${n.login}/${n.channel}`)).toEqual([
        'bostandyk.head/EMAIL',
        'bostandyk.head/INBOX',
        'bostandyk.prosecutor/EMAIL',
        'bostandyk.prosecutor/INBOX',
      ]);
      const level2 = await waitFor('escalation level 2 to be scheduled', async () => (await queue.getJob(jobIds.escalate(deadlineId, row.version, 2))) ?? undefined);
      const expectedAt = escalationAt(DUE, 2, KZ_PRODUCTION_CALENDAR, { immediate: false });
      expect(level2.timestamp + level2.opts.delay!).toBeGreaterThan(0);
      expect(level2.opts.delay).toBe(Math.max(0, expectedAt.getTime() - new Date('2026-03-27T06:00:00Z').getTime()));
    });

    it('a reminder or an escalation run before its instant (promoted by hand) notifies nobody and waits for its instant', async () => {
      const { deadlineId, version } = await deliveredProtest();
      const engine = worker.get(DeadlineEngine);
      // REMIND_3D is due 2026-03-23T19:00Z; at T0 (20.03) it is three days early.
      expect(await engine.remind({ deadlineId, version, step: 'REMIND_3D' })).toEqual({ done: false, reason: 'NOT_YET', retryAt: new Date('2026-03-23T19:00:00Z') });
      // A step this deadline's plan does not have is not sent at all.
      expect(await engine.remind({ deadlineId, version, step: 'REMIND_12H' })).toEqual({ done: false, reason: 'STALE' });
      // Promoted in Redis, the job runs, finds itself early and goes back to wait.
      const job = (await queue.getJob(jobIds.remind(deadlineId, version, 'REMIND_3D')))!;
      await job.promote();
      await waitFor('the promoted reminder to run and be delayed again', async () => {
        const again = await queue.getJob(job.id!);
        return again && again.attemptsStarted > 0 && (await again.getState()) === 'delayed' ? true : undefined;
      });
      expect(await notices(deadlineId)).toEqual([]);

      await runAt((await queue.getJob(jobIds.due(deadlineId, version)))!, new Date('2026-03-27T06:00:00Z'));
      const afterMiss = (await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]))[0].version;
      const level2 = await waitFor('level 2', async () => (await queue.getJob(jobIds.escalate(deadlineId, afterMiss, 2))) ?? undefined);
      // Level 2 is due 2026-03-29T19:00Z; at 27.03 it is early.
      expect(await engine.escalate(level2.data)).toEqual({ done: false, reason: 'NOT_YET', retryAt: new Date('2026-03-29T19:00:00Z') });
      expect((await notices(deadlineId)).filter((n) => n.step.startsWith('ESCALATION_2'))).toEqual([]);
    });

    it('escalation climbs the tree office by office and stops once the deadline is met', async () => {
      const { actId, deadlineId, version } = await deliveredProtest();
      await runAt((await queue.getJob(jobIds.due(deadlineId, version)))!, new Date('2026-03-27T06:00:00Z'));
      const afterMiss = (await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]))[0].version;
      const level2 = await waitFor('level 2', async () => (await queue.getJob(jobIds.escalate(deadlineId, afterMiss, 2))) ?? undefined);
      // Breach at 24:00 on Thursday 26.03 → level 2 one working day on (Monday 30.03 00:00), level 3 the day after.
      const level2At = escalationAt(DUE, 2, KZ_PRODUCTION_CALENDAR, { immediate: false });
      expect(level2At.toISOString()).toBe('2026-03-29T19:00:00.000Z');
      await runAt(level2, level2At);
      expect((await notices(deadlineId)).filter((n) => n.step === 'ESCALATION_2' && n.channel === 'INBOX').map((n) => n.login)).toEqual(['almaty.head']);

      const afterLevel2 = (await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]))[0].version;
      const level3 = await waitFor('level 3', async () => (await queue.getJob(jobIds.escalate(deadlineId, afterLevel2, 3))) ?? undefined);
      expect(level3.opts.delay).toBe(24 * 3_600_000);
      // The addressee answers, late: the missed clock is met, and escalation stops before the GPO.
      clock.set(new Date('2026-03-30T06:00:00Z'));
      const answered = await fire('bostandyk.prosecutor', actId, 'OUTCOME_REJECTED', { decidedAt: '2026-03-30T05:00:00Z' });
      expect(answered.body.deadlines[0]).toMatchObject({ status: 'MISSED', metAt: '2026-03-30T05:00:00.000Z' });
      await waitFor('the level-3 job to be removed', async () => ((await queue.getJob(level3.id!)) ? undefined : true));
      expect(await worker.get(DeadlineEngine).escalate(level3.data)).toEqual({ done: false, reason: 'STALE' });
      expect((await notices(deadlineId)).some((n) => n.step === 'ESCALATION_3')).toBe(false);
    });

    it('meeting a deadline removes its pending jobs; a stale job that fires anyway does nothing', async () => {
      const { actId, deadlineId, version } = await deliveredProtest();
      const due = (await queue.getJob(jobIds.due(deadlineId, version)))!;
      clock.set(new Date('2026-03-24T06:00:00Z'));
      expect((await fire('bostandyk.prosecutor', actId, 'OUTCOME_SATISFIED', { decidedAt: '2026-03-24T05:00:00Z' })).status).toBe(200);
      await waitFor('superseded jobs to be removed', async () => ((await queue.getJob(jobIds.remind(deadlineId, version, 'REMIND_1D'))) ? undefined : true));
      expect(await queue.getJob(jobIds.due(deadlineId, version))).toBeUndefined();
      // The old due job, had it fired: the deadline is MET at a newer version, so nothing happens.
      const outcome = await worker.get(DeadlineEngine).due(due.data);
      expect(outcome).toEqual({ done: false, reason: 'STALE' });
      expect(await notices(deadlineId)).toEqual([]);
    });

    it('a rolled-back transition schedules nothing', async () => {
      const headers = await api.as('bostandyk.prosecutor');
      clock.set(ISSUED);
      const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Rolled back', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT });
      await fire('bostandyk.prosecutor', filed.body.id, 'ISSUE');
      clock.set(T0);
      const before = (await api.dataSource.query('SELECT count(*)::int AS n FROM outbox'))[0].n;
      await expect(
        api.dataSource.transaction(async (manager) => {
          const act = await manager.findOneByOrFail(ActEntity, { id: filed.body.id });
          await api.app.get(ActTransitions).apply(manager, {
            act,
            event: 'DELIVERY_CONFIRMED' as never,
            payload: { receivedAt: RECEIVED },
            actor: { role: 'PROSECUTOR', officeRelation: 'SAME_OFFICE' },
            auditActor: SYSTEM_ACTOR,
            expectedVersion: act.version,
            now: clock.now(),
          });
          throw new Error('something later in the transaction failed');
        }),
      ).rejects.toThrow('something later');
      expect((await api.dataSource.query('SELECT count(*)::int AS n FROM outbox'))[0].n).toBe(before);
      expect(await api.dataSource.query('SELECT id FROM deadlines WHERE act_id = $1', [filed.body.id])).toEqual([]);
    });

    /** Every job of this run gone, as after a Redis restart without persistence (or a queue schema dropped). */
    async function loseEveryJob(): Promise<void> {
      if (backend === 'postgres') {
        await queue.obliterate({ force: true });
        return;
      }
      // FLUSHALL for this test's namespace only: other test files share the Redis server.
      const redis = new Redis(api.context.config.REDIS_URL!);
      const keys = await redis.keys(`${api.context.config.QUEUE_PREFIX}:*`);
      if (keys.length) await redis.unlink(...keys);
      redis.disconnect();
    }

    it('after the queue loses every job of this run, reconciliation reschedules all open deadlines; no notice is lost or doubled', async () => {
      const protests = [await deliveredProtest(), await deliveredProtest()];
      const { deadlineId, version } = protests[0];
      await runAt((await queue.getJob(jobIds.remind(deadlineId, version, 'REMIND_3D')))!, new Date('2026-03-23T19:00:01Z'));
      const noticesBefore = await notices(deadlineId);
      await loseEveryJob();
      expect(await queue.getJob(jobIds.due(deadlineId, version))).toBeUndefined();

      const report = await worker.get(DeadlineReconciler).reconcile();
      expect(report.recreated).toBeGreaterThanOrEqual(2 * 3); // REMIND_1D, LAST_DAY and the due job of each
      for (const p of protests) expect(await queue.getJob(jobIds.due(p.deadlineId, p.version))).toBeDefined();
      expect(await queue.getJob(jobIds.remind(deadlineId, version, 'REMIND_3D'))).toBeUndefined(); // its time has passed
      expect((await worker.get(DeadlineReconciler).reconcile()).recreated).toBe(0);
      await runAt((await queue.getJob(jobIds.due(deadlineId, version)))!, new Date('2026-03-27T06:00:00Z'));
      const after = await notices(deadlineId);
      expect(after.filter((n) => n.step === 'REMIND_3D')).toEqual(noticesBefore);
      expect(after.filter((n) => n.step === 'BREACH')).toHaveLength(4);
    });

    // Redis alone: a connection dropped by a Redis restart, and BullMQ's Redis structures edited by hand.
    if (backend === 'redis') {
      it('when Redis comes back empty, the worker rebuilds the schedule as soon as it reconnects, not at the next periodic tick', async () => {
        const { deadlineId, version } = await deliveredProtest();
        const id = jobIds.due(deadlineId, version);
        const redis = new Redis(api.context.config.REDIS_URL!);
        try {
          const keys = await redis.keys(`${api.context.config.QUEUE_PREFIX}:*`);
          if (keys.length) await redis.unlink(...keys);
          expect(await queue.getJob(id)).toBeUndefined();
          // Drop the worker's queue connection, as a Redis restart would (the periodic reconcile is minutes away).
          const client = (await worker.get<Queue>(getQueueToken(QueueName.DEADLINES)).getBackend().client) as unknown as { stream: { localPort: number } };
          expect(api.context.config.RECONCILE_INTERVAL_MS).toBeGreaterThanOrEqual(60_000);
          await redis.call('CLIENT', 'KILL', 'ADDR', `127.0.0.1:${client.stream.localPort}`);
        } finally {
          redis.disconnect();
        }
        await waitFor('the due job to be scheduled again', async () => (await queue.getJob(id)) ?? undefined);
      });

      it('a due job BullMQ gave up on (failed for good) is added again by the reconciler, and the deadline is still missed', async () => {
        const { deadlineId, version } = await deliveredProtest();
        const id = jobIds.due(deadlineId, version);
        // What BullMQ leaves when a job exhausts its attempts or stalls twice: the job, in the failed set.
        const redis = new Redis(api.context.config.REDIS_URL!);
        const key = (suffix: string) => `${api.context.config.QUEUE_PREFIX}:${QueueName.DEADLINES}:${suffix}`;
        await redis.zrem(key('delayed'), id);
        await redis.zadd(key('failed'), Date.now(), id);
        await redis.hset(key(id), 'failedReason', 'stalled more than allowable limit', 'finishedOn', String(Date.now()));
        redis.disconnect();
        expect(await (await queue.getJob(id))!.getState()).toBe('failed');

        expect((await worker.get(DeadlineReconciler).reconcile()).recreated).toBeGreaterThanOrEqual(1);
        const again = (await queue.getJob(id))!;
        expect(await again.getState()).toBe('delayed');
        expect(again.failedReason ?? null).toBeNull();
        await runAt(again, new Date('2026-03-27T06:00:00Z'));
        const [row] = await api.dataSource.query('SELECT status, missed_at FROM deadlines WHERE id = $1', [deadlineId]);
        expect(row).toEqual({ status: 'MISSED', missed_at: DUE });
        expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
      });
    }

    it('a clock answered after its due instant, before the engine got to it, is MISSED all the same: the breach is notified once, the act is not moved', async () => {
      const { actId, deadlineId } = await deliveredProtest();
      clock.set(new Date('2026-03-27T06:00:00Z')); // the term ended 26.03 at 24:00; its due job has not run
      const answered = await fire('bostandyk.prosecutor', actId, 'OUTCOME_REJECTED', { decidedAt: '2026-03-27T05:00:00Z' });
      expect(answered.status).toBe(200);
      expect(answered.body.state).toBe('REJECTED');
      expect(answered.body.deadlines[0]).toMatchObject({ status: 'MISSED', missedAt: DUE.toISOString(), metAt: '2026-03-27T05:00:00.000Z' });

      // The relay plans the breach at once (level 0: not yet recorded); the engine records it.
      await waitFor('the breach to be recorded', async () => ((await notices(deadlineId)).some((n) => n.step === 'BREACH') ? true : undefined));
      const [row] = await api.dataSource.query('SELECT status, missed_at, escalation_level FROM deadlines WHERE id = $1', [deadlineId]);
      expect(row).toEqual({ status: 'MISSED', missed_at: DUE, escalation_level: 1 });
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
      const history = await api.dataSource.query('SELECT event FROM act_transitions WHERE act_id = $1 ORDER BY version', [actId]);
      expect(history.map((h: { event: string }) => h.event)).not.toContain('TERM_MISSED'); // answered: a record, not an event
      const audit = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [actId]);
      expect(audit.map((a: { action: string }) => a.action).filter((a: string) => a === 'deadline.missed')).toHaveLength(1);
      expect((await api.dataSource.query('SELECT state FROM acts WHERE id = $1', [actId]))[0].state).toBe('REJECTED');
    });

    it('a running clock whose act ends after its due instant, before the engine got to it, is MISSED, not CANCELLED', async () => {
      const { actId, deadlineId } = await deliveredProtest();
      clock.set(new Date('2026-03-28T06:00:00Z'));
      const withdrawn = await fire('bostandyk.prosecutor', actId, 'WITHDRAW', { summary: 'withdrawn after the term ran out' });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.deadlines[0]).toMatchObject({ status: 'MISSED', missedAt: DUE.toISOString(), metAt: null });
      await waitFor('the breach to be recorded', async () => ((await notices(deadlineId)).some((n) => n.step === 'BREACH') ? true : undefined));
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
      const [row] = await api.dataSource.query('SELECT status, escalation_level FROM deadlines WHERE id = $1', [deadlineId]);
      expect(row).toEqual({ status: 'MISSED', escalation_level: 1 });
      // The act has ended: no escalation is planned.
      expect(await queue.getJob(jobIds.escalate(deadlineId, (await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]))[0].version, 2))).toBeUndefined();
    });

    it('a running clock whose act ends before its due instant is CANCELLED, and nothing is notified', async () => {
      const { actId, deadlineId } = await deliveredProtest();
      const withdrawn = await fire('bostandyk.prosecutor', actId, 'WITHDRAW', { summary: 'the violation was remedied' });
      expect(withdrawn.body.deadlines[0]).toMatchObject({ status: 'CANCELLED', missedAt: null });
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toEqual([]);
    });

    it('a job retried after a crash, or run by two workers at once, notifies exactly once', async () => {
      const { deadlineId, version } = await deliveredProtest();
      clock.set(new Date('2026-03-27T06:00:00Z'));
      const engine = worker.get(DeadlineEngine);
      const outcomes = await Promise.all([engine.due({ deadlineId, version }), engine.due({ deadlineId, version })]);
      expect(outcomes.filter((o) => o.done)).toHaveLength(1);
      expect(await engine.due({ deadlineId, version })).toEqual({ done: false, reason: 'STALE' });
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
    });

    it('a deadline that ran out while the worker was down is caught up at start: missed at its original due time', async () => {
      const { deadlineId, version } = await deliveredProtest();
      await worker.close();
      await queue.remove(jobIds.due(deadlineId, version)); // Redis lost it too
      clock.set(new Date('2026-04-02T06:00:00Z'));
      await startWorker(); // reconciles at start: the due job is added with no delay
      await waitFor('the missed deadline to be caught up', async () => {
        const [row] = await api.dataSource.query('SELECT status, missed_at FROM deadlines WHERE id = $1', [deadlineId]);
        return row.status === 'MISSED' ? row : undefined;
      });
      const [row] = await api.dataSource.query('SELECT missed_at FROM deadlines WHERE id = $1', [deadlineId]);
      expect(row.missed_at).toEqual(DUE);
      expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
    });

    it('re-plans the jobs of a deadline a calendar edit moved (docs/adr/0011): the new version due at the new instant, the old jobs gone', async () => {
      const { deadlineId, version } = await deliveredProtest();
      const holiday = { id: 'TEST-2026-03-26', kind: 'HOLIDAY', date: '2026-03-26', label: { kk: 'Сынақ', ru: 'Тест', en: 'Test' }, source: { kk: 'а', ru: 'б', en: 'Test decree' }, status: 'ADOPTED' };
      await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(holiday).expect(201);
      const moved = await waitFor('the re-planned due job', async () => (await queue.getJob(jobIds.due(deadlineId, version + 1))) ?? undefined);
      expect(moved.opts.delay).toBe(Date.parse('2026-03-27T19:00:00.000Z') - T0.getTime());
      expect((await queue.getJob(jobIds.remind(deadlineId, version + 1, 'REMIND_LAST_DAY')))?.opts.delay).toBe(Date.parse('2026-03-27T04:00:00.000Z') - T0.getTime());
      await waitFor('the old due job removed', async () => ((await queue.getJob(jobIds.due(deadlineId, version))) ? undefined : true));
      await api.http.delete('/api/v1/calendar/entries/TEST-2026-03-26').set(await api.as('admin')).expect(200);
    });

    describe('batches of deadlines due together (ADR 0013)', () => {
      const AFTER_DUE = new Date('2026-03-27T06:00:00Z');
      const state = async (deadlineId: string) => (await api.dataSource.query('SELECT d.status, a.state FROM deadlines d JOIN acts a ON a.id = d.act_id WHERE d.id = $1', [deadlineId]))[0] as { status: string; state: string };
      /** A deadline the engine cannot mark: its statute edition has no rule for it, so its breach notice has no text. */
      const breakRule = (deadlineId: string) => api.dataSource.query(`UPDATE deadlines SET edition_id = 'KZ-NO-SUCH-EDITION' WHERE id = $1`, [deadlineId]);
      const mendRule = (deadlineId: string) => api.dataSource.query(`UPDATE deadlines SET edition_id = 'KZ-2709@2016-12-28' WHERE id = $1`, [deadlineId]);

      it('marks a batch in one transaction, set-based: each deadline MISSED, each act OVERDUE, every breach notified, the audit chain intact', async () => {
        const protests = [await deliveredProtest(), await deliveredProtest(), await deliveredProtest()];
        clock.set(AFTER_DUE);
        const outcomes = await worker.get(DeadlineEngine).dueBatch(protests.map(({ deadlineId, version }) => ({ deadlineId, version })));
        expect(outcomes).toEqual(protests.map(() => ({ done: true, noticesRecorded: 4 })));
        for (const { deadlineId } of protests) {
          expect(await state(deadlineId)).toEqual({ status: 'MISSED', state: 'OVERDUE' });
          expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
        }
        // One transaction: every audit row of the batch carries its start instant (now()).
        const audited: Array<{ instants: number; rows: number }> = await api.dataSource.query(
          `SELECT count(DISTINCT occurred_at)::int AS instants, count(*)::int AS rows FROM audit_log WHERE action = 'act.transitioned' AND after->>'event' = 'TERM_MISSED' AND entity_id = ANY($1)`,
          [protests.map(({ actId }) => actId)],
        );
        expect(audited).toEqual([{ instants: 1, rows: 3 }]);
        expect((await verifyAuditChain(api.dataSource)).firstBroken).toBeNull();
        // Run again (a retried job): nothing more is written or notified.
        expect(await worker.get(DeadlineEngine).dueBatch(protests.map(({ deadlineId, version }) => ({ deadlineId, version })))).toEqual(protests.map(() => ({ done: false, reason: 'STALE' })));
      });

      it('two clocks of one act in one batch: the second round finds the act as the first left it (its version rises twice)', async () => {
        const protest = await deliveredProtest();
        // A second clock of the same act, due at the same instant, that records its miss on the act only.
        const [{ id: second, version: secondVersion }] = await api.dataSource.query(
          `INSERT INTO deadlines (act_id, office_id, office_path, kind, status, runs_against, triggered_at, due_at, internal_target_at, met_at, missed_at, citation, edition_id, explanation, fires_term_missed, ledger, version, escalation_level)
           SELECT act_id, office_id, office_path, 'SUBMISSION_CONSIDERATION', status, runs_against, triggered_at, due_at, internal_target_at, met_at, missed_at, citation, edition_id, explanation, false, ledger, version, escalation_level
             FROM deadlines WHERE id = $1 RETURNING id, version`,
          [protest.deadlineId],
        );
        const [{ version: before }] = await api.dataSource.query('SELECT version FROM acts WHERE id = $1', [protest.actId]);
        clock.set(AFTER_DUE);
        // The record-only clock first: the act's TERM_MISSED comes in the second round, guarded by
        // the version the first round wrote (a stale one fails the whole batch: ActVersionConflict).
        const outcomes = await worker.get(DeadlineEngine).dueBatch([
          { deadlineId: second, version: secondVersion },
          { deadlineId: protest.deadlineId, version: protest.version },
        ]);
        expect(outcomes).toEqual([
          { done: true, noticesRecorded: 4 },
          { done: true, noticesRecorded: 4 },
        ]);
        expect(await state(protest.deadlineId)).toEqual({ status: 'MISSED', state: 'OVERDUE' });
        expect(await state(second)).toEqual({ status: 'MISSED', state: 'OVERDUE' });
        const [{ version: after }] = await api.dataSource.query('SELECT version FROM acts WHERE id = $1', [protest.actId]);
        expect(after).toBe(before + 2);
        const audited: Array<{ action: string; before: number; after: number }> = await api.dataSource.query(
          `SELECT action, (before->>'version')::int AS before, (after->>'version')::int AS after FROM audit_log
            WHERE entity_id = $1 AND action IN ('act.transitioned', 'deadline.missed') ORDER BY id DESC LIMIT 2`,
          [protest.actId],
        );
        expect(audited.reverse()).toEqual([
          { action: 'deadline.missed', before, after: before + 1 },
          { action: 'act.transitioned', before: before + 1, after: before + 2 },
        ]);
        expect((await verifyAuditChain(api.dataSource)).firstBroken).toBeNull();
      });

      it('takes the acts before their deadlines, as an event does: waiting for an act an event holds, it holds none of its deadlines', async () => {
        const protest = await deliveredProtest();
        clock.set(AFTER_DUE);
        // The event's side: the act is locked, as ActTransitions does before it touches the deadlines.
        const event = api.dataSource.createQueryRunner();
        const probe = api.dataSource.createQueryRunner();
        await Promise.all([event.connect(), probe.connect()]);
        try {
          await event.startTransaction();
          await event.query('SELECT id FROM acts WHERE id = $1 FOR UPDATE', [protest.actId]);
          const batch = worker.get(DeadlineEngine).dueBatch([{ deadlineId: protest.deadlineId, version: protest.version }]);
          await waitFor('the batch to wait for the act', async () => {
            const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
            return row.n > 0 ? true : undefined;
          });
          // The event can still take the deadline: no cycle. (Deadlines first, this NOWAIT failed with 55P03.)
          await probe.startTransaction();
          await expect(probe.query('SELECT id FROM deadlines WHERE id = $1 FOR UPDATE NOWAIT', [protest.deadlineId])).resolves.toHaveLength(1);
          await probe.rollbackTransaction();
          await event.rollbackTransaction();
          expect(await batch).toEqual([{ done: true, noticesRecorded: 4 }]);
          expect(await state(protest.deadlineId)).toEqual({ status: 'MISSED', state: 'OVERDUE' });
        } finally {
          for (const runner of [event, probe]) {
            if (runner.isTransactionActive) await runner.rollbackTransaction();
            await runner.release();
          }
        }
      });

      it('a batch with a deadline that fails writes nothing of the batch', async () => {
        const [good, bad] = [await deliveredProtest(), await deliveredProtest()];
        await breakRule(bad.deadlineId);
        clock.set(AFTER_DUE);
        await expect(worker.get(DeadlineEngine).dueBatch([good, bad].map(({ deadlineId, version }) => ({ deadlineId, version })))).rejects.toThrow(/No term rule/);
        expect(await state(good.deadlineId)).toEqual({ status: 'OPEN', state: 'DELIVERED' });
        await mendRule(bad.deadlineId);
        for (const { deadlineId, version } of [good, bad]) await runAt((await queue.getJob(jobIds.due(deadlineId, version)))!, AFTER_DUE);
      });

      it('through the queue, a failing deadline holds none of the others back: they are marked, it fails alone with its error and is retried alone until it succeeds', async () => {
        const protests = [await deliveredProtest(), await deliveredProtest(), await deliveredProtest()];
        const bad = protests[1];
        await breakRule(bad.deadlineId);
        clock.set(AFTER_DUE);
        await Promise.all(protests.map(async ({ deadlineId, version }) => (await queue.getJob(jobIds.due(deadlineId, version)))!.promote()));
        for (const { deadlineId } of [protests[0], protests[2]]) {
          await waitFor(`deadline ${deadlineId} marked`, async () => (await state(deadlineId)).status === 'MISSED');
          expect((await notices(deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
        }
        const failed = await waitFor('the failing job to record its error', async () => {
          const job = await queue.getJob(jobIds.due(bad.deadlineId, bad.version));
          return job && job.attemptsMade >= 1 ? job : undefined;
        });
        expect(failed.failedReason).toMatch(/No term rule for PROTEST_CONSIDERATION in statute edition 'KZ-NO-SUCH-EDITION'/);
        expect(await state(bad.deadlineId)).toEqual({ status: 'OPEN', state: 'DELIVERED' });
        expect(await notices(bad.deadlineId)).toEqual([]);
        // Mended, its next try (alone: a retried job skips the batcher) succeeds; nothing was lost.
        await mendRule(bad.deadlineId);
        await waitFor('the retried job to mark its deadline', async () => (await state(bad.deadlineId)).status === 'MISSED', { timeoutMs: 20_000 });
        expect((await notices(bad.deadlineId)).filter((n) => n.step === 'BREACH')).toHaveLength(4);
      });

      it('counts a due job in hand from its fetch to its outcome, a failing one too: what holds the notices back in a storm', async () => {
        const backlog = worker.get(DueBacklog);
        const [good, bad] = [await deliveredProtest(), await deliveredProtest()];
        await breakRule(bad.deadlineId);
        clock.set(AFTER_DUE);
        await waitFor('no due job in hand', () => backlog.inHand === 0);
        // An event holds both acts, so the batch that takes the two jobs waits with them in hand.
        const event = api.dataSource.createQueryRunner();
        await event.connect();
        try {
          await event.startTransaction();
          await event.query('SELECT id FROM acts WHERE id = ANY($1) FOR UPDATE', [[good.actId, bad.actId]]);
          await Promise.all([good, bad].map(async ({ deadlineId, version }) => (await queue.getJob(jobIds.due(deadlineId, version)))!.promote()));
          await waitFor('both due jobs in hand', () => backlog.inHand === 2);
          await event.rollbackTransaction();
        } finally {
          if (event.isTransactionActive) await event.rollbackTransaction();
          await event.release();
        }
        await waitFor('the good deadline marked', async () => (await state(good.deadlineId)).status === 'MISSED');
        await waitFor('the failing job to record its error', async () => ((await queue.getJob(jobIds.due(bad.deadlineId, bad.version)))?.attemptsMade ?? 0) >= 1);
        await waitFor('both settled, the failed one too', () => backlog.inHand === 0);
        await mendRule(bad.deadlineId);
        await waitFor('the retried job to mark its deadline', async () => (await state(bad.deadlineId)).status === 'MISSED', { timeoutMs: 20_000 });
        await waitFor('the retry settled', () => backlog.inHand === 0);
      });
    });
  });
}
