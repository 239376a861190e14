/** deadlines.status. Persisted as text: never rename a member. */
export type DeadlineStatus = 'OPEN' | 'PAUSED' | 'MET' | 'MISSED' | 'CANCELLED';

/** Clocks still running or standing still: the ones an act's events can meet, pause or cancel. */
export const OPEN_DEADLINE_STATUSES: readonly DeadlineStatus[] = ['OPEN', 'PAUSED'];

export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['OPEN', 'PAUSED', 'MET', 'MISSED', 'CANCELLED'];
