import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActEntity } from './act.entity';
import { CaseEntity } from './case.entity';
import { UserEntity } from './user.entity';

/**
 * A file of a case, or of one act of it (a sanction request's materials, the addressee's answer,
 * evidence for a court application), kept in the file store. Its type was recognised from its
 * content; its SHA-256 is in the audit log.
 */
@Entity({ name: 'attachments' })
@Index('attachments_case_id_idx', ['caseId', 'uploadedAt'])
@Index('attachments_act_id_idx', ['actId', 'uploadedAt'], { where: 'act_id IS NOT NULL' })
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** The act the file belongs to; null for a file of the case itself. */
  @Column({ name: 'act_id', type: 'uuid', nullable: true })
  actId: string | null;

  @ManyToOne(() => ActEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'act_id' })
  act?: ActEntity;

  /** The office path of the case: access is exactly the case's (and the act's). */
  @Column({ name: 'office_path', type: 'text', collation: 'C' })
  officePath: string;

  /** The name the file was uploaded with, as given (shown and used in Content-Disposition). */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** The media type recognised from the content. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: UserEntity;

  @Column({ name: 'uploaded_at', type: 'timestamptz', precision: 3 })
  uploadedAt: Date;
}
