/** What a notice tells its recipient. Persisted as text: never rename a member. */
export const NoticeKind = {
  /** A deadline comes near (days or hours before, and on the morning of its last day). */
  REMINDER: 'REMINDER',
  /** A deadline ran out unmet. */
  BREACH: 'BREACH',
  /** A missed deadline climbed one office up (art. 16). */
  ESCALATION: 'ESCALATION',
  /** A change of the production calendar moved an open deadline's due date (docs/adr/0011). */
  DUE_MOVED: 'DUE_MOVED',
  /** A head gave the recipient a case or an act to answer for (work allocation). */
  ASSIGNMENT: 'ASSIGNMENT',
} as const;
export type NoticeKind = (typeof NoticeKind)[keyof typeof NoticeKind];

/** The notices a statutory clock sends (the deadline engine's). */
export type DeadlineNoticeKind = Exclude<NoticeKind, typeof NoticeKind.ASSIGNMENT>;

/** Where a notice goes. Persisted as text: never rename a member. */
export const NoticeChannel = {
  INBOX: 'INBOX',
  EMAIL: 'EMAIL',
} as const;
export type NoticeChannel = (typeof NoticeChannel)[keyof typeof NoticeChannel];

/** What integrations subscribe to (webhooks). Persisted in subscriptions: never rename a member. */
export const WebhookEventType = {
  DEADLINE_REMINDER: 'deadline.reminder',
  DEADLINE_MISSED: 'deadline.missed',
  DEADLINE_ESCALATED: 'deadline.escalated',
  /** A case or an act has a new responsible prosecutor. */
  WORK_ASSIGNED: 'work.assigned',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);
