import type { WebhookEventType } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/** Where a webhook delivery stands: PENDING, FAILED (will retry), DELIVERED, DEAD (retries exhausted). Persisted as text. */
export const DeliveryStatus = { PENDING: 'PENDING', FAILED: 'FAILED', DELIVERED: 'DELIVERED', DEAD: 'DEAD' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** Statuses from which a delivery may still be tried; every status write is guarded by them. */
export const UNDELIVERED_STATUSES: readonly DeliveryStatus[] = [DeliveryStatus.PENDING, DeliveryStatus.FAILED];

/**
 * One event for one subscription, and the log of getting it there. (subscription, event key) is
 * unique, so an event is delivered once however often it is produced; retries back off up to a
 * cap and end in DEAD, from where an operator can redeliver.
 */
@Entity({ name: 'webhook_deliveries' })
@Unique('webhook_deliveries_subscription_event_key', ['subscriptionId', 'eventKey'])
@Index('webhook_deliveries_pending_idx', ['nextAttemptAt'], { where: `status IN ('PENDING', 'FAILED')` })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscriptionEntity;

  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: WebhookEventType;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
