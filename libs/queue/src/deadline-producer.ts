import { Clock } from '@app/config';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DEADLINE_JOB_OPTIONS } from './job-contracts';
import { TimedJob } from './job-map';
import { QueueName } from './queue-names';

/** A reminder, due or escalation job of a deadline, planned for its instant (the worker's DeadlineScheduler). */
export type PlannedDeadlineJob = TimedJob<QueueName.DEADLINES>;

/**
 * Puts a deadline's planned jobs on the deadlines queue as delayed jobs under their deterministic
 * ids (jobIds), and takes superseded ones off. Adding is idempotent: BullMQ ignores an id it
 * already holds. QueueModule provides the one instance.
 */
@Injectable()
export class DeadlineProducer {
  constructor(
    @InjectQueue(QueueName.DEADLINES) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  /** Adds the jobs in one round trip, each delayed until its instant (at once when that has passed). */
  async schedule(jobs: readonly PlannedDeadlineJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: job.data,
        opts: {
          ...DEADLINE_JOB_OPTIONS,
          jobId: job.jobId,
          delay: Math.max(0, job.fireAt.getTime() - now),
          ...(job.traceContext ? { telemetry: { metadata: job.traceContext } } : {}),
        },
      })),
    );
  }

  /**
   * Removes jobs by id, best effort: remove() answers 0 for an unknown id and refuses a job that is
   * running — both are fine for a job that is superseded (it re-reads its row and does nothing).
   */
  async remove(jobIds: readonly string[]): Promise<void> {
    await Promise.all(jobIds.map((id) => this.queue.remove(id).catch(() => 0)));
  }
}
