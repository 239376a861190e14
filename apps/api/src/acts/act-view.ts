import { ActEvent } from '@app/domain';
import { actSummary } from '@app/workflow';
import { ActDocumentEntity, ActEntity, ActParties, ActTransitionEntity, DeadlineEntity, decodeDeadlineRecord, SignatureRow } from '@app/persistence';
import { ActDocumentView, ActSignatureView } from '../documents/dto/document.views';
import { ActDetailView, ActSummaryView, ActTransitionView, DeadlineView } from './dto/act.views';

export function deadlineView(row: DeadlineEntity): DeadlineView {
  const record = decodeDeadlineRecord(row.ledger);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    runsAgainst: row.runsAgainst,
    triggeredAt: row.triggeredAt,
    dueAt: row.dueAt,
    internalTargetAt: row.internalTargetAt,
    metAt: row.metAt,
    missedAt: row.missedAt,
    article: row.citation,
    editionId: row.editionId,
    explanation: row.explanation,
    pauses: record.pauses.map((pause) => ({ from: pause.from, to: pause.to, reason: pause.reason, citation: pause.citation })),
    extensions: record.extensions.map((extension) => ({ count: extension.count, unit: extension.unit, grantedAt: extension.grantedAt, reason: extension.reason })),
  };
}

export function transitionView(row: ActTransitionEntity): ActTransitionView {
  return {
    version: row.version,
    event: row.event,
    fromState: row.fromState,
    toState: row.toState,
    actorUserId: row.actorUserId,
    actorRole: row.actorRole,
    occurredAt: row.occurredAt,
    requestId: row.requestId,
    payload: row.payload,
    effects: row.effects,
  };
}

/** The act without its deadlines and history (lists, the change feed): the workflow's summary. */
export const actSummaryView: (act: ActEntity) => ActSummaryView = actSummary;

/** What the act is as a document: its PDFs once issued and the signatures over them. */
export interface ActDocumentRecord {
  readonly issued: ActDocumentEntity[];
  readonly signatures: SignatureRow[];
}

const NO_DOCUMENTS: ActDocumentRecord = { issued: [], signatures: [] };

export function documentView(row: ActDocumentEntity): ActDocumentView {
  return { language: row.language, sha256: row.sha256, sizeBytes: row.sizeBytes, preparedAt: row.preparedAt, issuedAt: row.issuedAt as Date };
}

export function signatureView({ signature, language, documentSha256, signerName, current }: SignatureRow): ActSignatureView {
  return {
    id: signature.id,
    language,
    documentSha256,
    current,
    signedBy: signature.signedBy,
    signerName,
    certificate: {
      subject: signature.certificateSubject,
      issuer: signature.certificateIssuer,
      serialNumber: signature.certificateSerial,
      sha256: signature.certificateSha256,
      notBefore: signature.certificateNotBefore,
      notAfter: signature.certificateNotAfter,
    },
    algorithm: signature.algorithm,
    signedAt: signature.signedAt,
    recordedAt: signature.recordedAt,
  };
}

export function actDetailView(
  act: ActEntity,
  parties: ActParties,
  deadlines: DeadlineEntity[],
  history: ActTransitionEntity[],
  allowedEvents: ActEvent[],
  document: ActDocumentRecord = NO_DOCUMENTS,
): ActDetailView {
  return {
    ...actSummaryView(act),
    ...parties,
    text: act.text as ActDetailView['text'],
    registrationNumber: act.registrationNumber,
    documents: document.issued.map(documentView),
    signatures: document.signatures.map(signatureView),
    deadlines: deadlines.map(deadlineView),
    allowedEvents,
    history: history.map(transitionView),
  };
}
