import { AppConfig } from '@app/config';
import { WorkerOptions } from 'bullmq';
import { hostname } from 'node:os';
import { queueOptions } from './queue-connection';

/**
 * A BullMQ worker's options from the validated config: the worker role's connection and prefix,
 * its concurrency, and the lock and stalled-check timings that decide how soon a job held by a
 * dead worker runs again (WORKER_LOCK_DURATION_MS + WORKER_STALLED_INTERVAL_MS; ADR 0013). The
 * @Processor decorator takes only constants, so the worker builds its BullMQ workers from this.
 */
export function workerOptions(config: AppConfig, concurrency: number): WorkerOptions {
  return {
    ...queueOptions(config, 'worker'),
    // Stored on every job it takes (processedBy): which of several workers ran a job, on the queue board too.
    name: `${hostname()}:${process.pid}`,
    concurrency,
    lockDuration: config.WORKER_LOCK_DURATION_MS,
    stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: config.WORKER_MAX_STALLED_COUNT,
  };
}
