/**
 * Queue and job names are persisted in Redis with every job: never rename a member, only add.
 */
export enum QueueName {
  /** Reminder, due and escalation jobs derived from open deadlines in PostgreSQL. */
  DEADLINES = 'deadlines',
}

export enum DeadlineJobName {
  /**
   * Compares open deadlines in PostgreSQL with what is scheduled and recreates what is missing.
   * Runs at worker start and periodically.
   */
  RECONCILE = 'reconcile',
}
