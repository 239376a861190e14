import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppConfig, Clock } from '@app/config';
import { ActRefusalCode } from '@app/domain';
import { ActsRepository, AttachmentEntity, AttachmentsRepository, AuditLogRepository, CasesRepository, CaseStatus, Transactions } from '@app/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { auditActorOf } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { FileStore } from '../files/file-store';
import { receiveUpload, UploadLimits } from '../files/upload';
import { ProblemException } from '../http/problem-details';
import { AttachmentView } from './dto/document.views';

/** Whose files: an act's, or its case's own. */
export type AttachmentOwner = { readonly kind: 'act'; readonly id: string } | { readonly kind: 'case'; readonly id: string };

interface OwnerRecord {
  readonly caseId: string;
  readonly actId: string | null;
  readonly officePath: string;
  /** Why its files may no longer be deleted, if they may not. */
  readonly locked: string | null;
}

/**
 * Files of acts and cases: streamed in (size limit and content-sniffed types, nothing kept when
 * refused), kept in the file store, recorded with their SHA-256 in the audit log. Access is
 * exactly the owner's: whoever may read the act or case reads its files; its own office uploads
 * and deletes, until the act is issued (an issued act's files are part of its record).
 */
@Injectable()
export class AttachmentsService {
  private readonly limits: UploadLimits;

  constructor(
    config: AppConfig,
    private readonly acts: ActsRepository,
    private readonly cases: CasesRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly audit: AuditLogRepository,
    private readonly transactions: Transactions,
    private readonly store: FileStore,
    private readonly clock: Clock,
  ) {
    this.limits = { maxBytes: config.ATTACHMENT_MAX_BYTES, allowedTypes: new Set(config.ATTACHMENT_TYPES.split(',')) };
  }

  async upload(caller: Caller, owner: AttachmentOwner, request: Request): Promise<AttachmentView> {
    const record = await this.writableOwner(caller.principal, owner);
    const file = await receiveUpload(request, this.limits);
    const key = `attachments/${randomUUID()}`;
    try {
      await this.store.putFile(key, file.path, file.size, file.mediaType);
    } finally {
      await rm(file.path, { force: true });
    }
    try {
      const saved = await this.transactions.run(async (tx) => {
        const attachment = await this.attachments.insert(tx, {
          caseId: record.caseId,
          actId: record.actId,
          officePath: record.officePath,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: String(file.size),
          sha256: file.sha256,
          storageKey: key,
          uploadedBy: userIdOf(caller.principal),
          uploadedAt: this.clock.now(),
        });
        await this.audit.append(tx, auditActorOf(caller), {
          action: 'attachment.uploaded',
          entityType: 'attachment',
          entityId: attachment.id,
          caseId: record.caseId,
          officePath: record.officePath,
          before: null,
          after: attachmentView(attachment),
        });
        return attachment;
      });
      return attachmentView(saved);
    } catch (error) {
      await this.store.remove(key);
      throw error;
    }
  }

  async list(principal: Principal, owner: AttachmentOwner): Promise<AttachmentView[]> {
    await this.readableOwner(principal, owner);
    const rows = owner.kind === 'act' ? await this.attachments.ofAct(owner.id) : await this.attachments.ofCase(owner.id);
    return rows.map(attachmentView);
  }

  async open(principal: Principal, owner: AttachmentOwner, attachmentId: string): Promise<{ attachment: AttachmentEntity; body: Readable }> {
    await this.readableOwner(principal, owner);
    const attachment = await this.ownedBy(owner, attachmentId);
    return { attachment, body: await this.store.open(attachment.storageKey) };
  }

  async remove(caller: Caller, owner: AttachmentOwner, attachmentId: string): Promise<void> {
    await this.writableOwner(caller.principal, owner);
    const attachment = await this.ownedBy(owner, attachmentId);
    await this.transactions.run(async (tx) => {
      if (!(await this.attachments.remove(tx, attachment.id))) throw notFound('Attachment');
      await this.audit.append(tx, auditActorOf(caller), {
        action: 'attachment.deleted',
        entityType: 'attachment',
        entityId: attachment.id,
        caseId: attachment.caseId,
        officePath: attachment.officePath,
        before: attachmentView(attachment),
        after: null,
      });
    });
    // After commit: the record (and its SHA-256 in the audit log) is what counts; the bytes go.
    await this.store.remove(attachment.storageKey);
  }

  private async ownedBy(owner: AttachmentOwner, attachmentId: string): Promise<AttachmentEntity> {
    const attachment = await this.attachments.findById(attachmentId);
    const belongs = attachment && (owner.kind === 'act' ? attachment.actId === owner.id : attachment.caseId === owner.id && attachment.actId === null);
    if (!attachment || !belongs) throw notFound('Attachment');
    return attachment;
  }

  private async readableOwner(principal: Principal, owner: AttachmentOwner): Promise<OwnerRecord> {
    if (owner.kind === 'act') {
      const act = await this.acts.findById(owner.id);
      if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
      return { caseId: act.caseId, actId: act.id, officePath: act.officePath, locked: act.issuedAt === null ? null : 'The act was issued: its files are part of its record' };
    }
    const kase = await this.cases.findById(owner.id);
    if (!kase || !canReadOffice(principal, kase.officePath)) throw notFound('Case');
    // Policy, not statute: a closed case's files stay as they were when it closed.
    return { caseId: kase.id, actId: null, officePath: kase.officePath, locked: kase.status === CaseStatus.CLOSED ? 'The case is closed: its files are part of its record' : null };
  }

  private async writableOwner(principal: Principal, owner: AttachmentOwner): Promise<OwnerRecord> {
    const record = await this.readableOwner(principal, owner);
    if (principal.kind !== 'user' || principal.officePath !== record.officePath) {
      throw new ProblemException({ status: HttpStatus.FORBIDDEN, code: ActRefusalCode.NOT_ACT_OFFICE, title: 'Files are added and removed by a prosecutor of the case’s own office' });
    }
    if (record.locked) throw new ProblemException({ status: HttpStatus.CONFLICT, code: 'ATTACHMENT_LOCKED', title: record.locked });
    return record;
  }
}

function userIdOf(principal: Principal): string {
  if (principal.kind !== 'user') throw new Error('only users upload files');
  return principal.userId;
}

export function attachmentView(row: AttachmentEntity): AttachmentView {
  return {
    id: row.id,
    caseId: row.caseId,
    actId: row.actId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
  };
}
