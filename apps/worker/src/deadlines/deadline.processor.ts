import { AppConfig } from '@app/config';
import { DeadlineJobName, DueJob, EscalateJob, QueueName, RemindJob } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { DeadlineEngine, HandlerOutcome } from './deadline-engine.service';
import { DeadlineReconciler, ReconcileReport } from './deadline-reconciler.service';

/**
 * The deadlines queue: one switch on the job name, each case handing plain data to a service.
 * Failures are rethrown (BullMQ retries with backoff); the services make every retry harmless.
 */
@Processor(QueueName.DEADLINES)
export class DeadlineProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly engine: DeadlineEngine,
    private readonly reconciler: DeadlineReconciler,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job, token?: string): Promise<HandlerOutcome | ReconcileReport> {
    const name = job.name as DeadlineJobName;
    switch (name) {
      case DeadlineJobName.REMIND:
        return this.engine.remind(job.data as RemindJob);
      case DeadlineJobName.DUE: {
        const outcome = await this.engine.due(job.data as DueJob);
        if (!outcome.done && outcome.reason === 'NOT_YET' && outcome.retryAt) {
          // Fired early (clock skew between Redis and PostgreSQL): wait for the due instant.
          await job.moveToDelayed(outcome.retryAt.getTime(), token);
          throw new DelayedError();
        }
        return outcome;
      }
      case DeadlineJobName.ESCALATE:
        return this.engine.escalate(job.data as EscalateJob);
      case DeadlineJobName.RECONCILE:
        return this.reconciler.reconcile();
      default:
        return assertNever(name);
    }
  }
}

function assertNever(name: never): never {
  throw new Error(`unknown deadline job ${String(name)}`);
}
