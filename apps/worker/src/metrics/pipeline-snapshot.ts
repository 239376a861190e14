import { Clock } from '@app/config';
import { NoticeKind } from '@app/domain';
import { DeadlinesRepository, NoticesRepository, Transactions, Tx, UnmetDeadlineCount } from '@app/persistence';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';

/** A scrape that cannot finish in this time fails rather than piling queries onto PostgreSQL. */
const STATEMENT_TIMEOUT_MS = 2000;
/** Reminder lateness is reported over the firings of this last window. */
export const LATENESS_WINDOW_SECONDS = 3600;
export const LATENESS_QUANTILES = [0.5, 0.9, 0.99] as const;

export interface QueueDepth {
  readonly queue: QueueName;
  /** Jobs per BullMQ state: waiting, delayed, active, prioritized, waiting-children, completed, failed. */
  readonly counts: Readonly<Record<string, number>>;
  /** Paused (from the queue board, say): its waiting jobs do not run. */
  readonly paused: boolean;
}

export type DeadlineCount = UnmetDeadlineCount;

export interface LatenessSummary {
  /** REMINDER or BREACH (LATENESS_KINDS). */
  readonly kind: NoticeKind;
  /** Firings in the window: one per deadline and step, however many recipients and channels. */
  readonly firings: number;
  /** Seconds, in the order of LATENESS_QUANTILES. */
  readonly quantiles: readonly number[];
  readonly max: number;
}

export interface PipelineSnapshot {
  readonly queues: readonly QueueDepth[];
  readonly deadlines: readonly DeadlineCount[];
  /** The watchdog: seconds since the due instant of the oldest OPEN deadline already past due; 0 when none. */
  readonly oldestUnprocessedDueSeconds: number;
  readonly lateness: readonly LatenessSummary[];
}

/**
 * What the deadline pipeline looks like now, read at scrape time: job counts from the queue
 * backend, and from PostgreSQL in one read-only snapshot whose queries each stay on an index or a
 * bounded window. PostgreSQL is the truth, so every worker reports the same numbers.
 */
@Injectable()
export class PipelineSnapshotReader implements OnModuleInit {
  private queues: Array<{ name: QueueName; queue: Queue }> = [];

  constructor(
    private readonly transactions: Transactions,
    private readonly deadlines: DeadlinesRepository,
    private readonly notices: NoticesRepository,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Every queue is registered once, by QueueModule; counting needs no client of its own.
    this.queues = Object.values(QueueName).map((name) => ({ name, queue: this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }) }));
  }

  async read(): Promise<PipelineSnapshot> {
    const [queues, database] = await Promise.all([
      Promise.all(this.queues.map(async ({ name, queue }) => ({ queue: name, counts: await queue.getJobCounts(), paused: await queue.isPaused() }))),
      this.transactions.monitoringSnapshot(STATEMENT_TIMEOUT_MS, async (tx) => ({
        deadlines: await this.deadlines.countUnmetByKind(tx),
        oldestUnprocessedDueSeconds: await this.oldestUnprocessedDue(tx),
        lateness: await this.notices.lateness(LATENESS_WINDOW_SECONDS, LATENESS_QUANTILES, tx),
      })),
    ]);
    return { queues, ...database };
  }

  /** The reconciler's watchdog query: the first entry of deadlines_status_due_idx. */
  private async oldestUnprocessedDue(tx: Tx): Promise<number> {
    const now = this.clock.now();
    const due = await this.deadlines.oldestUnprocessedDue(now, tx);
    return due ? Math.max(0, (now.getTime() - due.getTime()) / 1000) : 0;
  }
}
