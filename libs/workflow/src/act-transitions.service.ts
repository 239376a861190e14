import {
  Actor,
  ActEvent,
  ActSnapshot,
  ActText,
  ActType,
  CalendarCoverageError,
  CalendarRefusalCode,
  decide,
  EditionRefusalCode,
  ISSUING_EVENTS,
  KZ_155_VII_EDITION_ID,
  languagesOf,
  LinkReason,
  machineFor,
  ProductionCalendar,
  RecordEvent,
  Refusal,
  toLocalDate,
} from '@app/domain';
import { ActDocumentsRepository, ActEntity, ActsRepository, ActTransitionChanges, ActTransitionEntity, AuditActor, AuditLogRepository, CaseEntity, CasesRepository, NewActSignature, PendingAudit, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { ActEffects, LinkedActRequest } from './act-effects';
import { actSummary } from './act-summary';
import { toSnapshot } from './act-snapshot.mapper';
import { CaseStatusService } from './case-status.service';
import { ProductionCalendarService } from './production-calendar.service';
import { SignaturePolicy } from './signature-policy';
import { noEditionRefusal, StatuteEditions } from './statute-editions.service';
import { ActVersionConflict, DocumentNotPrepared, TransitionRefused } from './workflow-errors';

/** The history row of an act's creation: no event of the machine, the act simply begins. */
export const FILED = RecordEvent.FILED;
/** The history row of a draft's correction before it is issued: the state stays, the text changes. */
export const DRAFT_REVISED = RecordEvent.DRAFT_REVISED;
/** The history row of a new responsible prosecutor: the state stays, the person who answers changes. */
export const RESPONSIBLE_CHANGED = RecordEvent.RESPONSIBLE_CHANGED;

export interface Assignment {
  /** The act as read (and locked) inside `tx`. */
  readonly act: ActEntity;
  readonly responsibleUserId: string;
  readonly reason: string;
  readonly auditActor: AuditActor;
  readonly now: Date;
}

/** The history row of a verified signature over the act's PDF: the state stays, the version rises. */
export const DOCUMENT_SIGNED = RecordEvent.DOCUMENT_SIGNED;

export interface SignatureRecord {
  /** The act as read inside `tx`. */
  readonly act: ActEntity;
  readonly expectedVersion: number;
  readonly signature: NewActSignature;
  /** The document signed, as the history row and the change feed name it. */
  readonly document: { readonly language: string; readonly sha256: string };
  readonly auditActor: AuditActor;
  readonly now: Date;
}

export interface DraftRevision {
  /** The draft as read inside `tx`. */
  readonly act: ActEntity;
  readonly expectedVersion: number;
  readonly title: string;
  readonly addresseeName: string;
  readonly targetDescription: string | null;
  readonly attributes: Record<string, unknown>;
  readonly text: ActText;
  /** The fields the caller sent, as history keeps them. */
  readonly changes: Record<string, unknown>;
  readonly auditActor: AuditActor;
  readonly now: Date;
}

export interface EventRequest {
  /** The act as read inside `tx`. */
  readonly act: ActEntity;
  readonly event: ActEvent;
  readonly payload: Record<string, unknown>;
  /** Who fires it, as the domain judges callers. */
  readonly actor: Actor;
  readonly auditActor: AuditActor;
  /** The version the caller saw (If-Match), or the one just read. */
  readonly expectedVersion: number;
  readonly now: Date;
}

/** What applyBatch answers: the requests the domain refused, each with its refusal (nothing of them was written). */
export interface BatchOutcome {
  readonly refused: ReadonlyArray<{ readonly request: EventRequest; readonly error: TransitionRefused }>;
}

/** A request the domain accepted, with what it changes. */
interface Accepted {
  readonly request: EventRequest;
  readonly decision: Extract<ReturnType<typeof decide>, { ok: true }>;
  readonly before: ReturnType<typeof actSummary>;
  readonly issuedDocuments: Array<{ language: string; sha256: string; sizeBytes: number }> | null;
  readonly changes: ActTransitionChanges;
}

export interface FiledAct {
  readonly act: ActEntity;
  readonly history: ActTransitionEntity[];
}

export interface NewAct {
  readonly kase: CaseEntity;
  readonly snapshot: ActSnapshot;
  readonly title: string;
  readonly addresseeName: string;
  readonly targetDescription: string | null;
  readonly linkedActId: string | null;
  readonly linkReason: LinkReason | null;
  readonly authorId: string;
  /** Who answers for it: the author, or for a linked act its source's responsible prosecutor. */
  readonly responsibleUserId: string;
  readonly auditActor: AuditActor;
  readonly now: Date;
}

/**
 * Applies an event to an act — the only way an act's state changes, for the API and the deadline
 * engine alike. The domain decides; the transition is applied inside the caller's transaction,
 * guarded by the act's version (a racing transition finds 0 rows: ActVersionConflict), with the
 * deadline rows, outbox rows, history row, linked acts, case status and audit row.
 */
@Injectable()
export class ActTransitions {
  constructor(
    private readonly calendars: ProductionCalendarService,
    private readonly effects: ActEffects,
    private readonly audit: AuditLogRepository,
    private readonly caseStatus: CaseStatusService,
    private readonly acts: ActsRepository,
    private readonly cases: CasesRepository,
    private readonly documents: ActDocumentsRepository,
    private readonly signatures: SignaturePolicy,
    private readonly editions: StatuteEditions,
  ) {}

  /** One act's transition: a batch of one; a refusal is thrown (TransitionRefused). */
  async apply(tx: Tx, request: EventRequest): Promise<void> {
    const { refused } = await this.applyBatch(tx, [request]);
    if (refused.length > 0) throw refused[0].error;
  }

  /**
   * Transitions of several acts (each at most once) in the caller's transaction, set-based: the
   * domain decides each; the accepted ones are locked and their versions checked in one statement
   * (a racing transition makes the whole batch fail with ActVersionConflict), their deadlines
   * loaded and stored, the acts written (state and derived fields together), their history
   * written, their cases refreshed — one statement each for the batch. The refused ones change nothing and are answered, not thrown. Audit rows
   * go to `options.audit` when given (the caller writes them with its own, last: ADR 0005),
   * otherwise they are written here, last.
   */
  async applyBatch(tx: Tx, requests: readonly EventRequest[], options: { readonly audit?: PendingAudit[] } = {}): Promise<BatchOutcome> {
    const calendar = await this.calendars.current(tx);
    const refused: Array<{ request: EventRequest; error: TransitionRefused }> = [];
    const accepted: Accepted[] = [];
    for (const request of requests) {
      try {
        accepted.push(await this.decideOne(tx, request, calendar));
      } catch (error) {
        if (!(error instanceof TransitionRefused)) throw error;
        refused.push({ request, error });
      }
    }
    if (accepted.length === 0) return { refused };

    // The acts first (then their deadlines: every writer takes them in this order), each still at
    // the version its caller saw — a racing transition committed first loses here, before anything is planned.
    const versions = await this.acts.lockVersions(tx, accepted.map(({ request }) => request.act.id));
    const lost = accepted.find(({ request }) => versions.get(request.act.id) !== request.expectedVersion);
    if (lost) throw new ActVersionConflict(lost.request.act.id);
    for (const { request, changes } of accepted) Object.assign(request.act, changes);

    const loaded = await this.effects.load(tx, accepted.map(({ request, decision }) => ({ actId: request.act.id, effects: decision.effects })));
    const planned = accepted.map(({ request, decision }) => {
      const { act, event, payload, now } = request;
      try {
        return this.effects.plan(act, loaded.get(act.id) ?? [], decision.effects, calendar, now);
      } catch (error) {
        if (error instanceof CalendarCoverageError) throw new TransitionRefused(coverageRefusal(error, payload, calendar), act.state, event);
        throw error;
      }
    });
    await this.effects.store(tx, planned);
    // One write an act: its new state and version with what the effects derived, version-guarded.
    const stamps = await this.acts.recordTransitions(tx, accepted.map(({ request }) => ({ expectedVersion: request.expectedVersion, act: request.act })));
    const unwritten = accepted.find(({ request }) => !stamps.has(request.act.id));
    if (unwritten) throw new ActVersionConflict(unwritten.request.act.id);
    for (const { request } of accepted) request.act.updatedAt = stamps.get(request.act.id)!;
    await this.acts.appendHistories(
      tx,
      accepted.map(({ request: { act, event, payload, auditActor, now }, decision }) => ({
        actId: act.id,
        version: act.version,
        event,
        fromState: decision.from,
        toState: decision.to,
        actorUserId: auditActor.userId,
        actorRole: auditActor.role,
        payload,
        effects: JSON.parse(JSON.stringify(decision.effects)) as unknown[],
        requestId: auditActor.requestId,
        occurredAt: now,
      })),
    );
    for (const [index, { request }] of accepted.entries()) {
      for (const link of planned[index].linkedActs) await this.fileLinkedAct(tx, request.act, link, request.auditActor, request.now);
    }
    const audit = options.audit ?? [];
    // The cases of each writer together (a batch usually has one: the deadline engine).
    const byActor = new Map<AuditActor, string[]>();
    for (const { request } of accepted) byActor.set(request.auditActor, [...(byActor.get(request.auditActor) ?? []), request.act.caseId]);
    for (const [actor, caseIds] of byActor) await this.caseStatus.refreshMany(tx, actor, caseIds, audit);
    for (const { request, before, issuedDocuments } of accepted) {
      const { act, event, auditActor } = request;
      audit.push({
        actor: auditActor,
        entry: {
          action: 'act.transitioned',
          entityType: 'act',
          entityId: act.id,
          caseId: act.caseId,
          officePath: act.officePath,
          before,
          after: { ...actSummary(act), event, ...(issuedDocuments ? { documents: issuedDocuments } : {}) },
        },
      });
    }
    // Last: the audit rows take the chain's lock until commit (ADR 0005); everything before them
    // runs unserialised. (A linked act's 'act.filed' row precedes them; they commit together.)
    if (!options.audit) await this.audit.appendMany(tx, audit);
    return { refused };
  }

  /** The domain's decision on one request, and what it changes on the act; a refusal is thrown (TransitionRefused). Writes only an issued act's documents. */
  private async decideOne(tx: Tx, request: EventRequest, calendar: ProductionCalendar): Promise<Accepted> {
    const { act, event, payload, actor, expectedVersion, now } = request;
    const facts = { documentSignature: ISSUING_EVENTS.includes(event) ? await this.signatures.signatureOf(tx, act) : ('NOT_REQUIRED' as const) };
    const decision = decide(toSnapshot(act), event, actor, payload, now, { calendar, facts });
    if (!decision.ok) throw new TransitionRefused(decision.refusal, act.state, event);
    const leavesDraft = act.issuedAt === null && decision.from === machineFor(toSnapshot(act)).initial;
    // A linked act (a court application, a compulsory execution) belongs to its source act's life
    // and keeps the source's edition; an act filed on its own is judged by its issue day.
    if (leavesDraft && act.linkedActId === null) this.assertEditionInForce(act, event, now);
    // Issuing freezes the PDFs prepared from the draft as it stands — one per language of its text
    // (the caller prepared them); from now on they never change, and their SHA-256s are audited.
    const issuedDocuments = leavesDraft && ISSUING_EVENTS.includes(event) ? await this.issueDocuments(tx, act, now) : null;
    const changes = { state: decision.to, suspendedFrom: decision.suspendedFrom, version: expectedVersion + 1, issuedAt: leavesDraft ? now : act.issuedAt, lastFactAt: decision.lastFactAt };
    return { request, decision, before: actSummary(act), issuedDocuments, changes };
  }

  private async issueDocuments(tx: Tx, act: ActEntity, now: Date): Promise<Array<{ language: string; sha256: string; sizeBytes: number }>> {
    const issued = await this.documents.markIssued(tx, act.id, now);
    const missing = languagesOf(act.text).filter((language) => !issued.some((document) => document.language === language));
    if (missing.length > 0) throw new DocumentNotPrepared(act.id, missing);
    return issued.map((document) => ({ language: document.language, sha256: document.sha256, sizeBytes: document.sizeBytes }));
  }

  /**
   * Records a verified signature over one of the draft's PDFs: the signature row, a history row
   * and the audit row (so it shows on the act and in the change feed); the version rises, so a
   * cached copy of the act is stale.
   */
  async recordSignature(tx: Tx, record: SignatureRecord): Promise<void> {
    const { act, expectedVersion, auditActor, now } = record;
    const before = actSummary(act);
    const updatedAt = await this.acts.bumpVersion(tx, act.id, expectedVersion);
    if (!updatedAt) throw new ActVersionConflict(act.id);
    Object.assign(act, { version: expectedVersion + 1, updatedAt });
    const signature = await this.documents.recordSignature(tx, record.signature);
    const signed = {
      signatureId: signature.id,
      language: record.document.language,
      documentSha256: record.document.sha256,
      certificateSubject: signature.certificateSubject,
      certificateSerial: signature.certificateSerial,
      signedAt: signature.signedAt,
    };
    await this.acts.appendHistory(tx, {
      actId: act.id,
      version: act.version,
      event: DOCUMENT_SIGNED,
      fromState: act.state,
      toState: act.state,
      actorUserId: auditActor.userId,
      actorRole: auditActor.role,
      payload: signed,
      effects: [],
      requestId: auditActor.requestId,
      occurredAt: now,
    });
    await this.audit.append(tx, auditActor, {
      action: 'act.document_signed',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before,
      after: { ...actSummary(act), event: DOCUMENT_SIGNED, signature: signed },
    });
  }

  /**
   * An act is judged by the edition in force on the day it is issued (docs/adr/0010): the local
   * date of the instant it leaves its draft. A draft filed under one edition and issued on a day
   * another (or none) judges is refused — the prosecutor files it again under the edition in force.
   */
  private assertEditionInForce(act: ActEntity, event: ActEvent, now: Date): void {
    const verdict = this.editions.judge(toLocalDate(now));
    if (!verdict.ok) throw new TransitionRefused(noEditionRefusal(verdict), act.state, event);
    if (verdict.edition.id === act.editionId) return;
    throw new TransitionRefused(
      {
        code: EditionRefusalCode.EDITION_CHANGED_SINCE_DRAFT,
        citation: null,
        message:
          `This draft was written under ${act.editionId}; on ${toLocalDate(now)}, the day it would be issued, ${verdict.edition.id} is in force. ` +
          `An act is judged by the edition in force on its issue date: file it again under ${verdict.edition.id}.`,
      },
      act.state,
      event,
    );
  }

  /**
   * Inserts a new act in its machine's initial state, with its history row and audit row, and
   * answers both rows as stored — the caller needs no read-back to describe what it filed.
   */
  async file(tx: Tx, input: NewAct): Promise<FiledAct> {
    const { kase, snapshot, auditActor, now } = input;
    const act = await this.acts.insert(tx, {
        caseId: kase.id,
        officeId: kase.officeId,
        officePath: kase.officePath,
        type: snapshot.type,
        kind: snapshot.kind,
        state: snapshot.state,
        suspendedFrom: null,
        complaintPending: false,
        version: 1,
        editionId: snapshot.editionId,
        issuedAt: null,
        lastFactAt: null,
        title: input.title,
        addresseeName: input.addresseeName,
        targetDescription: input.targetDescription,
        attributes: snapshot.attributes as unknown as Record<string, unknown>,
        text: snapshot.text,
        linkedActId: input.linkedActId,
        linkReason: input.linkReason,
        authorId: input.authorId,
        responsibleUserId: input.responsibleUserId,
        nextDueAt: null,
      });
    const filed = await this.acts.appendHistory(tx, {
      actId: act.id,
      version: 1,
      event: FILED,
      fromState: null,
      toState: act.state,
      actorUserId: auditActor.userId,
      actorRole: auditActor.role,
      payload: input.linkedActId ? { linkedActId: input.linkedActId, linkReason: input.linkReason } : {},
      effects: [],
      requestId: auditActor.requestId,
      occurredAt: now,
    });
    // The case's status first, the act's audit row last: the audit row takes the chain's lock,
    // held until commit (ADR 0005), so nothing after it may cost a round trip. (A reopened case's
    // 'case.status_changed' row then precedes 'act.filed'; both commit together.)
    await this.caseStatus.refresh(tx, auditActor, kase.id);
    await this.audit.append(tx, auditActor, {
      action: 'act.filed',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before: null,
      after: actSummary(act),
    });
    return { act, history: [filed] };
  }

  /**
   * Corrects a draft before it is issued: its text and attributes change, its state does not; the
   * version rises (a stale If-Match cannot overwrite it), with a history row and an audit row.
   * The caller has checked the corrected draft against the statute (checkFiling).
   */
  async reviseDraft(tx: Tx, revision: DraftRevision): Promise<void> {
    const { act, expectedVersion, auditActor, now } = revision;
    const before = actSummary(act);
    const fields = { title: revision.title, addresseeName: revision.addresseeName, targetDescription: revision.targetDescription, attributes: revision.attributes, text: revision.text };
    const updatedAt = await this.acts.reviseDraft(tx, act.id, expectedVersion, act.state, fields);
    if (!updatedAt) throw new ActVersionConflict(act.id);
    // The corrected draft is another document: its PDFs, and any signature over them, no longer count.
    await this.documents.supersedeDrafts(tx, act.id, now);
    Object.assign(act, fields, { version: expectedVersion + 1, updatedAt });
    await this.acts.appendHistory(tx, {
      actId: act.id,
      version: act.version,
      event: DRAFT_REVISED,
      fromState: act.state,
      toState: act.state,
      actorUserId: auditActor.userId,
      actorRole: auditActor.role,
      payload: revision.changes,
      effects: [],
      requestId: auditActor.requestId,
      occurredAt: now,
    });
    await this.audit.append(tx, auditActor, {
      action: 'act.draft_revised',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before,
      after: { ...actSummary(act), event: DRAFT_REVISED },
    });
  }

  /**
   * Gives the act to another responsible prosecutor (work allocation, not a step of its life
   * cycle): the version rises (a stale view of the act is refused), with a history row and an audit
   * row. Reminders not yet sent go to the new prosecutor: the engine reads who answers when it sends.
   */
  async assign(tx: Tx, assignment: Assignment): Promise<void> {
    const { act, auditActor, now } = assignment;
    const before = actSummary(act);
    const updatedAt = await this.acts.assign(tx, act.id, act.version, assignment.responsibleUserId);
    if (!updatedAt) throw new ActVersionConflict(act.id);
    const previous = act.responsibleUserId;
    Object.assign(act, { responsibleUserId: assignment.responsibleUserId, version: act.version + 1, updatedAt });
    await this.acts.appendHistory(tx, {
      actId: act.id,
      version: act.version,
      event: RESPONSIBLE_CHANGED,
      fromState: act.state,
      toState: act.state,
      actorUserId: auditActor.userId,
      actorRole: auditActor.role,
      payload: { from: previous, to: assignment.responsibleUserId, reason: assignment.reason },
      effects: [],
      requestId: auditActor.requestId,
      occurredAt: now,
    });
    await this.audit.append(tx, auditActor, {
      action: 'act.assigned',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before,
      after: { ...actSummary(act), event: RESPONSIBLE_CHANGED, reason: assignment.reason },
    });
  }

  /** 23.2, 26-1.1: the effect opens a draft of the linked act in the same case, authored by the source act's author. */
  private async fileLinkedAct(tx: Tx, source: ActEntity, link: LinkedActRequest, auditActor: AuditActor, now: Date): Promise<void> {
    const kase = await this.cases.findById(source.caseId, tx);
    if (!kase) throw new Error(`case ${source.caseId} of act ${source.id} does not exist`);
    const machine = machineFor({ type: link.actType, kind: link.kind, editionId: source.editionId });
    // The prosecutor writes its text (PATCH the draft) before it is issued (ACT_TEXT_COMPLETE).
    const snapshot = { type: link.actType, kind: link.kind, attributes: linkedDraftAttributes(link, source.editionId), state: machine.initial, editionId: source.editionId, suspendedFrom: null, complaintPending: false, text: {} } as ActSnapshot;
    await this.file(tx, {
      kase,
      snapshot,
      title: `${link.actType} — ${source.title}`,
      addresseeName: source.addresseeName,
      targetDescription: source.targetDescription,
      linkedActId: source.id,
      linkReason: link.reason,
      authorId: source.authorId,
      responsibleUserId: source.responsibleUserId,
      auditActor,
      now,
    });
  }
}

/**
 * A term counted over a year the production calendar does not cover: refused with the years it
 * covers, never counted as if the year had no holidays. The field is the payload instant that
 * falls outside, when one does (e.g. a receivedAt before the calendar's first year).
 */
function coverageRefusal(error: CalendarCoverageError, payload: Record<string, unknown>, calendar: ProductionCalendar): Refusal {
  const outside = Object.entries(payload).find(([, value]) => {
    if (typeof value !== 'string' && !(value instanceof Date)) return false;
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return false;
    const year = Number(toLocalDate(instant).slice(0, 4));
    return year < calendar.fromYear || year > calendar.toYear;
  });
  return {
    code: CalendarRefusalCode.YEAR_NOT_COVERED,
    citation: null,
    message: `${error.message} The production calendar covers ${calendar.fromYear}–${calendar.toYear}: a working-day term over another year is not counted.`,
    ...(outside ? { field: `payload.${outside[0]}` } : {}),
  };
}

/**
 * The attributes of a linked draft. The tables open two kinds of linked act: a court application
 * (23.2) and a resolution on compulsory execution (26-1.1), whose requirement is the source act's —
 * a requirement of a supervision act, not one depriving of property.
 */
function linkedDraftAttributes(link: LinkedActRequest, editionId: string): Record<string, unknown> {
  if (link.actType === ActType.COURT_APPLICATION) return { basedOnApplication: false, applicantIdentified: false };
  if (link.actType === ActType.RESOLUTION && link.kind === 'COMPULSORY_EXECUTION') {
    // 155-VII 37.2: the term of a compulsory execution is the prosecutor's to set in the draft.
    return editionId === KZ_155_VII_EDITION_ID ? { deprivesProperty: false, termDays: null } : { deprivesProperty: false };
  }
  throw new Error(`The transition tables link no ${link.actType} ${link.kind ?? ''}: add its draft attributes here`);
}
