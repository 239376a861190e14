import { DeadlineKind, UNMET_DEADLINE_STATUSES } from '@app/domain';
import { LATENESS_KINDS } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { LATENESS_QUANTILES, LATENESS_WINDOW_SECONDS, PipelineSnapshot, PipelineSnapshotReader } from './pipeline-snapshot';

const PREFIX = 'pao_';

/**
 * The worker's Prometheus metrics: the process (RSS, heap, event-loop lag, GC) and the deadline
 * pipeline, read afresh on every scrape. A registry of its own, not prom-client's global one, so
 * two applications in one process (the tests) do not collide.
 */
@Injectable()
export class WorkerMetrics {
  readonly registry = new Registry();
  private scraping: Promise<string> | null = null;

  private readonly queueJobs = new Gauge({
    name: `${PREFIX}queue_jobs`,
    help: 'Jobs in a BullMQ queue by state (failed: retries exhausted, kept for inspection)',
    labelNames: ['queue', 'state'],
    registers: [this.registry],
  });
  private readonly queuePaused = new Gauge({
    name: `${PREFIX}queue_paused`,
    help: 'Whether a BullMQ queue is paused (1): its waiting jobs do not run',
    labelNames: ['queue'],
    registers: [this.registry],
  });
  private readonly deadlines = new Gauge({
    name: `${PREFIX}deadlines`,
    help: 'Deadlines by kind: OPEN (running) and MISSED (past due and still unmet)',
    labelNames: ['kind', 'status'],
    registers: [this.registry],
  });
  private readonly oldestUnprocessedDue = new Gauge({
    name: `${PREFIX}deadline_oldest_unprocessed_due_seconds`,
    help: 'Watchdog: how long the oldest OPEN deadline has been past due without the engine marking it missed (0: none)',
    registers: [this.registry],
  });
  private readonly lateness = new Gauge({
    name: `${PREFIX}notice_lateness_seconds`,
    help: `Reminder and breach notices: fired minus scheduled, quantiles (1 = max) over the firings of the last ${LATENESS_WINDOW_SECONDS} s`,
    labelNames: ['kind', 'quantile'],
    registers: [this.registry],
  });
  private readonly firings = new Gauge({
    name: `${PREFIX}notice_firings`,
    help: `Reminder and breach firings (one per deadline and step) in the last ${LATENESS_WINDOW_SECONDS} s`,
    labelNames: ['kind'],
    registers: [this.registry],
  });

  constructor(private readonly snapshots: PipelineSnapshotReader) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The exposition text. Concurrent scrapes share one read, so they cannot interleave their writes. */
  scrape(): Promise<string> {
    this.scraping ??= this.snapshots
      .read()
      .then((snapshot) => {
        this.record(snapshot);
        return this.registry.metrics();
      })
      .finally(() => (this.scraping = null));
    return this.scraping;
  }

  private record(snapshot: PipelineSnapshot): void {
    for (const gauge of [this.queueJobs, this.deadlines, this.lateness, this.firings]) gauge.reset();
    for (const { queue, counts, paused } of snapshot.queues) {
      this.queuePaused.set({ queue }, paused ? 1 : 0);
      for (const [state, count] of Object.entries(counts)) this.queueJobs.set({ queue, state }, count);
    }
    // Every kind is reported, zero included: an absent series and an empty one alert differently.
    for (const kind of Object.values(DeadlineKind)) for (const status of UNMET_DEADLINE_STATUSES) this.deadlines.set({ kind, status }, 0);
    for (const { kind, status, count } of snapshot.deadlines) this.deadlines.set({ kind, status }, count);
    this.oldestUnprocessedDue.set(snapshot.oldestUnprocessedDueSeconds);
    for (const kind of LATENESS_KINDS) this.firings.set({ kind }, 0);
    for (const summary of snapshot.lateness) {
      this.firings.set({ kind: summary.kind }, summary.firings);
      LATENESS_QUANTILES.forEach((quantile, index) => this.lateness.set({ kind: summary.kind, quantile: String(quantile) }, summary.quantiles[index]));
      this.lateness.set({ kind: summary.kind, quantile: '1' }, summary.max);
    }
  }
}
