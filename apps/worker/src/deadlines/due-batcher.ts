import { DueJob } from '@app/queue';
import { Logger } from '@nestjs/common';
import { HandlerOutcome } from './deadline-engine.service';
import { TransactionSlots } from './transaction-slots';

interface Waiting {
  readonly job: DueJob;
  readonly resolve: (outcome: HandlerOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers the due jobs a worker holds into batches for DeadlineEngine.dueBatch. A batch is asked
 * for when `size` jobs wait, or `windowMs` after the first of them arrived; it is taken — up to
 * `size` of the jobs waiting by then — only when a transaction slot is free. So a worker whose
 * slots are all busy keeps gathering, and under a storm its batches grow towards `size` instead of
 * queueing many small ones behind each other: fewer statements a deadline exactly when it is
 * late. Each job's promise settles with its own outcome, so BullMQ completes, delays or retries
 * every job on its own.
 *
 * One deadline's failure must not hold the others back nor be lost: when a batch fails (nothing of
 * it was written), each of its jobs runs again alone, one after another in the same slot (waiting
 * for other slots while holding one could stall the worker); the others succeed, the failing one
 * fails on its own, and BullMQ retries it — alone again (the processor takes a retried job past
 * the batcher) — until its attempts end in a failed job with its error (ADR 0013).
 */
export class DueBatcher {
  private readonly logger = new Logger(DueBatcher.name);
  private pending: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** A batch is waiting for a slot: it will take whatever has gathered by then. */
  private asked = false;

  constructor(
    private readonly size: number,
    private readonly windowMs: number,
    private readonly slots: TransactionSlots,
    private readonly markBatch: (jobs: readonly DueJob[]) => Promise<HandlerOutcome[]>,
  ) {}

  submit(job: DueJob): Promise<HandlerOutcome> {
    return new Promise<HandlerOutcome>((resolve, reject) => {
      this.pending.push({ job, resolve, reject });
      if (this.pending.length >= this.size) this.askForSlot();
      else this.timer ??= setTimeout(() => this.askForSlot(), this.windowMs);
    });
  }

  private askForSlot(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.asked || this.pending.length === 0) return;
    this.asked = true;
    void this.slots.use(async () => {
      this.asked = false;
      const batch = this.pending.splice(0, this.size);
      // More than a batch gathered: the rest asks for the next free slot at once.
      if (this.pending.length > 0) this.askForSlot();
      await this.run(batch);
    });
  }

  private async run(batch: readonly Waiting[]): Promise<void> {
    try {
      const outcomes = await this.markBatch(batch.map((waiting) => waiting.job));
      batch.forEach((waiting, index) => waiting.resolve(outcomes[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      this.logger.warn({ err: error, deadlines: batch.length }, 'a batch of due deadlines failed; each runs again alone');
      for (const waiting of batch) {
        await this.markBatch([waiting.job]).then(([outcome]) => waiting.resolve(outcome), waiting.reject);
      }
    }
  }
}
