import { Clock } from '@app/config';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';

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

export interface DeadlineCount {
  readonly kind: string;
  readonly status: 'OPEN' | 'MISSED';
  readonly count: number;
}

export interface LatenessSummary {
  /** REMINDER or BREACH. */
  readonly kind: string;
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
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The queues are registered by their processors' modules; counting needs no client of its own.
    this.queues = Object.values(QueueName).map((name) => ({ name, queue: this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }) }));
  }

  async read(): Promise<PipelineSnapshot> {
    const [queues, database] = await Promise.all([
      Promise.all(this.queues.map(async ({ name, queue }) => ({ queue: name, counts: await queue.getJobCounts(), paused: await queue.isPaused() }))),
      this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        await manager.query(`SET TRANSACTION READ ONLY`);
        await manager.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
        return { deadlines: await deadlineCounts(manager), oldestUnprocessedDueSeconds: await this.oldestUnprocessedDue(manager), lateness: await lateness(manager) };
      }),
    ]);
    return { queues, ...database };
  }

  /** The reconciler's watchdog query: the first entry of deadlines_status_due_idx. */
  private async oldestUnprocessedDue(manager: EntityManager): Promise<number> {
    const now = this.clock.now();
    const [row] = await manager.query(`SELECT min(due_at) AS due FROM deadlines WHERE status = 'OPEN' AND due_at < $1`, [now]);
    return row?.due ? Math.max(0, (now.getTime() - new Date(row.due).getTime()) / 1000) : 0;
  }
}

/** Open deadlines, and missed ones nobody has met since (a late answer keeps MISSED and sets met_at). */
function deadlineCounts(manager: EntityManager): Promise<DeadlineCount[]> {
  return manager.query(
    `SELECT kind, status, count(*)::int AS count FROM deadlines
      WHERE status = 'OPEN' OR (status = 'MISSED' AND met_at IS NULL)
      GROUP BY kind, status`,
  );
}

/**
 * Fired − scheduled per firing of a reminder or breach notice in the window: the rows of one
 * firing (every recipient and channel) share one transaction, so its first created_at is when it fired.
 */
async function lateness(manager: EntityManager): Promise<LatenessSummary[]> {
  const rows: Array<{ kind: string; firings: number; quantiles: number[]; max: number }> = await manager.query(
    `SELECT kind, count(*)::int AS firings,
            percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY lateness) AS quantiles, max(lateness) AS max
       FROM (SELECT kind, extract(epoch FROM min(created_at) - min(scheduled_for))::float8 AS lateness
               FROM notices
              WHERE kind IN ('REMINDER', 'BREACH') AND created_at >= now() - make_interval(secs => $1)
              GROUP BY kind, deadline_id, step) AS firing
      GROUP BY kind`,
    [LATENESS_WINDOW_SECONDS, LATENESS_QUANTILES],
  );
  return rows.map((row) => ({ kind: row.kind, firings: row.firings, quantiles: row.quantiles.map(Number), max: Number(row.max) }));
}
