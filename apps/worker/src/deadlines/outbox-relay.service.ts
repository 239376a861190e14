import { AppConfig } from '@app/config';
import { DEADLINE_CHANGED, OutboxRepository, Transactions } from '@app/persistence';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { contextOf, currentTraceparent, inSpan } from '@app/observability';
import { SpanKind } from '@opentelemetry/api';
import { DeadlineScheduler } from './deadline-scheduler';

const BATCH = 500;

/**
 * Relays the transactional outbox to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED (several
 * workers share the work), their jobs added, and the rows marked relayed in the same transaction:
 * a crash between adding and marking re-adds the same deterministic ids next time, which BullMQ
 * ignores. Redis down: the transaction rolls back and the rows wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly scheduler: DeadlineScheduler,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.drain().catch((error: Error) => this.logger.warn(`outbox relay: ${error.message}`)).finally(() => (this.running = null));
    }, this.config.OUTBOX_RELAY_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Relays until the outbox is empty; returns the number of rows relayed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < BATCH) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const rows = await this.outbox.claimUnrelayed(tx, BATCH);
      if (rows.length === 0) return 0;
      const changed = rows.filter((row) => row.topic === DEADLINE_CHANGED);
      const ids = [...new Set(changed.map((row) => row.payload.deadlineId!))];
      // The trace of the request that changed each deadline goes on here, and on into its jobs.
      const traceOf = new Map(changed.filter((row) => row.traceContext).map((row) => [row.payload.deadlineId!, row.traceContext]));
      const deadlines = await this.scheduler.load({ ids }, tx);
      for (const deadline of deadlines) await this.scheduler.removeSuperseded(deadline);
      const jobs = (
        await Promise.all(
          deadlines.map((deadline) =>
            inSpan('outbox relay deadline.changed', SpanKind.PRODUCER, contextOf(traceOf.get(deadline.id)), async () => {
              const traceContext = currentTraceparent();
              return (await this.scheduler.plan(deadline)).map((job) => ({ ...job, traceContext }));
            }, { 'pao.deadline.id': deadline.id }),
          ),
        )
      ).flat();
      await this.scheduler.add(jobs);
      await this.outbox.markRelayed(tx, rows.map((row) => row.id), new Date());
      return rows.length;
    });
  }
}
