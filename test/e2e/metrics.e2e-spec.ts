import { FixedClock } from '@app/config';
import { ActState, ActType, DeadlineKind } from '@app/domain';
import { seedDemoData } from '../../tools/demo-data/seed-demo';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { insertAct, insertCase, insertDeadline } from '../support/factories';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

const NOW = new Date('2026-06-10T06:00:00Z');
const HOUR = 3_600_000;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format (0.0.4), as far as these metrics use it. */
function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1], type[2]);
    if (line === '' || line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) throw new Error(`not an exposition line: ${line}`);
    const labels = Object.fromEntries([...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((match) => [match[1], match[2]]));
    samples.push({ name: sample[1], labels, value: Number(sample[3]) });
  }
  return { samples, types };
}

describe('worker metrics: GET /metrics on the health server', () => {
  let context: TestContext;
  let worker: INestApplication;
  let dataSource: DataSource;
  let notices: Queue;

  const scrape = async () => {
    const response = await request(worker.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*\bversion=0\.0\.4\b/);
    const { samples, types } = parseExposition(response.text);
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, label]) => sample.labels[key] === label))?.value;
    return { samples, types, value };
  };

  /** One firing: a notice row per recipient and channel, all recorded together. */
  const fire = async (deadlineId: string, kind: 'REMINDER' | 'BREACH' | 'ESCALATION', step: string, options: { firedAgoSeconds: number; lateSeconds: number; rows: number }) => {
    for (let row = 0; row < options.rows; row += 1) {
      await dataSource.query(
        `INSERT INTO notices (key, deadline_id, kind, step, channel, subject, body, status, scheduled_for, created_at)
         VALUES ($1, $2, $3, $4, $5, '{"kk":"","ru":"","en":""}', '{"kk":"","ru":"","en":""}', 'SENT',
                 now() - make_interval(secs => $6::float8 + $7::float8), now() - make_interval(secs => $6::float8))`,
        [`${deadlineId}:${step}:${row}`, deadlineId, kind, step, row % 2 ? 'EMAIL' : 'INBOX', options.firedAgoSeconds, options.lateSeconds],
      );
    }
  };

  beforeAll(async () => {
    context = await createTestContext();
    worker = await createWorkerApp(context.config, new FixedClock(NOW));
    await worker.init();
    dataSource = worker.get(DataSource);
    await seedDemoData(dataSource);
    // Nothing may process the deadlines this test writes: the engine would mark the overdue one missed.
    await worker.get<Queue>(getQueueToken(QueueName.DEADLINES), { strict: false }).pause();
    notices = worker.get<Queue>(getQueueToken(QueueName.NOTICES), { strict: false });
  });
  afterAll(async () => {
    await worker?.close();
    await context?.dispose();
  });

  it('reports the process: resident memory, event-loop lag', async () => {
    const { value, types } = await scrape();
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(value('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });

  it('reports open and missed deadlines by kind, every kind present, and the watchdog', async () => {
    const empty = await scrape();
    for (const kind of Object.values(DeadlineKind)) {
      expect(empty.value('pao_deadlines', { kind, status: 'OPEN' })).toBe(0);
      expect(empty.value('pao_deadlines', { kind, status: 'MISSED' })).toBe(0);
    }
    expect(empty.value('pao_deadline_oldest_unprocessed_due_seconds')).toBe(0);

    const kase = await insertCase(dataSource, { officeCode: 'ALA-BOS' });
    const act = async () => insertAct(dataSource, kase, { type: ActType.PROTEST, state: ActState.DELIVERED });
    await insertDeadline(dataSource, await act(), { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: new Date(NOW.getTime() + 48 * HOUR) });
    await insertDeadline(dataSource, await act(), { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: new Date(NOW.getTime() - 2 * HOUR) }); // overdue, unprocessed
    await insertDeadline(dataSource, await act(), { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: new Date(NOW.getTime() - 30 * 60_000) }); // overdue, younger
    await insertDeadline(dataSource, await act(), { kind: DeadlineKind.SUBMISSION_CONSIDERATION, dueAt: new Date(NOW.getTime() - 72 * HOUR), status: 'MISSED' });
    const answeredLate = await insertDeadline(dataSource, await act(), { kind: DeadlineKind.SUBMISSION_CONSIDERATION, dueAt: new Date(NOW.getTime() - 96 * HOUR), status: 'MISSED' });
    await dataSource.query(`UPDATE deadlines SET met_at = $2 WHERE id = $1`, [answeredLate.id, NOW]);
    await insertDeadline(dataSource, await act(), { kind: DeadlineKind.ORDER_EXECUTION, dueAt: new Date(NOW.getTime() - 96 * HOUR), status: 'MET' });

    const { value } = await scrape();
    expect(value('pao_deadlines', { kind: 'PROTEST_CONSIDERATION', status: 'OPEN' })).toBe(3);
    expect(value('pao_deadlines', { kind: 'SUBMISSION_CONSIDERATION', status: 'MISSED' })).toBe(1);
    expect(value('pao_deadlines', { kind: 'ORDER_EXECUTION', status: 'OPEN' })).toBe(0);
    expect(value('pao_deadline_oldest_unprocessed_due_seconds')).toBe(2 * 3600);
  });

  it('reports reminder and breach lateness over the last hour, one sample per firing', async () => {
    const kase = await insertCase(dataSource, { officeCode: 'ALA-BOS' });
    const deadline = await insertDeadline(dataSource, await insertAct(dataSource, kase, { type: ActType.PROTEST, state: ActState.DELIVERED }), {
      kind: DeadlineKind.PROTEST_CONSIDERATION,
      dueAt: new Date(NOW.getTime() + 24 * HOUR),
    });
    await fire(deadline.id, 'REMINDER', 'REMIND_3D', { firedAgoSeconds: 600, lateSeconds: 30, rows: 2 });
    await fire(deadline.id, 'REMINDER', 'REMIND_1D', { firedAgoSeconds: 300, lateSeconds: 90, rows: 4 });
    await fire(deadline.id, 'BREACH', 'BREACH', { firedAgoSeconds: 60, lateSeconds: 5, rows: 1 });
    await fire(deadline.id, 'REMINDER', 'REMIND_7D', { firedAgoSeconds: 2 * 3600, lateSeconds: 1000, rows: 1 }); // before the window
    await fire(deadline.id, 'ESCALATION', 'ESCALATION_2', { firedAgoSeconds: 60, lateSeconds: 500, rows: 1 });

    const { value } = await scrape();
    expect(value('pao_notice_firings', { kind: 'REMINDER' })).toBe(2);
    expect(value('pao_notice_lateness_seconds', { kind: 'REMINDER', quantile: '0.5' })).toBeCloseTo(60, 3);
    expect(value('pao_notice_lateness_seconds', { kind: 'REMINDER', quantile: '1' })).toBeCloseTo(90, 3);
    expect(value('pao_notice_firings', { kind: 'BREACH' })).toBe(1);
    expect(value('pao_notice_lateness_seconds', { kind: 'BREACH', quantile: '0.99' })).toBeCloseTo(5, 3);
    expect(value('pao_notice_lateness_seconds', { kind: 'ESCALATION' })).toBeUndefined();
  });

  it('reports queue depth per state for both queues, failed jobs included', async () => {
    await notices.add('not-a-notice-job', {}, { jobId: 'metrics-unknown', attempts: 1 }); // the processor refuses it for good
    await notices.add('not-a-notice-job', {}, { jobId: 'metrics-later', delay: HOUR });
    await waitFor('the unknown job to fail', async () => (await notices.getJobState('metrics-unknown')) === 'failed');

    const { value, samples } = await scrape();
    expect(value('pao_queue_jobs', { queue: 'notices', state: 'failed' })).toBe(1);
    expect(value('pao_queue_jobs', { queue: 'notices', state: 'delayed' })).toBe(1);
    const deadlineStates = samples.filter((sample) => sample.name === 'pao_queue_jobs' && sample.labels.queue === 'deadlines').map((sample) => sample.labels.state);
    expect(deadlineStates.sort()).toEqual(['active', 'completed', 'delayed', 'failed', 'prioritized', 'waiting', 'waiting-children']);
    expect(value('pao_queue_paused', { queue: 'deadlines' })).toBe(1); // paused by this test
    expect(value('pao_queue_paused', { queue: 'notices' })).toBe(0);
  });

  it('counts a new open deadline by exactly one, in concurrent scrapes alike', async () => {
    const open = { kind: 'INSTRUCTION_EXECUTION', status: 'OPEN' };
    const before = (await scrape()).value('pao_deadlines', open);
    expect(before).toBe(0); // present, and zero: no test above wrote this kind
    const kase = await insertCase(dataSource, { officeCode: 'ALA-BOS' });
    const act = await insertAct(dataSource, kase, { type: ActType.INSTRUCTION, state: ActState.DELIVERED });
    await insertDeadline(dataSource, act, { kind: DeadlineKind.INSTRUCTION_EXECUTION, dueAt: new Date(NOW.getTime() + 24 * HOUR) });
    const [a, b] = await Promise.all([scrape(), scrape()]);
    expect(a.value('pao_deadlines', open)).toBe(1);
    expect(b.value('pao_deadlines', open)).toBe(1);
  });
});
