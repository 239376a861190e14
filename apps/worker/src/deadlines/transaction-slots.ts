/**
 * At most `size` pieces of work at once, the rest waiting in arrival order: the deadline worker's
 * transactions (WORKER_CONCURRENCY), while it holds many more jobs than that so batches can fill.
 */
export class TransactionSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
