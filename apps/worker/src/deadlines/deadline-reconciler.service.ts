import { AppConfig, Clock } from '@app/config';
import { QueueName } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, RedisQueueBackend } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, PlannedJob } from './deadline-scheduler';

const PAGE = 1000;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface ReconcileReport {
  readonly deadlines: number;
  /** Jobs that were missing from Redis and were added again. */
  readonly recreated: number;
  /** The oldest OPEN deadline already past due (the watchdog): seconds it has waited, or null. */
  readonly oldestUnprocessedDueSeconds: number | null;
}

/**
 * Makes Redis agree with PostgreSQL: at worker start and periodically, every deadline that still
 * needs a job gets it again if Redis lost it (flushed, restarted without persistence). A deadline
 * that ran out while nothing was running gets its due job at once: marked missed with its original
 * due instant, notices sent. The watchdog reports the oldest due-but-unprocessed deadline.
 */
@Injectable()
export class DeadlineReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineReconciler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: DeadlineScheduler,
    @InjectQueue(QueueName.DEADLINES) private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      if (!this.running) this.running = this.reconcile().catch((error: Error) => this.logger.warn(`reconcile: ${error.message}`)).finally(() => (this.running = null));
    };
    tick();
    this.timer = setInterval(tick, this.config.RECONCILE_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async reconcile(): Promise<ReconcileReport> {
    let afterId = NIL_UUID;
    let deadlines = 0;
    let recreated = 0;
    for (;;) {
      const page = await this.scheduler.load(this.dataSource.manager, { afterId, limit: PAGE });
      if (page.length === 0) break;
      deadlines += page.length;
      afterId = page[page.length - 1].id;
      const planned = (await Promise.all(page.map((deadline) => this.scheduler.plan(deadline)))).flat();
      const missing = await this.absent(planned);
      await this.scheduler.add(missing);
      recreated += missing.length;
    }
    const watchdog = await this.oldestUnprocessedDue();
    if (watchdog !== null && watchdog > 60) this.logger.warn({ oldestUnprocessedDueSeconds: watchdog }, 'a deadline is past due and not yet processed');
    if (recreated > 0) this.logger.log({ deadlines, recreated }, 'reconciled deadline jobs with PostgreSQL');
    return { deadlines, recreated, oldestUnprocessedDueSeconds: watchdog };
  }

  /**
   * The planned jobs the queue does not hold. On Redis: one pipelined EXISTS per job hash, a single
   * round trip per page (getJob would fetch and parse every job whole, one command each). On the
   * PostgreSQL backend of the embedded default: getJob.
   */
  private async absent(planned: readonly PlannedJob[]): Promise<PlannedJob[]> {
    if (planned.length === 0) return [];
    const backend = this.queue.getBackend();
    if (!(backend instanceof RedisQueueBackend)) {
      const present = await Promise.all(planned.map((job) => this.queue.getJob(job.jobId)));
      return planned.filter((_job, index) => !present[index]);
    }
    const pipeline = (await backend.client).pipeline();
    for (const job of planned) pipeline.runCommand('exists', [this.queue.toKey(job.jobId)]);
    const replies = (await pipeline.exec()) ?? [];
    if (replies.length !== planned.length) throw new Error(`EXISTS answered ${replies.length} of ${planned.length} jobs`);
    return planned.filter((_job, index) => {
      const [error, exists] = replies[index];
      if (error) throw error;
      return exists === 0;
    });
  }

  private async oldestUnprocessedDue(): Promise<number | null> {
    const [row] = await this.dataSource.query(`SELECT min(due_at) AS due FROM deadlines WHERE status = 'OPEN' AND due_at < $1`, [this.clock.now()]);
    return row?.due ? Math.round((this.clock.now().getTime() - new Date(row.due).getTime()) / 1000) : null;
  }
}

