import {
  Actor,
  ActEvent,
  ActSnapshot,
  ActType,
  CalendarCoverageError,
  CalendarRefusalCode,
  decide,
  EditionRefusalCode,
  KZ_155_VII_EDITION_ID,
  LinkReason,
  machineFor,
  ProductionCalendar,
  Refusal,
  toLocalDate,
} from '@app/domain';
import { ActEntity, ActsRepository, ActTransitionEntity, AuditActor, AuditLogRepository, CaseEntity, CasesRepository, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { ActEffects, LinkedActRequest } from './act-effects';
import { actSummary } from './act-summary';
import { toSnapshot } from './act-snapshot.mapper';
import { CaseStatusService } from './case-status.service';
import { ProductionCalendarService } from './production-calendar.service';
import { noEditionRefusal, StatuteEditions } from './statute-editions.service';
import { ActVersionConflict, TransitionRefused } from './workflow-errors';

/** The history row of an act's creation: no event of the machine, the act simply begins. */
export const FILED = 'FILED';
/** The history row of a draft's correction before it is issued: the state stays, the text changes. */
export const DRAFT_REVISED = 'DRAFT_REVISED';

export interface DraftRevision {
  /** The draft as read inside `tx`. */
  readonly act: ActEntity;
  readonly expectedVersion: number;
  readonly title: string;
  readonly addresseeName: string;
  readonly targetDescription: string | null;
  readonly attributes: Record<string, unknown>;
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
    private readonly editions: StatuteEditions,
  ) {}

  async apply(tx: Tx, request: EventRequest): Promise<void> {
    const { act, event, payload, actor, auditActor, expectedVersion, now } = request;
    const calendar = await this.calendars.current(tx);
    const decision = decide(toSnapshot(act), event, actor, payload, now, { calendar });
    if (!decision.ok) throw new TransitionRefused(decision.refusal, act.state, event);

    const before = actSummary(act);
    const leavesDraft = act.issuedAt === null && decision.from === machineFor(toSnapshot(act)).initial;
    // A linked act (a court application, a compulsory execution) belongs to its source act's life
    // and keeps the source's edition; an act filed on its own is judged by its issue day.
    if (leavesDraft && act.linkedActId === null) this.assertEditionInForce(act, event, now);
    const changes = { state: decision.to, suspendedFrom: decision.suspendedFrom, version: expectedVersion + 1, issuedAt: leavesDraft ? now : act.issuedAt };
    if (!(await this.acts.claimTransition(tx, act.id, expectedVersion, changes))) throw new ActVersionConflict(act.id);
    Object.assign(act, changes);

    const { linkedActs } = await this.effects.apply(tx, act, decision.effects, calendar, now).catch((error: unknown) => {
      if (error instanceof CalendarCoverageError) throw new TransitionRefused(coverageRefusal(error, payload, calendar), act.state, event);
      throw error;
    });
    act.updatedAt = await this.acts.recordEffects(tx, act.id, { nextDueAt: act.nextDueAt, complaintPending: act.complaintPending });
    await this.acts.appendHistory(tx, {
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
    });
    for (const link of linkedActs) await this.fileLinkedAct(tx, act, link, auditActor, now);
    await this.caseStatus.refresh(tx, auditActor, act.caseId);
    // Last: the act's audit row takes the chain's lock until commit (ADR 0005); everything before
    // it runs unserialised. (A linked act's 'act.filed' row precedes this one; they commit together.)
    await this.audit.append(tx, auditActor, {
      action: 'act.transitioned',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before,
      after: { ...actSummary(act), event },
    });
  }

  /**
   * An act is judged by the edition in force on the day it is issued (docs/adr/0008): the local
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
        title: input.title,
        addresseeName: input.addresseeName,
        targetDescription: input.targetDescription,
        attributes: snapshot.attributes as unknown as Record<string, unknown>,
        linkedActId: input.linkedActId,
        linkReason: input.linkReason,
        authorId: input.authorId,
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
    const fields = { title: revision.title, addresseeName: revision.addresseeName, targetDescription: revision.targetDescription, attributes: revision.attributes };
    const updatedAt = await this.acts.reviseDraft(tx, act.id, expectedVersion, act.state, fields);
    if (!updatedAt) throw new ActVersionConflict(act.id);
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

  /** 23.2, 26-1.1: the effect opens a draft of the linked act in the same case, authored by the source act's author. */
  private async fileLinkedAct(tx: Tx, source: ActEntity, link: LinkedActRequest, auditActor: AuditActor, now: Date): Promise<void> {
    const kase = await this.cases.findById(source.caseId, tx);
    if (!kase) throw new Error(`case ${source.caseId} of act ${source.id} does not exist`);
    const machine = machineFor({ type: link.actType, kind: link.kind, editionId: source.editionId });
    const snapshot = { type: link.actType, kind: link.kind, attributes: linkedDraftAttributes(link, source.editionId), state: machine.initial, editionId: source.editionId, suspendedFrom: null, complaintPending: false } as ActSnapshot;
    await this.file(tx, {
      kase,
      snapshot,
      title: `${link.actType} — ${source.title}`,
      addresseeName: source.addresseeName,
      targetDescription: source.targetDescription,
      linkedActId: source.id,
      linkReason: link.reason,
      authorId: source.authorId,
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
