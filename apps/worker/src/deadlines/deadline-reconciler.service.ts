import { AppConfig, Clock } from '@app/config';
import { DeadlinesRepository } from '@app/persistence';
import { DeadlineProducer, QueueName } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, RedisClient, RedisQueueBackend } from 'bullmq';
import { DeadlineScheduler, PlannedJob } from './deadline-scheduler';

const PAGE = 1000;
/** Job states BullMQ will not run again by itself. */
const ENDED = ['failed', 'completed'] as const;
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
  private again = false;
  private stopped = false;
  private redisClient: RedisClient | null = null;

  constructor(
    private readonly deadlines: DeadlinesRepository,
    private readonly scheduler: DeadlineScheduler,
    private readonly producer: DeadlineProducer,
    /** Not for adding (the producer does): its connection's comebacks, and which planned jobs it holds in which state. */
    @InjectQueue(QueueName.DEADLINES) private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.request();
    this.timer = setInterval(() => this.request(), this.config.RECONCILE_INTERVAL_MS);
    // Redis back after an outage may have come back empty (restarted without persistence): rebuild
    // at once rather than at the next tick, minutes later.
    const backend = this.queue.getBackend();
    if (backend instanceof RedisQueueBackend) {
      void backend.client.then((client) => {
        this.redisClient = client;
        client.on('ready', this.onRedisReady);
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.redisClient?.off('ready', this.onRedisReady);
    await this.running;
  }

  private readonly onRedisReady = () => this.request();

  /** Runs a reconcile now, or right after the one under way (which may have started before Redis emptied). */
  private request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.reconcile()
      .catch((error: Error) => this.logger.warn(`reconcile: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.request();
        }
      });
  }

  async reconcile(): Promise<ReconcileReport> {
    let afterId = NIL_UUID;
    let deadlines = 0;
    let recreated = 0;
    for (;;) {
      const page = await this.scheduler.load({ afterId, limit: PAGE });
      if (page.length === 0) break;
      deadlines += page.length;
      afterId = page[page.length - 1].id;
      const planned = (await Promise.all(page.map((deadline) => this.scheduler.plan(deadline)))).flat();
      const { missing, spent } = await this.unscheduled(planned);
      // A spent job still holds its id, so adding would be ignored: it goes first (a job that has
      // just become active again refuses removal — then it is running, which is all we need).
      await this.producer.remove(spent.map((job) => job.jobId));
      await this.scheduler.add([...missing, ...spent]);
      recreated += missing.length + spent.length;
    }
    const watchdog = await this.oldestUnprocessedDue();
    if (watchdog !== null && watchdog > 60) this.logger.warn({ oldestUnprocessedDueSeconds: watchdog }, 'a deadline is past due and not yet processed');
    if (recreated > 0) this.logger.log({ deadlines, recreated }, 'reconciled deadline jobs with PostgreSQL');
    return { deadlines, recreated, oldestUnprocessedDueSeconds: watchdog };
  }

  /**
   * The planned jobs the queue will not run: `missing` ones it does not hold at all, and `spent`
   * ones it holds as failed or completed. A row only plans jobs it still needs, so a spent job is
   * one BullMQ gave up on (its attempts exhausted while PostgreSQL was down, or stalled twice by
   * workers killed mid-job) — left alone, its deadline would stay OPEN for ever.
   * On Redis: one pipeline per page (EXISTS of the job hash, ZSCORE in the failed and completed
   * sets) instead of a getJob per job. On the PostgreSQL backend of the embedded default: getJob.
   */
  private async unscheduled(planned: readonly PlannedJob[]): Promise<{ missing: PlannedJob[]; spent: PlannedJob[] }> {
    const missing: PlannedJob[] = [];
    const spent: PlannedJob[] = [];
    if (planned.length === 0) return { missing, spent };
    const backend = this.queue.getBackend();
    if (!(backend instanceof RedisQueueBackend)) {
      const states = await Promise.all(planned.map(async (job) => (await this.queue.getJob(job.jobId))?.getState() ?? null));
      planned.forEach((job, index) => {
        const state = states[index];
        if (state === null) missing.push(job);
        else if ((ENDED as readonly string[]).includes(state)) spent.push(job);
      });
      return { missing, spent };
    }
    const pipeline = (await backend.client).pipeline();
    for (const job of planned) {
      pipeline.runCommand('exists', [this.queue.toKey(job.jobId)]);
      for (const state of ENDED) pipeline.runCommand('zscore', [this.queue.toKey(state), job.jobId]);
    }
    const replies = (await pipeline.exec()) ?? [];
    const perJob = 1 + ENDED.length;
    if (replies.length !== planned.length * perJob) throw new Error(`the pipeline answered ${replies.length} of ${planned.length * perJob} commands`);
    planned.forEach((job, index) => {
      const [exists, ...ended] = replies.slice(index * perJob, (index + 1) * perJob).map(([error, value]) => {
        if (error) throw error;
        return value as number | string | null;
      });
      if (exists === 0) missing.push(job);
      else if (ended.some((score) => score !== null)) spent.push(job);
    });
    return { missing, spent };
  }

  private async oldestUnprocessedDue(): Promise<number | null> {
    const due = await this.deadlines.oldestUnprocessedDue(this.clock.now());
    return due ? Math.round((this.clock.now().getTime() - due.getTime()) / 1000) : null;
  }
}

