import { JobOf, QueueName } from '@app/queue';
import { BeforeApplicationShutdown, Logger, OnModuleInit } from '@nestjs/common';
import { Worker, WorkerOptions } from 'bullmq';

/**
 * A BullMQ worker built from the config (workerOptions: concurrency, lock duration, stalled
 * interval), which @nestjs/bullmq's @Processor cannot take. It starts with the module and stops
 * taking jobs, letting the ones under way finish, before any onApplicationShutdown hook runs —
 * those close the PostgreSQL pool and the queues, which a job still needs to record its outcome
 * and enqueue its follow-ups.
 */
export abstract class QueueWorkerHost<Q extends QueueName> implements OnModuleInit, BeforeApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private built?: Worker;

  protected constructor(private readonly queueName: Q) {}

  /** The options the worker is built with, read when the module starts. */
  protected abstract options(): WorkerOptions;

  abstract process(job: JobOf<Q>, token?: string): Promise<unknown>;

  get worker(): Worker {
    if (!this.built) throw new Error(`the ${this.queueName} worker has not started`);
    return this.built;
  }

  onModuleInit(): void {
    this.built = new Worker(this.queueName, (job, token) => this.process(job as JobOf<Q>, token), this.options());
    // A lost Redis connection is reported here while ioredis reconnects; unheard, it would throw.
    this.built.on('error', (error) => this.logger.error({ err: error }, `the ${this.queueName} worker: ${error.message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.built?.close();
  }
}
