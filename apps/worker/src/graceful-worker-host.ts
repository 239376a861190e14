import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown } from '@nestjs/common';

/**
 * A processor whose BullMQ worker stops taking jobs, and lets the ones under way finish, before any
 * onApplicationShutdown hook runs — those close the PostgreSQL pool and the queues, which a job
 * still needs to record its outcome and enqueue its follow-ups. Without this the order would be
 * whatever order Nest happens to give its global modules. (BullMQ's own close, later, finds the
 * worker closed.)
 */
export abstract class GracefulWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
