// Scale past one Redis (issue 17, ADR 0013): with REDIS_SENTINELS set, every queue connection asks
// a real Redis Sentinel (redis-server --sentinel, watching this run's Redis) for the master, and
// the hash-tagged prefix `{…}` that Redis Cluster needs works end to end: a job is added through
// the sentinel and run by a worker built with the worker's own options.
import { AppConfig, loadConfig } from '@app/config';
import { queueOptions, workerOptions } from '@app/queue';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from '../../bench/support/write-path-child';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

const MASTER = 'pao-test-master';

describe('Redis Sentinel and a Cluster hash-tagged prefix', () => {
  let context: TestContext;
  let sentinel: ChildProcess;
  let directory: string;
  let config: AppConfig;

  beforeAll(async () => {
    context = await createTestContext();
    const redis = new URL(context.config.REDIS_URL!);
    const port = await freePort();
    directory = mkdtempSync(join(tmpdir(), 'pao-sentinel-'));
    // Sentinel rewrites its own file: a copy of ours in a directory of its own.
    writeFileSync(join(directory, 'sentinel.conf'), [`port ${port}`, 'bind 127.0.0.1', `sentinel monitor ${MASTER} ${redis.hostname} ${redis.port || 6379} 1`, `sentinel down-after-milliseconds ${MASTER} 60000`, ''].join('\n'));
    sentinel = spawn('redis-server', [join(directory, 'sentinel.conf'), '--sentinel'], { stdio: 'ignore' });
    const asked = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 1 });
    await waitFor('the sentinel to know its master', async () => {
      try {
        if (asked.status !== 'ready') await asked.connect();
        return ((await asked.call('SENTINEL', 'get-master-addr-by-name', MASTER)) as string[] | null) ?? undefined;
      } catch {
        return undefined;
      }
    }, { timeoutMs: 15_000, intervalMs: 100 });
    asked.disconnect();
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: context.databaseUrl,
      // Only its password, database and TLS count now: the host is whatever the sentinel answers.
      REDIS_URL: 'redis://unused-host:1',
      REDIS_SENTINELS: `127.0.0.1:${port}`,
      REDIS_SENTINEL_NAME: MASTER,
      QUEUE_PREFIX: `{${context.config.QUEUE_PREFIX}}`,
    });
  });

  afterAll(async () => {
    sentinel?.kill('SIGKILL');
    if (directory) rmSync(directory, { recursive: true, force: true });
    await context?.dispose();
  });

  it('reads the sentinels and a braced prefix from the config', () => {
    expect(queueOptions(config, 'worker')).toMatchObject({ prefix: `{${context.config.QUEUE_PREFIX}}`, connection: { sentinels: [{ host: '127.0.0.1' }], name: MASTER } });
    expect(() => loadConfig({ DATABASE_URL: context.databaseUrl, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_SENTINELS: 'no-port' })).toThrow(/REDIS_SENTINELS/);
  });

  it('runs a job through the sentinel under the hash-tagged prefix, every key in one Cluster slot', async () => {
    const queue = new Queue('sentinel-check', queueOptions(config, 'producer'));
    const events = new QueueEvents('sentinel-check', queueOptions(config, 'worker'));
    const worker = new Worker('sentinel-check', async (job) => `ran ${job.data.n}`, workerOptions(config, 1));
    try {
      await events.waitUntilReady();
      const job = await queue.add('check', { n: 7 });
      expect(await job.waitUntilFinished(events, 20_000)).toBe('ran 7');
      // The hash tag: every key starts with the braced prefix, so Redis Cluster hashes only it.
      const direct = new Redis(context.config.REDIS_URL!);
      const keys = await direct.keys(`{${context.config.QUEUE_PREFIX}}:sentinel-check:*`);
      direct.disconnect();
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys.map((key) => /^\{[^}]+\}/.exec(key)?.[0]))).toEqual(new Set([`{${context.config.QUEUE_PREFIX}}`]));
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
    }
  });
});
