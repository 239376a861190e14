import { Clock } from '@app/config';
import {
  ActRefusalCode,
  Actor,
  ActSnapshot,
  ActType,
  allowedEvents,
  checkActText,
  checkActTypeInEdition,
  checkFiling,
  ISSUING_EVENTS,
  machineFor,
  ResolutionKind,
  toLocalDate,
} from '@app/domain';
import { ActDocumentsRepository, ActEntity, ActsRepository, CasesRepository, DeadlinesRepository, Transactions, UserRole } from '@app/persistence';
import { ActTransitions, ActVersionConflict, DocumentNotPrepared, noEditionRefusal, StatuteEditions, TransitionRefused, toSnapshot } from '@app/workflow';
import { ActDocumentsService } from '../documents/act-documents.service';
import { HttpStatus, Injectable } from '@nestjs/common';
import { auditActorOf } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound, officeRelation, readableRoots } from '../auth/office-scope';
import { Principal, UserPrincipal } from '../auth/principal';
import { Page, pageRequest, pageView } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { actBodyFrom, actTextFrom } from './act-body';
import { actDetailView, actSummaryView } from './act-view';
import { ActDetailView, ActSummaryView } from './dto/act.views';
import { FileActBaseDto } from './dto/file-act.dto';
import { DRAFT_FORMS } from './dto/revise-draft.dto';
import { createValidationPipe } from '../http/validation';
import { FireEventDto } from './dto/fire-event.dto';
import { ListActsQuery } from './dto/list-acts.query';
import { parseIfMatch, versionConflict } from './act-version';
import { refusalProblem } from './refusal-problem';

