// Types only: the schema must not load the domain at run time (columns are plain text).
import type { ActState, ActText, ActType, LinkReason, ResolutionKind } from '@app/domain';
import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { UserEntity } from './user.entity';

/**
 * One supervision act (art. 18). `state` and `next_due_at` are plain indexed columns so SQL can
 * find what is overdue; `version` guards every transition (`WHERE version = :expected`).
 * Per-type fields live in `attributes`, validated by the act type's DTO and the domain guards.
 */
@Entity({ name: 'acts' })
@Index('acts_office_path_state_idx', ['officePath', 'state'])
@Index('acts_office_path_created_idx', ['officePath', 'createdAt', 'id'])
@Index('acts_type_state_idx', ['type', 'state'])
@Index('acts_next_due_at_idx', ['nextDueAt', 'id'], { where: 'next_due_at IS NOT NULL' })
// No search index here: the folded title and addressee live in act_search_texts, kept by triggers
// (migration ActSearchTexts), so a transition — never HOT, state is indexed — does not re-index them.
export class ActEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('acts_case_id_idx')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Index('acts_office_id_idx')
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: OfficeEntity;

  @Column({ name: 'office_path', type: 'text', collation: 'C' })
  officePath: string;

  @Column({ type: 'text' })
  type: ActType;

  /** For resolutions, null otherwise. */
  @Column({ type: 'text', nullable: true })
  kind: ResolutionKind | null;

  @Column({ type: 'text' })
  state: ActState;

  @Column({ name: 'suspended_from', type: 'text', nullable: true })
  suspendedFrom: ActState | null;

  @Column({ name: 'complaint_pending', type: 'boolean', default: false })
  complaintPending: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The statute edition in force on the issue date; the act is judged by it for ever. */
  @Column({ name: 'edition_id', type: 'text' })
  editionId: string;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  /**
   * When the fact that brought the act into its current state happened (its issue, a receipt, a
   * decision): a later event may not report an earlier instant (domain: acts/fact-order.ts, policy).
   */
  @Column({ name: 'last_fact_at', type: 'timestamptz', nullable: true })
  lastFactAt: Date | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'addressee_name', type: 'text' })
  addresseeName: string;

  /** The act or action the supervision act is aimed at, as the prosecutor describes it. */
  @Column({ name: 'target_description', type: 'text', nullable: true })
  targetDescription: string | null;

  @Column({ type: 'jsonb' })
  attributes: Record<string, unknown>;

  /**
   * The act's official text in Kazakh and/or Russian (statement of facts, violated norms, demands),
   * held to the statute's contents by the domain (act-text.ts) when filed, corrected and issued.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  text: ActText;

  /** The act's registration number, from one sequence: its outgoing number is `<office code>/<number>`. */
  @Index('acts_registration_number_key', { unique: true })
  @Column({ name: 'registration_number', type: 'bigint' })
  @Generated('increment')
  registrationNumber: string;

  /** The act this one was opened from (a court application after a rejected protest, 23.2). */
  @Index('acts_linked_act_id_idx', { where: 'linked_act_id IS NOT NULL' })
  @Column({ name: 'linked_act_id', type: 'uuid', nullable: true })
  linkedActId: string | null;

  @ManyToOne(() => ActEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'linked_act_id' })
  linkedAct?: ActEntity;

  @Column({ name: 'link_reason', type: 'text', nullable: true })
  linkReason: LinkReason | null;

  @Index('acts_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /**
   * Who answers for the act: receives its reminders and breach notices (the heads of the office hear
   * of a breach too). The author when filed; a head may reassign it (ActsRepository.assign).
   */
  @Index('acts_responsible_user_id_idx')
  @Column({ name: 'responsible_user_id', type: 'uuid' })
  responsibleUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_user_id' })
  responsibleUser?: UserEntity;

  /** The earliest statutory due instant among the act's open deadlines; null when none runs. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
