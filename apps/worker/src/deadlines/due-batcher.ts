import { DueJob } from '@app/queue';
import { Logger } from '@nestjs/common';
import { HandlerOutcome } from './deadline-engine.service';

interface Waiting {
  readonly job: DueJob;
  readonly resolve: (outcome: HandlerOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers the due jobs a worker holds into batches for DeadlineEngine.dueBatch: a batch runs when
 * it has `size` jobs, or `windowMs` after its first arrived. Each job's promise settles with its
 * own outcome, so BullMQ completes, delays or retries every job on its own.
 *
 * One deadline's failure must not hold the others back nor be lost: when a batch fails (nothing of
 * it was written), each of its jobs runs again alone; the others succeed, the failing one fails on
 * its own, and BullMQ retries it — alone again (the processor takes a retried job past the batcher)
 * — until its attempts end in a failed job with its error (ADR 0013).
 */
export class DueBatcher {
  private readonly logger = new Logger(DueBatcher.name);
  private pending: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly size: number,
    private readonly windowMs: number,
    private readonly runBatch: (jobs: readonly DueJob[]) => Promise<HandlerOutcome[]>,
  ) {}

  submit(job: DueJob): Promise<HandlerOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ job, resolve, reject });
      if (this.pending.length >= this.size) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    void this.run(batch);
  }

  private async run(batch: readonly Waiting[]): Promise<void> {
    try {
      const outcomes = await this.runBatch(batch.map((waiting) => waiting.job));
      batch.forEach((waiting, index) => waiting.resolve(outcomes[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      this.logger.warn({ err: error, deadlines: batch.length }, 'a batch of due deadlines failed; each runs again alone');
      await Promise.all(batch.map((waiting) => this.runBatch([waiting.job]).then(([outcome]) => waiting.resolve(outcome), waiting.reject)));
    }
  }
}
