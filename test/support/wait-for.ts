/**
 * Polls `probe` until it returns something other than undefined/false and returns that value.
 * Sleeps between polls, and on timeout throws naming what it waited for and the last value seen.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 25;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    last = value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last probe: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Lets `ms` pass: only for asserting that something does NOT happen within a window. */
export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The job states in which a job may still run (again): a retry waits as 'delayed' (backoff) or 'waiting'. */
const LIVE_JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused'] as const;

/**
 * Waits until `queue` holds no job that may still run: nothing waiting, active or delayed, so no
 * retry is pending and no later attempt can send anything again. This ends a retry window by its
 * state instead of a sleep; counts asserted after it are final until something new is enqueued.
 */
export async function queueDrained(queue: { name: string; getJobCounts(...types: string[]): Promise<Record<string, number>> }): Promise<void> {
  await waitFor(`queue ${queue.name} to hold no waiting, active or delayed job`, async () => {
    const counts = await queue.getJobCounts(...LIVE_JOB_STATES);
    // false (not drained) keeps polling; the counts are in the timeout's message through `last`.
    return LIVE_JOB_STATES.every((state) => (counts[state] ?? 0) === 0);
  });
}
