import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';

/**
 * Marking before telling: how many due jobs this process's deadline worker has in hand — from the
 * moment BullMQ fetches one until its outcome — and whether that is a storm (DEADLINE_STORM_JOBS or
 * more). While it storms, this process's notices worker takes no new job (NoticesProcessor): its
 * share of the CPU goes to the statutory record (the deadline MISSED, the act's TERM_MISSED, its
 * notices recorded in the same transaction) before the e-mails and webhooks that tell of it.
 * Nothing is dropped: recorded notices wait in their queue and go out once the storm is over.
 *
 * Counted from the fetch, not from the hand-over to the batches: BullMQ's worker fetches jobs one
 * after another and hands none on until it stops fetching. Under a heavy steady flow with e-mails
 * competing for the event loop, each fetch was slow enough for the next job to fall due meanwhile,
 * so it fetched for up to 1.8 s while the batches saw nothing — a storm only the fetch could see
 * (bench:lateness, 5,000 due over 10 s; ADR 0013).
 */
@Injectable()
export class DueBacklog {
  private jobsInHand = 0;
  private readonly stormAt: number;
  private readonly listeners: Array<(storm: boolean) => void> = [];

  constructor(config: AppConfig) {
    this.stormAt = config.DEADLINE_STORM_JOBS;
  }

  /** Due jobs in hand now. */
  get inHand(): number {
    return this.jobsInHand;
  }

  get storm(): boolean {
    return this.jobsInHand >= this.stormAt;
  }

  /**
   * Calls `listener` each time the storm begins (true) or ends (false) — at once with true if it
   * storms already (a worker that starts while thousands are due may fetch many before the
   * notices worker listens).
   */
  onStormChange(listener: (storm: boolean) => void): void {
    this.listeners.push(listener);
    if (this.storm) listener(true);
  }

  /** The deadline worker fetched a due job. */
  taken(): void {
    this.change(+1);
  }

  /** A due job taken has its outcome (done, delayed or failed). */
  settled(): void {
    this.change(-1);
  }

  private change(delta: number): void {
    const before = this.storm;
    this.jobsInHand += delta;
    if (this.storm !== before) for (const listener of this.listeners) listener(this.storm);
  }
}
