// The schedule of N open deadlines, rebuilt by the app's reconciler after a flush of the bench
// prefix and, as the baseline, by a bare BullMQ addBulk of exactly the same jobs (ids, data,
// options, delays) under a sibling prefix. Shared by the recovery and memory benchmarks.
import { AppConfig } from '@app/config';
import { DEADLINE_JOB_OPTIONS, QueueName, createRedisClient, queueOptions } from '@app/queue';
import { Queue } from 'bullmq';
import { DeadlineReconciler } from '../../apps/worker/src/deadlines/deadline-reconciler.service';
import { DeadlineScheduler, PlannedJob } from '../../apps/worker/src/deadlines/deadline-scheduler';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { REDIS_URL, benchConfig, deleteQueueKeys } from './write-path-env';
import { cloneOpenDeadlines } from './write-path-seed';

/** What the reconciler adds per page of deadlines (apps/worker/src/deadlines/deadline-reconciler.service.ts). */
const RECONCILER_PAGE = 1000;

export interface ScheduleRun {
  readonly deadlines: number;
  readonly jobs: number;
  readonly reconcileMs: number;
  readonly bareAddBulkMs: number;
  readonly lost: number;
  readonly bareLost: number;
  readonly redisBytesPerDeadline: number;
  readonly bareRedisBytesPerDeadline: number;
}

async function usedMemory(): Promise<number> {
  const redis = createRedisClient(REDIS_URL);
  await redis.connect();
  try {
    const info = await redis.info('memory');
    return Number(/used_memory:(\d+)/.exec(info)![1]);
  } finally {
    redis.disconnect();
  }
}

/** Job ids (of `ids`) missing under `prefix`'s deadlines queue. */
async function missing(prefix: string, ids: readonly string[]): Promise<number> {
  const redis = createRedisClient(REDIS_URL);
  await redis.connect();
  let lost = 0;
  try {
    for (let i = 0; i < ids.length; i += 5000) {
      const pipeline = redis.pipeline();
      for (const id of ids.slice(i, i + 5000)) pipeline.exists(`${prefix}:${QueueName.DEADLINES}:${id}`);
      for (const [, exists] of (await pipeline.exec())!) if (exists !== 1) lost += 1;
    }
  } finally {
    redis.disconnect();
  }
  return lost;
}

/** Every job the scheduler plans for the open deadlines, paged like the reconciler pages them. */
async function plannedJobs(scheduler: DeadlineScheduler): Promise<PlannedJob[]> {
  const jobs: PlannedJob[] = [];
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await scheduler.load({ afterId, limit: RECONCILER_PAGE });
    if (page.length === 0) return jobs;
    afterId = page[page.length - 1].id;
    for (const deadline of page) jobs.push(...(await scheduler.plan(deadline)));
  }
}

/**
 * Seeds `count` open deadlines due 20–40 days ahead (so each has its reminders and its due job),
 * boots the worker (relay and processors idle: nothing is due), flushes the prefix, times one
 * reconcile, then the bare addBulk of the same jobs; both verified id by id, both measured in
 * Redis bytes (INFO used_memory deltas — approximate on a shared server).
 */
export async function rebuildSchedule(databaseUrl: string, config: AppConfig, template: { actId: string; deadlineId: string }, count: number): Promise<ScheduleRun> {
  const firstDue = new Date(Date.now() + 20 * 86_400_000);
  await cloneOpenDeadlines(databaseUrl, template, count, firstDue, Math.floor((20 * 86_400_000) / count));
  const worker = await createWorkerApp(config);
  await worker.init();
  try {
    const reconciler = worker.get(DeadlineReconciler);
    await reconciler.reconcile(); // the boot run may still be under way; this one waits for a full pass
    const planned = await plannedJobs(worker.get(DeadlineScheduler));
    await deleteQueueKeys(config.QUEUE_PREFIX);
    const flushed = await usedMemory();
    const started = performance.now();
    await reconciler.reconcile();
    const reconcileMs = performance.now() - started;
    const rebuilt = await usedMemory();
    const ids = planned.map((job) => job.jobId);
    const lost = await missing(config.QUEUE_PREFIX, ids);

    const barePrefix = `${config.QUEUE_PREFIX}-bare`;
    await deleteQueueKeys(barePrefix);
    const bare = new Queue(QueueName.DEADLINES, queueOptions(benchConfig(databaseUrl, barePrefix), 'worker'));
    const before = await usedMemory();
    const bareStarted = performance.now();
    const now = Date.now();
    const perPage = Math.ceil(planned.length / Math.ceil(count / RECONCILER_PAGE));
    for (let i = 0; i < planned.length; i += perPage) {
      await bare.addBulk(planned.slice(i, i + perPage).map((job) => ({ name: job.name, data: job.data, opts: { ...DEADLINE_JOB_OPTIONS, jobId: job.jobId, delay: Math.max(0, job.fireAt.getTime() - now) } })));
    }
    const bareAddBulkMs = performance.now() - bareStarted;
    const after = await usedMemory();
    const bareLost = await missing(barePrefix, ids);
    await bare.close();
    await deleteQueueKeys(barePrefix);
    return {
      deadlines: count,
      jobs: planned.length,
      reconcileMs,
      bareAddBulkMs,
      lost,
      bareLost,
      redisBytesPerDeadline: (rebuilt - flushed) / count,
      bareRedisBytesPerDeadline: (after - before) / count,
    };
  } finally {
    await worker.close();
  }
}
