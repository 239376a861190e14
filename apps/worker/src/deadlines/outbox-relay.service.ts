import { AppConfig } from '@app/config';
import { DEADLINE_CHANGED, OutboxEntity } from '@app/persistence';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
    private readonly dataSource: DataSource,
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
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; topic: string; payload: { deadlineId?: string } }> = await manager.query(
        `SELECT id, topic, payload FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const ids = [...new Set(rows.filter((row) => row.topic === DEADLINE_CHANGED).map((row) => row.payload.deadlineId!))];
      const deadlines = await this.scheduler.load(manager, { ids });
      for (const deadline of deadlines) await this.scheduler.removeSuperseded(deadline);
      const jobs = (await Promise.all(deadlines.map((deadline) => this.scheduler.plan(deadline)))).flat();
      await this.scheduler.add(jobs);
      await manager.update(OutboxEntity, rows.map((row) => row.id), { relayedAt: new Date() });
      return rows.length;
    });
  }
}
