import type { TextLanguage } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ActDocumentEntity } from '../entities/act-document.entity';
import { ActSignatureEntity } from '../entities/act-signature.entity';
import { Tx } from '../transactions';
import { isUniqueViolation } from '../unique-violation';

export type NewActDocument = Pick<ActDocumentEntity, 'actId' | 'language' | 'actVersion' | 'sha256' | 'sizeBytes' | 'storageKey' | 'preparedAt'>;
export type NewActSignature = Omit<ActSignatureEntity, 'id' | 'act' | 'document' | 'signer'>;

/** A signature as the act page shows it: with the language of the document it signs and the signer's name. */
export interface SignatureRow {
  readonly signature: ActSignatureEntity;
  readonly language: TextLanguage;
  readonly documentSha256: string;
  readonly signerName: string;
  /** False once the draft was corrected: it signs a PDF that is no longer the act's. */
  readonly current: boolean;
}

/**
 * An act's documents: the PDFs rendered from it (one current per language until the draft is
 * corrected; final once issued) and the verified signatures over them.
 */
@Injectable()
export class ActDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The act's current PDF in `language` (the issued one, once the act is issued), or null. */
  current(actId: string, language: TextLanguage, tx: Tx = this.dataSource.manager): Promise<ActDocumentEntity | null> {
    return tx.findOneBy(ActDocumentEntity, { actId, language, supersededAt: IsNull() });
  }

  /** Every current PDF of the act, Kazakh first. */
  currentOf(actId: string, tx: Tx = this.dataSource.manager): Promise<ActDocumentEntity[]> {
    return tx.find(ActDocumentEntity, { where: { actId, supersededAt: IsNull() }, order: { language: 'ASC' } });
  }

  /** The PDFs the act was issued with, Kazakh first. */
  issuedOf(actId: string, tx: Tx = this.dataSource.manager): Promise<ActDocumentEntity[]> {
    return tx
      .createQueryBuilder(ActDocumentEntity, 'd')
      .where('d.act_id = :actId AND d.issued_at IS NOT NULL', { actId })
      .orderBy('d.language', 'ASC')
      .getMany();
  }

  /**
   * Records a PDF just prepared as the current one of its language; null when another request
   * recorded one first (the unique index on current documents decides), whose row the caller reads.
   */
  async recordPrepared(document: NewActDocument): Promise<ActDocumentEntity | null> {
    try {
      return await this.dataSource.manager.save(ActDocumentEntity, { ...document, issuedAt: null, supersededAt: null });
    } catch (error) {
      if (isUniqueViolation(error, 'act_documents_current_key')) return null;
      throw error;
    }
  }

  /** The draft was corrected: its PDFs (and the signatures over them) no longer stand for it. */
  async supersedeDrafts(tx: Tx, actId: string, now: Date): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(ActDocumentEntity)
      .set({ supersededAt: now })
      .where('act_id = :actId AND superseded_at IS NULL AND issued_at IS NULL', { actId })
      .execute();
  }

  /** Issues the act's current PDFs: from now on they never change (a trigger refuses it). Answers them. */
  async markIssued(tx: Tx, actId: string, now: Date): Promise<ActDocumentEntity[]> {
    const issued = await tx
      .createQueryBuilder()
      .update(ActDocumentEntity)
      .set({ issuedAt: now })
      .where('act_id = :actId AND superseded_at IS NULL AND issued_at IS NULL', { actId })
      .returning('*')
      .execute();
    return (issued.raw as Array<Record<string, unknown>>).map((row) => tx.create(ActDocumentEntity, {
      id: row.id as string,
      actId: row.act_id as string,
      language: row.language as TextLanguage,
      actVersion: row.act_version as number,
      sha256: row.sha256 as string,
      sizeBytes: row.size_bytes as number,
      storageKey: row.storage_key as string,
      preparedAt: row.prepared_at as Date,
      issuedAt: row.issued_at as Date,
      supersededAt: null,
    }));
  }

  recordSignature(tx: Tx, signature: NewActSignature): Promise<ActSignatureEntity> {
    return tx.save(ActSignatureEntity, signature);
  }

  /** Is one of the act's current PDFs signed? (What DOCUMENT_SIGNED_WHEN_REQUIRED asks.) */
  async hasCurrentSignature(tx: Tx, actId: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM act_signatures s JOIN act_documents d ON d.id = s.document_id
       WHERE s.act_id = $1 AND d.superseded_at IS NULL LIMIT 1`,
      [actId],
    );
    return (rows as unknown[]).length > 0;
  }

  /** The act's signatures, oldest first. */
  async signaturesOf(actId: string, tx: Tx = this.dataSource.manager): Promise<SignatureRow[]> {
    const rows = await tx
      .createQueryBuilder(ActSignatureEntity, 's')
      .innerJoinAndSelect('s.document', 'd')
      .innerJoinAndSelect('s.signer', 'u')
      .where('s.act_id = :actId', { actId })
      .orderBy('s.recorded_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return rows.map((signature) => {
      const { document, signer, ...row } = signature;
      if (!document || !signer) throw new Error(`signature ${signature.id} without its document or signer`);
      return {
        signature: Object.assign(new ActSignatureEntity(), row),
        language: document.language,
        documentSha256: document.sha256,
        signerName: signer.fullName,
        current: document.supersededAt === null,
      };
    });
  }
}
