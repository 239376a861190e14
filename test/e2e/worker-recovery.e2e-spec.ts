// Recovery in seconds (issue 17, ADR 0013): the BullMQ workers are built with the lock duration
// and stalled interval of libs/config, against the real Redis of this file's queue prefix. A job
// whose worker is killed with kill -9 runs again on another worker, while a job whose worker is
// alive and still renewing its lock is never handed to a second worker — however many stalled
// checks pass over it.
import { AppConfig } from '@app/config';
import { workerOptions } from '@app/queue';
import { Job, Queue, Worker } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');
const QUEUE = 'recovery-test';

describe('worker recovery: a stalled job comes back, a held one is not run twice', () => {
  let context: TestContext;
  let config: AppConfig;
  let queue: Queue;
  const workers: Worker[] = [];
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    context = await createTestContext();
    config = context.config;
    queue = new Queue(QUEUE, workerOptions(config, 1));
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.close(true)));
    await queue.obliterate({ force: true });
    await queue.close();
    await context.dispose();
  });

  it('takes the defaults that bring a job back within 5 s: lock 3 s, stalled check every 1 s', () => {
    const options = workerOptions(config, 4);
    expect(options).toMatchObject({ concurrency: 4, lockDuration: 3000, stalledInterval: 1000, maxStalledCount: 3 });
    expect(options.lockDuration! + options.stalledInterval!).toBeLessThanOrEqual(5000);
  });

  it('hands the job of a worker killed with kill -9 to another worker, and never the job of a live worker that holds its lock', async () => {
    // 1. A worker in its own process takes job "abandoned"; it will be killed mid-job.
    const childEnv = { PATH: process.env.PATH ?? '', DATABASE_URL: context.databaseUrl, REDIS_URL: config.REDIS_URL!, QUEUE_PREFIX: config.QUEUE_PREFIX, NODE_ENV: 'test' };
    child = spawn(process.execPath, ['-r', join(ROOT, 'test', 'support', 'ts-register.js'), join(ROOT, 'bench', 'support', 'held-job-child.ts'), QUEUE], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let childOutput = '';
    child.stdout!.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
    await queue.add('abandoned', {}, { jobId: 'abandoned' });
    await waitFor('the child worker to start job "abandoned"', () => childOutput.includes('started abandoned'), { timeoutMs: 20_000 });

    // 2. A live worker takes job "held" and keeps it until released, renewing its lock meanwhile.
    const starts = new Map<string, number>();
    const started = (job: Job) => starts.set(job.id!, (starts.get(job.id!) ?? 0) + 1);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    workers.push(new Worker(QUEUE, async (job) => { started(job); await released; }, workerOptions(config, 1)));
    await queue.add('held', {}, { jobId: 'held' });
    await waitFor('the live worker to start job "held"', () => starts.get('held') === 1);

    // 3. A second, idle worker: the only one free to take a job the stalled check hands back.
    workers.push(new Worker(QUEUE, async (job) => started(job), workerOptions(config, 4)));

    // 4. kill -9: nothing of the child runs again; its lock on "abandoned" is left to expire.
    child.kill('SIGKILL');
    const killedAt = Date.now();
    const abandoned = await waitFor('job "abandoned" to run again and complete', async () => ((await queue.getJobState('abandoned')) === 'completed' ? Job.fromId(queue, 'abandoned') : false), { timeoutMs: 30_000 });
    process.stdout.write(`job back and done ${Date.now() - killedAt} ms after kill -9 (lock ${config.WORKER_LOCK_DURATION_MS} ms, stalled check ${config.WORKER_STALLED_INTERVAL_MS} ms)\n`);
    expect(starts.get('abandoned')).toBe(1);
    expect(abandoned!.attemptsStarted).toBe(2); // once in the killed child, once here

    // Every stalled check up to now found "held" active and locked: it is still the live worker's alone.
    expect(await queue.getJobState('held')).toBe('active');
    expect(starts.get('held')).toBe(1);
    release();
    await waitFor('job "held" to complete', async () => (await queue.getJobState('held')) === 'completed');
    const held = await Job.fromId(queue, 'held');
    expect(held!.attemptsStarted).toBe(1);
    expect(held!.stalledCounter).toBe(0);
    expect(starts.get('held')).toBe(1);
  });
});
