/**
 * Where a deadline row stands. OPEN: running; PAUSED: standing still while the act is suspended;
 * MET: answered in time; MISSED: ran out (met late, or not at all); CANCELLED: the act ended before
 * it ran out. Persisted as text: never rename a member.
 */
export const DeadlineStatus = {
  OPEN: 'OPEN',
  PAUSED: 'PAUSED',
  MET: 'MET',
  MISSED: 'MISSED',
  CANCELLED: 'CANCELLED',
} as const;
export type DeadlineStatus = (typeof DeadlineStatus)[keyof typeof DeadlineStatus];

export const DEADLINE_STATUSES: readonly DeadlineStatus[] = Object.values(DeadlineStatus);

/** Clocks still running or standing still: the ones an act's events can meet, pause or cancel. */
export const OPEN_DEADLINE_STATUSES: readonly DeadlineStatus[] = [DeadlineStatus.OPEN, DeadlineStatus.PAUSED];

/** Unmet and counting against someone: what the overdue list reads once the due instant has passed. */
export const UNMET_DEADLINE_STATUSES: readonly DeadlineStatus[] = [DeadlineStatus.OPEN, DeadlineStatus.MISSED];
