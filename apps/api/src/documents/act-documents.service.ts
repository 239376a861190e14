import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Clock } from '@app/config';
import { ActRefusalCode, languagesOf, TextLanguage } from '@app/domain';
import { ActDocumentEntity, ActDocumentsRepository, ActEntity, ActsRepository, OfficesRepository, Transactions, UserRole, UsersRepository } from '@app/persistence';
import { ActTransitions, ActVersionConflict } from '@app/workflow';
import { HttpStatus, Injectable } from '@nestjs/common';
import { auditActorOf } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { FileStore } from '../files/file-store';
import { ProblemException } from '../http/problem-details';
import { composeDocument } from './act-document.content';
import { renderActPdf } from './act-pdf.renderer';
import { SignDocumentDto } from './dto/document.views';
import { SignatureVerifier } from './signature-verifier';

export interface ServedDocument {
  readonly document: ActDocumentEntity;
  readonly body: Readable;
  readonly fileName: string;
}

/**
 * The act's document: its PDF per language — prepared from the draft when first asked for and
 * kept (what is downloaded, signed and issued is the same bytes), final once the act is issued —
 * and the e-signatures over it.
 */
@Injectable()
export class ActDocumentsService {
  constructor(
    private readonly acts: ActsRepository,
    private readonly documents: ActDocumentsRepository,
    private readonly offices: OfficesRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly transitions: ActTransitions,
    private readonly store: FileStore,
    private readonly verifier: SignatureVerifier,
    private readonly clock: Clock,
  ) {}

  async open(principal: Principal, actId: string, language: TextLanguage): Promise<ServedDocument> {
    const act = await this.acts.findById(actId);
    if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
    const document = await this.current(act, language);
    return { document, body: await this.store.open(document.storageKey), fileName: `${act.type.toLowerCase()}-${act.registrationNumber}-${language}.pdf` };
  }

  /** The act's PDF in `language`: the one kept, or one prepared now from the act as it stands. */
  async current(act: ActEntity, language: TextLanguage): Promise<ActDocumentEntity> {
    if (!languagesOf(act.text).includes(language)) {
      throw new ProblemException({
        status: HttpStatus.CONFLICT,
        code: 'ACT_TEXT_LANGUAGE_MISSING',
        title: `The act has no text in ${language}`,
        detail: `It is written in ${languagesOf(act.text).join(', ') || 'no language yet'}.`,
      });
    }
    const kept = await this.documents.current(act.id, language);
    if (kept) return kept;
    return this.prepare(act, language);
  }

  /** Every language of the act's text has its PDF: what issuing freezes. */
  async prepareAll(act: ActEntity): Promise<void> {
    for (const language of languagesOf(act.text)) await this.current(act, language);
  }

  private async prepare(act: ActEntity, language: TextLanguage): Promise<ActDocumentEntity> {
    const [office, author] = await Promise.all([this.offices.findById(act.officeId), this.users.withOffice(act.authorId)]);
    if (!office) throw new Error(`office ${act.officeId} of act ${act.id} does not exist`);
    const preparedAt = this.clock.now();
    const content = composeDocument(
      act,
      language,
      { office, signatory: { fullName: author.fullName, role: author.role === UserRole.SUPERVISOR ? 'SUPERVISOR' : 'PROSECUTOR' } },
      preparedAt,
    );
    const pdf = await renderActPdf(content, preparedAt);
    const key = `documents/${randomUUID()}.pdf`;
    await this.store.put(key, pdf, 'application/pdf');
    const recorded = await this.documents.recordPrepared({
      actId: act.id,
      language,
      actVersion: act.version,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      sizeBytes: pdf.length,
      storageKey: key,
      preparedAt,
    });
    if (recorded) return recorded;
    // Another request prepared it first: theirs is the act's document.
    await this.store.remove(key);
    const winner = await this.documents.current(act.id, language);
    if (!winner) throw new ActVersionConflict(act.id);
    return winner;
  }

  /**
   * Records a signature over the draft's current PDF in one language, once verified (signature,
   * chain to the trust anchors, validity at signing time, key usage). The act's own office signs.
   */
  async sign(caller: Caller, actId: string, dto: SignDocumentDto): Promise<void> {
    const principal = caller.principal;
    const act = await this.acts.findById(actId);
    if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
    if (principal.kind !== 'user' || principal.officePath !== act.officePath) {
      throw new ProblemException({ status: HttpStatus.FORBIDDEN, code: ActRefusalCode.NOT_ACT_OFFICE, title: 'The act’s document is signed in its own office' });
    }
    if (act.issuedAt !== null) throw new ProblemException({ status: HttpStatus.CONFLICT, code: 'ACT_NOT_A_DRAFT', title: 'Only a draft’s document is signed: the issued one is final', state: act.state });
    const document = await this.documents.current(act.id, dto.language);
    if (!document) {
      throw new ProblemException({ status: HttpStatus.CONFLICT, code: 'DOCUMENT_NOT_PREPARED', title: `No PDF of the draft as it stands in ${dto.language}: download it first, then sign those bytes` });
    }
    const pdf = await readAll(await this.store.open(document.storageKey));
    const cms = Buffer.from(dto.cms, 'base64');
    const now = this.clock.now();
    const verified = await this.verifier.verify(cms, pdf, now, document.preparedAt);
    await this.transactions
      .run(async (tx) => {
        const current = await this.acts.findById(actId, tx);
        const stillCurrent = await this.documents.current(actId, dto.language, tx);
        if (!current || current.issuedAt !== null || stillCurrent?.id !== document.id) throw new ActVersionConflict(actId);
        await this.transitions.recordSignature(tx, {
          act: current,
          expectedVersion: current.version,
          document: { language: document.language, sha256: document.sha256 },
          signature: {
            actId,
            documentId: document.id,
            signedBy: principal.userId,
            certificateSubject: verified.certificate.subject,
            certificateIssuer: verified.certificate.issuer,
            certificateSerial: verified.certificate.serial,
            certificateSha256: verified.certificate.sha256,
            certificateNotBefore: verified.certificate.notBefore,
            certificateNotAfter: verified.certificate.notAfter,
            algorithm: verified.algorithm,
            signedAt: verified.signedAt,
            recordedAt: now,
            cms,
          },
          auditActor: auditActorOf(caller),
          now,
        });
      })
      .catch((error: unknown) => {
        if (error instanceof ActVersionConflict) {
          throw new ProblemException({ status: HttpStatus.CONFLICT, code: 'VERSION_CONFLICT', title: 'The draft changed while the signature was checked: download its PDF again and sign that' });
        }
        throw error;
      });
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
