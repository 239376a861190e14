// A BullMQ worker in an OS process of its own, built with the worker's own options (workerOptions:
// WORKER_LOCK_DURATION_MS, WORKER_STALLED_INTERVAL_MS) from the environment: it announces each job
// it starts on stdout and never finishes one, so a test can cut it off with kill -9 mid-job.
// Run with `node dist/bench/support/held-job-child.js <queue>` (bench:recovery) or through
// test/support/ts-register.js from the sources (test/e2e/worker-recovery).
import { loadConfig } from '@app/config';
import { workerOptions } from '@app/queue';
import { Worker } from 'bullmq';

const worker = new Worker(
  process.argv[2],
  async (job) => {
    process.stdout.write(`started ${job.id}\n`);
    await new Promise<never>(() => undefined);
  },
  workerOptions(loadConfig(process.env), 1),
);
worker.on('error', (error) => process.stderr.write(`${error.message}\n`));
