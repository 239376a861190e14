import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';

/**
 * Marking before telling: how many due jobs this process's deadline worker holds for its batches
 * (DueBatcher), and whether that is a storm — at least a full batch (DEADLINE_BATCH_SIZE) held, the
 * midnight when many terms end at once. While it storms, this process's notices worker takes no new
 * job (NoticesProcessor): its share of the CPU goes to the statutory record (the deadline MISSED,
 * the act's TERM_MISSED, its notices recorded in the same transaction) before the e-mails and
 * webhooks that tell of it. Nothing is dropped: recorded notices wait in their queue and go out
 * once the backlog falls below a batch. A steady flow of due deadlines never gathers a full batch,
 * so outside a storm nothing waits (ADR 0013; bench:burst measures both sides).
 */
@Injectable()
export class DueBacklog {
  private held = 0;
  private readonly stormAt: number;
  private readonly listeners: Array<(storm: boolean) => void> = [];

  constructor(config: AppConfig) {
    this.stormAt = config.DEADLINE_BATCH_SIZE;
  }

  get storm(): boolean {
    return this.held >= this.stormAt;
  }

  /**
   * Calls `listener` each time the storm begins (true) or ends (false) — at once with true if it
   * storms already (a worker that starts while thousands are due may gather a batch before the
   * notices worker listens).
   */
  onStormChange(listener: (storm: boolean) => void): void {
    this.listeners.push(listener);
    if (this.storm) listener(true);
  }

  /** The deadline worker took a due job into its batches. */
  taken(): void {
    this.change(+1);
  }

  /** A due job taken has its outcome (done, delayed or failed). */
  settled(): void {
    this.change(-1);
  }

  private change(delta: number): void {
    const before = this.storm;
    this.held += delta;
    if (this.storm !== before) for (const listener of this.listeners) listener(this.storm);
  }
}
