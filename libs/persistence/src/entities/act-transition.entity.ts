import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ActEntity } from './act.entity';

/** Immutable history of an act: one row per applied event (UPDATE and DELETE are refused by a trigger). */
@Entity({ name: 'act_transitions' })
@Unique('act_transitions_act_version_key', ['actId', 'version'])
export class ActTransitionEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index('act_transitions_act_id_idx')
  @Column({ name: 'act_id', type: 'uuid' })
  actId: string;

  @ManyToOne(() => ActEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'act_id' })
  act?: ActEntity;

  /** The act's version after this transition. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  event: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  effects: unknown[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
