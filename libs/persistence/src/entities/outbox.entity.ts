import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The transactional outbox: rows written in the same transaction as the change they announce, and
 * relayed to BullMQ by the worker after commit. A rolled-back transition leaves no row, so
 * schedules nothing; a committed one always leaves one, so always schedules.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** e.g. 'deadline.changed'. */
  @Column({ type: 'text' })
  topic: string;

  /** Ids only: the relay and the jobs re-read the rows (PostgreSQL is the truth). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** The W3C traceparent of the request that wrote the row (tracing on), so its trace goes on in the worker. */
  @Column({ name: 'trace_context', type: 'text', nullable: true })
  traceContext: string | null;
}
