import { JobsOptions } from 'bullmq';

/** Payloads carry ids only: a handler re-reads the row and does nothing if it has moved on. */
export interface RemindJob {
  readonly deadlineId: string;
  readonly version: number;
  readonly step: string;
}
export interface DueJob {
  readonly deadlineId: string;
  readonly version: number;
}
export interface EscalateJob {
  readonly deadlineId: string;
  readonly version: number;
  readonly level: number;
}
export interface SendEmailJob {
  readonly noticeId: string;
}
export interface DeliverWebhookJob {
  readonly deliveryId: string;
}
/** No payload: the reconciler reads everything it needs from PostgreSQL. */
export type ReconcileJob = Record<string, never>;

/**
 * Deterministic job ids (BullMQ refuses ':' in custom ids). The deadline's version is part of the
 * id: when a deadline changes, its new jobs never collide with the old ones, and an old job that
 * fires anyway finds a newer version in PostgreSQL and does nothing.
 */
export const jobIds = {
  remind: (deadlineId: string, version: number, step: string) => `remind-${deadlineId}-v${version}-${step}`,
  due: (deadlineId: string, version: number) => `due-${deadlineId}-v${version}`,
  escalate: (deadlineId: string, version: number, level: number) => `escalate-${deadlineId}-v${version}-l${level}`,
  email: (noticeId: string) => `email-${noticeId}`,
  webhook: (deliveryId: string, attempt = 0) => `webhook-${deliveryId}-r${attempt}`,
};

/** Retries with exponential backoff; completed jobs kept a day for inspection, failed ones a week. */
export const DEADLINE_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const NOTICE_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
