import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IntegrationClientEntity } from './integration-client.entity';

/** An integration's request to be told about events (e.g. 'deadline.missed') at its URL, signed with HMAC-SHA256. */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('webhook_subscriptions_client_id_idx')
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => IntegrationClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: IntegrationClientEntity;

  @Column({ type: 'text' })
  url: string;

  /** The HMAC key; shown to the client once, kept to sign every delivery. */
  @Column({ type: 'text' })
  secret: string;

  /** Event types it wants ('deadline.reminder', 'deadline.missed', 'deadline.escalated', 'act.transitioned'). */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
