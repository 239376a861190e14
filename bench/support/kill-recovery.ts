// How long a job cut off by kill -9 waits before another worker runs it: a worker in an OS
// process of its own (held-job-child) takes the job and is killed mid-job; a live worker in this
// process, built with the same options, takes it when BullMQ's stalled check hands it back.
import { AppConfig } from '@app/config';
import { workerOptions } from '@app/queue';
import { Queue, Worker } from 'bullmq';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CHILD = join(__dirname, 'held-job-child.js');

/** One trial per entry: milliseconds from the kill to the job starting again. */
export async function killRecoveryMs(config: AppConfig, env: Record<string, string>, trials: number): Promise<number[]> {
  const queueName = `kill-recovery-${process.pid}-${config.WORKER_LOCK_DURATION_MS}`;
  const queue = new Queue(queueName, workerOptions(config, 1));
  const restarted = new Map<string, number>();
  const survivor = new Worker(queueName, async (job) => void restarted.set(job.id!, Date.now()), workerOptions(config, 1));
  // The survivor must not take the jobs first: it waits while the child takes each one.
  await survivor.pause();
  const results: number[] = [];
  try {
    for (let trial = 0; trial < trials; trial += 1) {
      const child = spawn(process.execPath, [CHILD, queueName], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
      const jobId = `trial-${trial}`;
      const started = new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(`started ${jobId}`) && resolve()));
      await queue.add('held', {}, { jobId });
      await started;
      // A moment inside the lock's renewal cycle, as a real crash falls anywhere in it.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * config.WORKER_LOCK_DURATION_MS));
      survivor.resume();
      child.kill('SIGKILL');
      const killedAt = Date.now();
      while (!restarted.has(jobId)) await new Promise((resolve) => setTimeout(resolve, 20));
      results.push(restarted.get(jobId)! - killedAt);
      await survivor.pause();
    }
  } finally {
    await survivor.close(true);
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return results;
}