@Injectable()
export class ActsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly acts: ActsRepository,
    private readonly cases: CasesRepository,
    private readonly deadlines: DeadlinesRepository,
    private readonly transitions: ActTransitions,
    private readonly clock: Clock,
    private readonly documents: ActDocumentsRepository,
    private readonly actDocuments: ActDocumentsService,
    private readonly editions: StatuteEditions,
  ) {}

  /**
   * Files a draft act in a case of the caller's own office, under the statute edition in force
   * today (docs/adr/0010: the draft is bound to it; issuing it on a day another edition judges is
   * refused). The draft is checked at once against every rule that would stop it from being issued
   * (checkFiling), so a forbidden act is refused with its article now rather than stored.
   */
  async file(caller: Caller, type: ActType, dto: FileActBaseDto): Promise<ActDetailView> {
    const principal = asProsecutor(caller.principal);
    const now = this.clock.now();
    const filed = await this.transactions.run(async (tx) => {
      // Reach first: a case outside it answers 404 whatever the act would have been.
      const kase = await this.cases.findById(dto.caseId, tx);
      if (!kase || !canReadOffice(principal, kase.officePath)) throw notFound('Case');
      if (kase.officePath !== principal.officePath) {
        throw new ProblemException({
          status: HttpStatus.FORBIDDEN,
          title: 'Acts are filed by a prosecutor of the case’s own office',
          code: ActRefusalCode.NOT_ACT_OFFICE,
        });
      }
      const verdict = this.editions.judge(toLocalDate(now));
      if (!verdict.ok) throw refusalProblem(noEditionRefusal(verdict));
      const editionId = verdict.edition.id;
      const kind = type === ActType.RESOLUTION ? ((dto as { kind?: ResolutionKind }).kind ?? null) : null;
      const available = checkActTypeInEdition(type, kind, editionId);
      if (!available.ok) throw refusalProblem(available.refusal);
      const body = actBodyFrom(type, dto, editionId);
      const initial = machineFor({ type: body.type, kind: body.kind, editionId }).initial;
      const snapshot = { ...body, text: actTextFrom(dto.text), state: initial, editionId, suspendedFrom: null, complaintPending: false } as ActSnapshot;
      const filing = checkFiling(snapshot, { role: principal.role, officeRelation: 'SAME_OFFICE' });
      if (!filing.ok) throw refusalProblem(filing.refusal);
      return this.transitions.file(tx, {
        kase,
        snapshot,
        title: dto.title,
        addresseeName: dto.addresseeName,
        targetDescription: dto.targetDescription ?? null,
        linkedActId: null,
        linkReason: null,
        authorId: principal.userId,
        responsibleUserId: principal.userId,
        auditActor: auditActorOf(caller),
        now,
      });
    });
    // A draft has no deadlines yet (its clocks start when it is issued); the rows are as committed.
    const parties = await this.acts.parties(filed.act);
    return actDetailView(filed.act, parties, [], filed.history, allowedEvents(toSnapshot(filed.act), actorOf(principal, filed.act)));
  }

  async get(principal: Principal, id: string): Promise<ActDetailView> {
    const act = await this.acts.findById(id);
    if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
    const [parties, deadlines, history, issued, signatures] = await Promise.all([
      this.acts.parties(act),
      this.deadlines.ofAct(id),
      this.acts.history(id),
      this.documents.issuedOf(id),
      this.documents.signaturesOf(id),
    ]);
    const events = principal.kind === 'user' ? allowedEvents(toSnapshot(act), actorOf(principal, act)) : [];
    return actDetailView(act, parties, deadlines, history, events, { issued, signatures });
  }

  async list(principal: Principal, query: ListActsQuery): Promise<Page<ActSummaryView>> {
    const page = await this.acts.page(
      {
        reach: readableRoots(principal),
        type: query.type,
        state: query.state,
        officeId: query.officeId,
        caseId: query.caseId,
        authorId: query.authorId,
        dueBefore: query.dueBefore === undefined ? undefined : new Date(query.dueBefore),
        overdue: query.overdue === undefined ? undefined : { is: query.overdue, now: this.clock.now() },
        search: query.q,
      },
      pageRequest(query),
    );
    return pageView(page, actSummaryView);
  }

  /**
   * Corrects a draft before it is issued (its own office, If-Match required): the fields sent are
   * validated against the act type's correction form, merged onto the draft, and the whole is held
   * to the filing rules again (the filing form, then checkFiling with its articles), so a correction
   * can never store a draft the statute forbids.
   */
  async reviseDraft(caller: Caller, id: string, body: unknown, ifMatch: string | undefined): Promise<ActDetailView> {
    const principal = asProsecutor(caller.principal);
    const now = this.clock.now();
    await this.transactions.run(async (tx) => {
      const act = await this.acts.findById(id, tx);
      if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
      if (act.officePath !== principal.officePath) {
        throw new ProblemException({ status: HttpStatus.FORBIDDEN, title: 'A draft is corrected by a prosecutor of its own office', code: ActRefusalCode.NOT_ACT_OFFICE });
      }
      if (act.issuedAt !== null || act.state !== machineFor(toSnapshot(act)).initial) {
        throw new ProblemException({ status: HttpStatus.CONFLICT, title: 'Only a draft can be corrected', code: 'ACT_NOT_A_DRAFT', state: act.state });
      }
      if (ifMatch === undefined) {
        throw new ProblemException({ status: HttpStatus.PRECONDITION_REQUIRED, title: 'Send the version you read as If-Match', code: 'IF_MATCH_REQUIRED' });
      }
      if (parseIfMatch(ifMatch) !== act.version) throw versionConflict(HttpStatus.PRECONDITION_FAILED, act.version);

      const form = DRAFT_FORMS[act.type];
      const changes = (await validated(form.revise, body)) as Partial<FileActBaseDto>;
      const sent = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const current = { ...act.attributes, caseId: act.caseId, kind: act.kind ?? undefined, title: act.title, addresseeName: act.addresseeName, targetDescription: act.targetDescription ?? undefined, text: act.text };
      const merged = (await validated(form.file, withoutNulls({ ...current, ...sent }))) as FileActBaseDto;
      const revised = actBodyFrom(act.type, merged, act.editionId);
      const text = actTextFrom(merged.text);
      const verdict = checkFiling({ ...revised, text, state: act.state, editionId: act.editionId, suspendedFrom: null, complaintPending: false } as ActSnapshot, actorOf(principal, act));
      if (!verdict.ok) throw refusalProblem(verdict.refusal);
      await this.transitions.reviseDraft(tx, {
        act,
        expectedVersion: act.version,
        title: merged.title,
        addresseeName: merged.addresseeName,
        targetDescription: merged.targetDescription ?? null,
        attributes: revised.attributes as unknown as Record<string, unknown>,
        text,
        changes: sent,
        auditActor: auditActorOf(caller),
        now,
      });
    }).catch((error: unknown) => {
      if (error instanceof ActVersionConflict) throw versionConflict(HttpStatus.PRECONDITION_FAILED, null);
      throw error;
    });
    return this.get(caller.principal, id);
  }

  /**
   * Fires an event through the one transition path (libs/workflow): the domain decides; the
   * transition, its deadlines, history and audit commit together or not at all; a racing
   * transition of the same act gets 409, a stale If-Match 412.
   */
  async fire(caller: Caller, id: string, dto: FireEventDto, ifMatch: string | undefined): Promise<ActDetailView> {
    if (ISSUING_EVENTS.includes(dto.event)) await this.prepareDocuments(caller.principal, id);
    const now = this.clock.now();
    // Retried on a deadlock: every writer takes an act before its deadlines (ADR 0013), but should
    // a cycle ever form, PostgreSQL fails one side, and a prosecutor's event must not answer 500.
    await this.transactions.runRetryingDeadlocks(async (tx) => {
      const act = await this.acts.findById(id, tx);
      if (!act || !canReadOffice(caller.principal, act.officePath)) throw notFound('Act');
      const expectedVersion = ifMatch === undefined ? act.version : parseIfMatch(ifMatch);
      if (expectedVersion !== act.version) throw versionConflict(HttpStatus.PRECONDITION_FAILED, act.version);
      const principal = asProsecutor(caller.principal);
      try {
        await this.transitions.apply(tx, {
          act,
          event: dto.event,
          payload: dto.payload ?? {},
          actor: actorOf(principal, act),
          auditActor: auditActorOf(caller),
          expectedVersion,
          now,
        });
      } catch (error) {
        if (error instanceof TransitionRefused) throw refusalProblem(error.refusal, { state: error.state, event: error.event ?? dto.event });
        if (error instanceof ActVersionConflict) throw versionConflict(HttpStatus.CONFLICT, null);
        if (error instanceof DocumentNotPrepared) throw versionConflict(HttpStatus.CONFLICT, null);
        throw error;
      }
    });
    return this.get(caller.principal, id);
  }

  /**
   * Issuing freezes the act's PDFs (ActTransitions): a draft with a complete text gets one per
   * language now, unless it has them already. A draft the domain will refuse anyway (no text, not
   * the caller's) is left for decide() to refuse with its code.
   */
  private async prepareDocuments(principal: Principal, id: string): Promise<void> {
    const act = await this.acts.findById(id);
    if (!act || !canReadOffice(principal, act.officePath) || act.issuedAt !== null) return;
    if (!checkActText(act.type, act.text).ok) return;
    await this.actDocuments.prepareAll(act);
  }
}

function asProsecutor(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user' || (principal.role !== UserRole.PROSECUTOR && principal.role !== UserRole.SUPERVISOR)) {
    throw new ProblemException({ status: HttpStatus.FORBIDDEN, title: 'Only prosecutors and supervisors act on acts', code: 'FORBIDDEN' });
  }
  return principal;
}

function actorOf(principal: UserPrincipal, act: ActEntity): Actor {
  return { role: principal.role, officeRelation: officeRelation(principal.officePath, act.officePath) };
}

const VALIDATION = createValidationPipe();

/** `body` as an instance of `form`, validated as the global pipe validates every body (422 with each field). */
function validated(form: new () => object, body: unknown): Promise<object> {
  return VALIDATION.transform(body, { type: 'body', metatype: form });
}

/** A field sent as null is cleared: the form then sees it absent (its default applies). */
function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}
