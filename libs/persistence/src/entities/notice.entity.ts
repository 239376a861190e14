import type { NoticeChannel, NoticeKind } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where sending a notice (or a webhook delivery) stands: PENDING → SENT (DELIVERED); FAILED while
 * retrying; DEAD when retries are exhausted. INBOX notices are SENT at once. Persisted as text.
 */
export const SendStatus = { PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED', DEAD: 'DEAD' } as const;
export type SendStatus = (typeof SendStatus)[keyof typeof SendStatus];

/** Statuses from which a notice may still be sent; every status write is guarded by them. */
export const UNSENT_STATUSES: readonly SendStatus[] = [SendStatus.PENDING, SendStatus.FAILED];

/**
 * One notice to one recipient on one channel. `key` — deadline, step, recipient, channel — is
 * unique: the row is recorded before anything is sent, so a retried or duplicated job finds it and
 * never sends twice (BullMQ's job-id dedupe, which forgets removed jobs, is not the guard).
 */
@Entity({ name: 'notices' })
@Index('notices_recipient_idx', ['recipientUserId', 'createdAt'])
@Index('notices_unsent_idx', ['status', 'createdAt'], { where: `status IN ('PENDING', 'FAILED')` })
// The lateness metric reads the last hour of reminders and breaches.
@Index('notices_lateness_idx', ['createdAt'], { where: `kind IN ('REMINDER', 'BREACH')` })
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('notices_key_key', { unique: true })
  @Column({ type: 'text' })
  key: string;

  @Index('notices_deadline_id_idx')
  @Column({ name: 'deadline_id', type: 'uuid', nullable: true })
  deadlineId: string | null;

  @Column({ name: 'act_id', type: 'uuid', nullable: true })
  actId: string | null;

  @Column({ type: 'text' })
  kind: NoticeKind;

  /** REMIND_3D, REMIND_LAST_DAY, BREACH, ESCALATION_2, … */
  @Column({ type: 'text' })
  step: string;

  @Column({ type: 'text' })
  channel: NoticeChannel;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  /** E-mail address for EMAIL notices. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'jsonb' })
  subject: { kk: string; ru: string; en: string };

  @Column({ type: 'jsonb' })
  body: { kk: string; ru: string; en: string };

  @Column({ type: 'text' })
  status: SendStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** The instant the plan said this notice was due: lateness = created_at − scheduled_for. */
  @Column({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
