import { AppConfig } from '@app/config';
import { DeadlineJobName, JobOf, QueueName, workerOptions } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { contextOf, inSpan } from '@app/observability';
import { SpanKind } from '@opentelemetry/api';
import { DelayedError, WorkerOptions } from 'bullmq';
import { DeadlineEngine, HandlerOutcome } from './deadline-engine.service';
import { DeadlineReconciler, ReconcileReport } from './deadline-reconciler.service';
import { DueBacklog } from '../due-backlog';
import { QueueWorkerHost } from '../queue-worker-host';
import { DueBatcher } from './due-batcher';
import { TransactionSlots } from './transaction-slots';

/**
 * The deadlines queue: one switch on the job name, each case handing plain data to a service (the
 * job map types `job.data` by the name). Failures are rethrown (BullMQ retries with backoff); the
 * services make every retry harmless.
 *
 * The worker holds up to DEADLINE_BATCHES_HELD × DEADLINE_BATCH_SIZE jobs at once (at least
 * WORKER_CONCURRENCY), so due jobs that arrive together (the midnight storm) gather into batches
 * (DueBatcher) that grow while every slot is busy, and at most WORKER_CONCURRENCY transactions run
 * at once (a batch is one): the pool it needs stays the same. While it has DEADLINE_STORM_JOBS due
 * jobs or more in hand (a storm), this process's notices worker waits (DueBacklog).
 */
@Injectable()
export class DeadlineProcessor extends QueueWorkerHost<QueueName.DEADLINES> {
  private readonly slots: TransactionSlots;
  private readonly batcher: DueBatcher;

  constructor(
    private readonly engine: DeadlineEngine,
    private readonly reconciler: DeadlineReconciler,
    private readonly config: AppConfig,
    private readonly backlog: DueBacklog,
  ) {
    super(QueueName.DEADLINES);
    this.slots = new TransactionSlots(config.WORKER_CONCURRENCY);
    this.batcher = new DueBatcher(config.DEADLINE_BATCH_SIZE, config.DEADLINE_BATCH_WINDOW_MS, this.slots, (jobs) => this.engine.dueBatch(jobs));
  }

  /** A due job counts as in hand from its fetch ('active', before BullMQ hands it on) until process() settles (DueBacklog). */
  override onModuleInit(): void {
    super.onModuleInit();
    this.worker.on('active', (job) => {
      if (countsInHand(job)) this.backlog.taken();
    });
  }

  protected options(): WorkerOptions {
    return workerOptions(this.config, Math.max(this.config.WORKER_CONCURRENCY, this.config.DEADLINE_BATCHES_HELD * this.config.DEADLINE_BATCH_SIZE));
  }

  /** Each job in a span of its own, continuing the trace of the request that scheduled it (tracing on). */
  process(job: JobOf<QueueName.DEADLINES>, token?: string): Promise<HandlerOutcome | ReconcileReport> {
    const run = inSpan(`deadlines ${job.name}`, SpanKind.CONSUMER, contextOf(job.opts.telemetry?.metadata), () => this.run(job, token), { 'messaging.message.id': job.id ?? '' });
    return countsInHand(job) ? run.finally(() => this.backlog.settled()) : run;
  }

  private async run(job: JobOf<QueueName.DEADLINES>, token?: string): Promise<HandlerOutcome | ReconcileReport> {
    const { name } = job;
    switch (name) {
      case DeadlineJobName.REMIND:
        return untilItsInstant(job, token, await this.slots.use(() => this.engine.remind(job.data)));
      case DeadlineJobName.DUE:
        // A retry runs alone: a deadline whose batch failed must not fail another batch.
        return untilItsInstant(job, token, await (job.attemptsMade > 0 ? this.slots.use(async () => (await this.engine.dueBatch([job.data]))[0]) : this.batcher.submit(job.data)));
      case DeadlineJobName.ESCALATE:
        return untilItsInstant(job, token, await this.slots.use(() => this.engine.escalate(job.data)));
      case DeadlineJobName.RECONCILE:
        // Its own connection (WORKER_SPARE_CONNECTIONS): it never waits behind a storm of due jobs.
        return this.reconciler.reconcile();
      default:
        return assertNever(name);
    }
  }
}

/** The jobs a storm is made of: breaches, which fall due in thousands at one midnight (reminders and escalations do not). Fetch and outcome must agree on it, or the count drifts. */
function countsInHand(job: { readonly name: string }): boolean {
  return job.name === DeadlineJobName.DUE;
}

/**
 * A job that ran before its instant (promoted by hand, clock skew between Redis and PostgreSQL)
 * did nothing: it goes back to wait for the instant the engine named.
 */
async function untilItsInstant(job: JobOf<QueueName.DEADLINES>, token: string | undefined, outcome: HandlerOutcome): Promise<HandlerOutcome> {
  if (!outcome.done && outcome.reason === 'NOT_YET' && outcome.retryAt) {
    await job.moveToDelayed(outcome.retryAt.getTime(), token);
    throw new DelayedError();
  }
  return outcome;
}

function assertNever(name: never): never {
  throw new Error(`unknown deadline job ${String(name)}`);
}
