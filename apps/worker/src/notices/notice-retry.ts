import { BackoffStrategy } from 'bullmq';

/** One try of a notice job, as BullMQ counts it: the `number`-th of at most `of`. */
export interface JobAttempt {
  readonly number: number;
  readonly of: number;
}

/** base × 2^(try − 1), never more than `max`: 1 s, 2 s, 4 s … 10 min with the defaults. */
export function cappedExponentialDelay(failedTry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedTry - 1));
}

/**
 * A failed try that should be retried after `retryDelayMs`. The service that failed computes the
 * delay from the validated config and records it as `next_attempt_at`; the worker's backoff
 * strategy hands the same number to BullMQ, so the row and the schedule never disagree.
 */
export class NoticeRetry extends Error {
  constructor(
    message: string,
    readonly retryDelayMs: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'NoticeRetry';
  }
}

/** Used only when a try failed before it could compute its delay (e.g. PostgreSQL unreachable). */
const FALLBACK_BASE_MS = 1000;
const FALLBACK_MAX_MS = 600_000;

/** The notices worker's custom backoff (NoticeProducer's jobs ask for it by their backoff type). */
export const noticeBackoff: BackoffStrategy = (attemptsMade, _type, error) =>
  error instanceof NoticeRetry ? error.retryDelayMs : cappedExponentialDelay(attemptsMade, FALLBACK_BASE_MS, FALLBACK_MAX_MS);

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
