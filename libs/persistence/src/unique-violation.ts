import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a refused duplicate. */
const UNIQUE_VIOLATION = '23505';

/**
 * True when PostgreSQL refused a write because it would duplicate a unique key — the named
 * constraint, or any when none is named. A check-then-insert is no guard against a concurrent
 * duplicate: the constraint is, and this is how a caller tells its refusal from any other failure.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && (constraint === undefined || driverError.constraint === constraint);
}

const DEADLOCK_DETECTED = '40P01';

/** PostgreSQL broke a deadlock by failing this transaction: it may be tried again. */
export function isDeadlock(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === DEADLOCK_DETECTED;
}
