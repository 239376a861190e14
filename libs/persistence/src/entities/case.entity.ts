import type { AnonymousException } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';
import { UserEntity } from './user.entity';

/** OPEN while any of its acts is still in its life cycle; CLOSED when every act has ended. */
export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A supervision proceeding: the acts a prosecutor's office issues about one subject and addressee. */
@Entity({ name: 'cases' })
@Index('cases_office_path_created_idx', ['officePath', 'createdAt', 'id'])
@Index('cases_created_idx', ['createdAt', 'id'])
// Trigram indexes over search_fold(…) (migration SearchIndexes): expression indexes TypeORM cannot describe.
@Index('cases_search_idx', { synchronize: false })
@Index('cases_number_search_idx', { synchronize: false })
// Numbered by the office that registers the case (docs/adr/0008-case-numbers-per-office.md): unique there, not country-wide.
@Index('cases_office_number_key', ['officeId', 'number'], { unique: true })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Registration number, unique within the office that registered the case (ADR 0008). */
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'addressee_name', type: 'text' })
  addresseeName: string;

  @Index('cases_office_id_idx')
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: OfficeEntity;

  /** Copy of offices.path: subtree filters are an index range scan on this table alone. */
  @Column({ name: 'office_path', type: 'text', collation: 'C' })
  officePath: string;

  @Index('cases_responsible_prosecutor_id_idx')
  @Column({ name: 'responsible_prosecutor_id', type: 'uuid' })
  responsibleProsecutorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_prosecutor_id' })
  responsibleProsecutor?: UserEntity;

  @Column({ type: 'text', default: CaseStatus.OPEN })
  status: CaseStatus;

  /**
   * When the case was opened on an application (2709 art. 7; 155-VII art. 24): when it arrived;
   * null for a case opened on the office's own initiative (and then every applicant column is null).
   */
  @Column({ name: 'application_received_at', type: 'timestamptz', nullable: true })
  applicationReceivedAt: Date | null;

  /** Whether the applicant is identified; an anonymous application is refused unless 155-VII art. 24.6 allows it. */
  @Column({ name: 'applicant_identified', type: 'boolean', nullable: true })
  applicantIdentified: boolean | null;

  @Column({ name: 'applicant_name', type: 'text', nullable: true })
  applicantName: string | null;

  /** 155-VII art. 24.6: the exception claimed for an anonymous application. */
  @Column({ name: 'anonymous_exception', type: 'text', nullable: true })
  anonymousException: AnonymousException | null;

  /** The statute edition the application was examined under (the one in force on the day the case was opened). */
  @Column({ name: 'intake_edition_id', type: 'text', nullable: true })
  intakeEditionId: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
