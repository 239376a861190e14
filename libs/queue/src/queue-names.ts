/**
 * Queue and job names are persisted in Redis with every job: never rename a member, only add.
 */
export enum QueueName {
  /** Reminder, due and escalation jobs derived from open deadlines in PostgreSQL. */
  DEADLINES = 'deadlines',
  /** Delivery of recorded notices: e-mail and webhooks. */
  NOTICES = 'notices',
}

export enum DeadlineJobName {
  REMIND = 'remind',
  DUE = 'due',
  ESCALATE = 'escalate',
  /**
   * Compares open deadlines in PostgreSQL with what is scheduled and recreates what is missing.
   * Runs at worker start and periodically.
   */
  RECONCILE = 'reconcile',
}

export enum NoticeJobName {
  SEND_EMAIL = 'send-email',
  DELIVER_WEBHOOK = 'deliver-webhook',
}
