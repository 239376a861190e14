import type { ClockParty, DeadlineKind, DeadlineStatus } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ActEntity } from './act.entity';

/**
 * One running clock of an act. `ledger` is the domain's DeadlineRecord (rule snapshot, pauses,
 * extensions, computation); the plain columns repeat what SQL must filter and sort on.
 */
@Entity({ name: 'deadlines' })
@Unique('deadlines_act_kind_key', ['actId', 'kind'])
@Index('deadlines_status_due_idx', ['status', 'dueAt', 'id'])
// The supervisors' overdue list: scanned in (due_at, id) order with the subtree (office_path)
// checked inside the index, so a page reads ~limit rows however large the region (issue 6:
// 58 ms → 0.55 ms for a region at 1M acts). An (office_path, …) index cannot give that order
// for a subtree spanning several offices.
@Index('deadlines_overdue_due_path_idx', ['dueAt', 'id', 'officePath'], { where: `status IN ('OPEN', 'MISSED') AND met_at IS NULL` })
// Clocks answered after they ran out: the dashboard's overdue series reads the recent ones.
@Index('deadlines_met_late_idx', ['metAt'], { where: 'met_at > due_at' })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'act_id', type: 'uuid' })
  actId: string;

  @ManyToOne(() => ActEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'act_id' })
  act?: ActEntity;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @Column({ name: 'office_path', type: 'text', collation: 'C' })
  officePath: string;

  @Column({ type: 'text' })
  kind: DeadlineKind;

  @Column({ type: 'text' })
  status: DeadlineStatus;

  /** Whose lateness this clock measures. */
  @Column({ name: 'runs_against', type: 'text' })
  runsAgainst: ClockParty;

  @Column({ name: 'triggered_at', type: 'timestamptz' })
  triggeredAt: Date;

  /** The statutory due instant, pauses included. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'internal_target_at', type: 'timestamptz', nullable: true })
  internalTargetAt: Date | null;

  @Column({ name: 'met_at', type: 'timestamptz', nullable: true })
  metAt: Date | null;

  @Column({ name: 'missed_at', type: 'timestamptz', nullable: true })
  missedAt: Date | null;

  /** 'art. 19.3' — shown with the deadline, in reminders and in errors. */
  @Column({ type: 'text' })
  citation: string;

  @Column({ name: 'edition_id', type: 'text' })
  editionId: string;

  /** How the due instant was computed, in kk, ru and en. */
  @Column({ type: 'jsonb' })
  explanation: { kk: string; ru: string; en: string };

  /** When it runs out unmet, the engine fires TERM_MISSED on the act. */
  @Column({ name: 'fires_term_missed', type: 'boolean' })
  firesTermMissed: boolean;

  @Column({ type: 'jsonb' })
  ledger: Record<string, unknown>;

  /** How far up the hierarchy a breach has been escalated (0: not yet; 1: the office itself; 2: one office up, …). */
  @Column({ name: 'escalation_level', type: 'smallint', default: 0 })
  escalationLevel: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
