// Types only: the schema must not load the domain at run time (columns are plain text).
import type { TextLanguage } from '@app/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActEntity } from './act.entity';

/**
 * One rendering of an act's document (its PDF) in one language, kept in the file store. A draft's
 * PDF is prepared when it is first asked for and kept until the draft is corrected (superseded):
 * what the prosecutor downloads, signs and issues is the same bytes. Issuing the act marks its
 * current renderings issued; a trigger (migration ActDocuments) refuses any change to an issued row.
 */
@Entity({ name: 'act_documents' })
@Index('act_documents_current_key', ['actId', 'language'], { unique: true, where: 'superseded_at IS NULL' })
@Index('act_documents_act_id_idx', ['actId', 'preparedAt'])
export class ActDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'act_id', type: 'uuid' })
  actId: string;

  @ManyToOne(() => ActEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'act_id' })
  act?: ActEntity;

  @Column({ type: 'text' })
  language: TextLanguage;

  /** The act's version the document was rendered from. */
  @Column({ name: 'act_version', type: 'integer' })
  actVersion: number;

  /** Hex SHA-256 of the PDF. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Where the file store keeps the bytes. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'prepared_at', type: 'timestamptz' })
  preparedAt: Date;

  /** Set once, when the act is issued: the document is final from then on. */
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  /** Set when the draft is corrected: the rendering (and any signature over it) no longer counts. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
