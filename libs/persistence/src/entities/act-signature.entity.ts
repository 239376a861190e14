import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActDocumentEntity } from './act-document.entity';
import { ActEntity } from './act.entity';
import { UserEntity } from './user.entity';

/**
 * A verified electronic signature: a detached CMS (PKCS#7) over one rendered PDF of the act, who
 * sent it, with which certificate, signed when. Only verified signatures are stored.
 */
@Entity({ name: 'act_signatures' })
@Index('act_signatures_act_id_idx', ['actId', 'recordedAt'])
export class ActSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'act_id', type: 'uuid' })
  actId: string;

  @ManyToOne(() => ActEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'act_id' })
  act?: ActEntity;

  @Index('act_signatures_document_id_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => ActDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: ActDocumentEntity;

  /** The user who sent the signature. */
  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by' })
  signer?: UserEntity;

  /** The signer's certificate: subject and issuer as RFC 4514 strings, serial number in hex, SHA-256 of its DER. */
  @Column({ name: 'certificate_subject', type: 'text' })
  certificateSubject: string;

  @Column({ name: 'certificate_issuer', type: 'text' })
  certificateIssuer: string;

  @Column({ name: 'certificate_serial', type: 'text' })
  certificateSerial: string;

  @Column({ name: 'certificate_sha256', type: 'text' })
  certificateSha256: string;

  @Column({ name: 'certificate_not_before', type: 'timestamptz' })
  certificateNotBefore: Date;

  @Column({ name: 'certificate_not_after', type: 'timestamptz' })
  certificateNotAfter: Date;

  /** The signature algorithm, e.g. sha256WithRSAEncryption. */
  @Column({ type: 'text' })
  algorithm: string;

  /** The signing time the signature carries (its signed attribute), else when it was received. */
  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The CMS as received (DER). */
  @Column({ type: 'bytea' })
  cms: Buffer;
}
