import { Clock } from '@app/config';
import {
  Actor,
  ActSnapshot,
  ActType,
  allowedEvents,
  checkFiling,
  decide,
  editionInForce,
  machineFor,
  toLocalDate,
} from '@app/domain';
import { ActEntity, ActTransitionEntity, CaseEntity, DeadlineEntity, UserRole } from '@app/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound, officeRelation } from '../auth/office-scope';
import { Principal, UserPrincipal } from '../auth/principal';
import { ProductionCalendarService } from '../calendar/production-calendar.service';
import { CaseStatusService } from '../cases/case-status.service';
import { decodeCursor, Page, toPage } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { officeScopeCondition } from '../http/scope-sql';
import { ActEffects, LinkedActRequest } from './act-effects';
import { actBodyFrom } from './act-body';
import { ActDetailView, actDetailView, ActSummaryView, actSummaryView } from './act-view';
import { toSnapshot } from './act-snapshot.mapper';
import { FileActBaseDto } from './dto/file-act.dto';
import { FireEventDto } from './dto/fire-event.dto';
import { ListActsQuery } from './dto/list-acts.query';
import { refusalProblem } from './refusal-problem';

/** The history row of an act's creation: no event of the machine, the act simply begins. */
const FILED = 'FILED';

@Injectable()
export class ActsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: ProductionCalendarService,
    private readonly effects: ActEffects,
    private readonly audit: AuditService,
    private readonly caseStatus: CaseStatusService,
    private readonly clock: Clock,
  ) {}

  /**
   * Files a draft act in a case of the caller's own office. The draft is checked at once against
   * every rule that would stop it from being issued (checkFiling), so a forbidden act is refused
   * with its article now rather than stored.
   */
  async file(caller: Caller, type: ActType, dto: FileActBaseDto): Promise<ActDetailView> {
    const principal = asProsecutor(caller.principal);
    const body = actBodyFrom(type, dto);
    const now = this.clock.now();
    const actId = await this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOneBy(CaseEntity, { id: dto.caseId });
      if (!kase || !canReadOffice(principal, kase.officePath)) throw notFound('Case');
      if (kase.officePath !== principal.officePath) {
        throw new ProblemException({
          status: HttpStatus.FORBIDDEN,
          title: 'Acts are filed by a prosecutor of the case’s own office',
          code: 'NOT_ACT_OFFICE',
        });
      }
      const edition = editionInForce(toLocalDate(now));
      if (!edition) throw new Error(`No statute edition is in force on ${toLocalDate(now)}`);
      const initial = machineFor({ type: body.type, kind: body.kind, editionId: edition.id }).initial;
      const snapshot = { ...body, state: initial, editionId: edition.id, suspendedFrom: null, complaintPending: false } as ActSnapshot;
      const verdict = checkFiling(snapshot);
      if (!verdict.ok) throw refusalProblem(verdict.refusal);
      const act = await this.insertAct(manager, caller, kase, snapshot, {
        title: dto.title,
        addresseeName: dto.addresseeName,
        targetDescription: dto.targetDescription ?? null,
        linkedActId: null,
        linkReason: null,
        now,
      });
      await this.caseStatus.refresh(manager, caller, kase.id);
      return act.id;
    });
    return this.get(caller.principal, actId);
  }

  async get(principal: Principal, id: string): Promise<ActDetailView> {
    const act = await this.dataSource.manager.findOneBy(ActEntity, { id });
    if (!act || !canReadOffice(principal, act.officePath)) throw notFound('Act');
    const [deadlines, history] = await Promise.all([
      this.dataSource.manager.find(DeadlineEntity, { where: { actId: id }, order: { createdAt: 'ASC', kind: 'ASC' } }),
      this.dataSource.manager.find(ActTransitionEntity, { where: { actId: id }, order: { version: 'ASC' } }),
    ]);
    const events = principal.kind === 'user' ? allowedEvents(toSnapshot(act), actorOf(principal, act)) : [];
    return actDetailView(act, deadlines, history, events);
  }

  async list(principal: Principal, query: ListActsQuery): Promise<Page<ActSummaryView>> {
    const limit = query.limit ?? 50;
    const scope = officeScopeCondition(principal, 'act.office_path');
    const builder = this.dataSource.manager
      .createQueryBuilder(ActEntity, 'act')
      .where(scope.sql, scope.params)
      .orderBy('act.created_at', 'DESC')
      .addOrderBy('act.id', 'DESC')
      .limit(limit + 1);
    if (query.type) builder.andWhere('act.type = :type', { type: query.type });
    if (query.state) builder.andWhere('act.state = :state', { state: query.state });
    if (query.caseId) builder.andWhere('act.case_id = :caseId', { caseId: query.caseId });
    if (query.authorId) builder.andWhere('act.author_id = :authorId', { authorId: query.authorId });
    if (query.dueBefore) builder.andWhere('act.next_due_at < :dueBefore', { dueBefore: query.dueBefore });
    if (query.overdue === true) builder.andWhere('act.next_due_at < :now', { now: this.clock.now() });
    if (query.overdue === false) builder.andWhere('(act.next_due_at IS NULL OR act.next_due_at >= :now)', { now: this.clock.now() });
    if (query.officeId) {
      builder.andWhere(`act.office_path LIKE (SELECT path FROM offices WHERE id = :officeId) || '%'`, { officeId: query.officeId });
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      builder.andWhere('(act.created_at, act.id) < (:afterCreatedAt, :afterId)', { afterCreatedAt: after.createdAt, afterId: after.id });
    }
    return toPage(await builder.getMany(), limit, actSummaryView);
  }

  /**
   * Fires an event: the domain decides; the transition is applied in one transaction guarded by
   * the act's version (two racing transitions: one applies, the other gets 409); history, deadline
   * rows, linked acts and the audit row commit with it or not at all.
   */
  async fire(caller: Caller, id: string, dto: FireEventDto, ifMatch: string | undefined): Promise<ActDetailView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const act = await manager.findOneBy(ActEntity, { id });
      if (!act || !canReadOffice(caller.principal, act.officePath)) throw notFound('Act');
      const expectedVersion = ifMatch === undefined ? act.version : parseIfMatch(ifMatch);
      if (expectedVersion !== act.version) throw versionConflict(HttpStatus.PRECONDITION_FAILED, act.version);
      const principal = asProsecutor(caller.principal);
      const decision = decide(toSnapshot(act), dto.event, actorOf(principal, act), dto.payload ?? {}, now);
      if (!decision.ok) throw refusalProblem(decision.refusal, { state: act.state, event: dto.event });

      const before = actSummaryView(act);
      const leavesDraft = act.issuedAt === null && decision.from === machineFor(toSnapshot(act)).initial;
      const claimed = await manager.update(
        ActEntity,
        { id, version: expectedVersion },
        { state: decision.to, suspendedFrom: decision.suspendedFrom, version: expectedVersion + 1, issuedAt: leavesDraft ? now : act.issuedAt },
      );
      if (!claimed.affected) throw versionConflict(HttpStatus.CONFLICT, null);
      Object.assign(act, { state: decision.to, suspendedFrom: decision.suspendedFrom, version: expectedVersion + 1, issuedAt: leavesDraft ? now : act.issuedAt });

      const { linkedActs } = await this.effects.apply(manager, act, decision.effects, await this.calendars.current());
      await manager.update(ActEntity, { id }, { nextDueAt: act.nextDueAt, complaintPending: act.complaintPending });
      await manager.save(ActTransitionEntity, {
        actId: id,
        version: act.version,
        event: dto.event,
        fromState: decision.from,
        toState: decision.to,
        actorUserId: principal.userId,
        actorRole: principal.role,
        payload: dto.payload ?? {},
        effects: JSON.parse(JSON.stringify(decision.effects)) as unknown[],
        requestId: caller.requestId,
        occurredAt: now,
      });
      const after = await manager.findOneByOrFail(ActEntity, { id });
      await this.audit.record(manager, caller, {
        action: 'act.transitioned',
        entityType: 'act',
        entityId: id,
        caseId: act.caseId,
        officePath: act.officePath,
        before,
        after: { ...actSummaryView(after), event: dto.event },
      });
      for (const link of linkedActs) await this.fileLinkedAct(manager, caller, act, link, now);
      await this.caseStatus.refresh(manager, caller, act.caseId);
    });
    return this.get(caller.principal, id);
  }

  /** 23.2, 26-1.1: the effect opens a draft of the linked act in the same case, for the author to complete. */
  private async fileLinkedAct(manager: EntityManager, caller: Caller, source: ActEntity, link: LinkedActRequest, now: Date): Promise<void> {
    const kase = await manager.findOneByOrFail(CaseEntity, { id: source.caseId });
    const machine = machineFor({ type: link.actType, kind: link.kind, editionId: source.editionId });
    const attributes = linkedDraftAttributes(link);
    const snapshot = { type: link.actType, kind: link.kind, attributes, state: machine.initial, editionId: source.editionId, suspendedFrom: null, complaintPending: false } as ActSnapshot;
    await this.insertAct(manager, caller, kase, snapshot, {
      title: `${link.actType} — ${source.title}`,
      addresseeName: source.addresseeName,
      targetDescription: source.targetDescription,
      linkedActId: source.id,
      linkReason: link.reason,
      now,
    });
  }

  private async insertAct(
    manager: EntityManager,
    caller: Caller,
    kase: CaseEntity,
    snapshot: ActSnapshot,
    fields: { title: string; addresseeName: string; targetDescription: string | null; linkedActId: string | null; linkReason: string | null; now: Date },
  ): Promise<ActEntity> {
    const principal = asProsecutor(caller.principal);
    const act = await manager.save(
      manager.create(ActEntity, {
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
        title: fields.title,
        addresseeName: fields.addresseeName,
        targetDescription: fields.targetDescription,
        attributes: snapshot.attributes as unknown as Record<string, unknown>,
        linkedActId: fields.linkedActId,
        linkReason: fields.linkReason,
        authorId: principal.userId,
        nextDueAt: null,
      }),
    );
    await manager.save(ActTransitionEntity, {
      actId: act.id,
      version: 1,
      event: FILED,
      fromState: null,
      toState: act.state,
      actorUserId: principal.userId,
      actorRole: principal.role,
      payload: fields.linkedActId ? { linkedActId: fields.linkedActId, linkReason: fields.linkReason } : {},
      effects: [],
      requestId: caller.requestId,
      occurredAt: fields.now,
    });
    await this.audit.record(manager, caller, {
      action: 'act.filed',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before: null,
      after: actSummaryView(act),
    });
    return act;
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

/**
 * The attributes of a linked draft. The tables open two kinds of linked act: a court application
 * (23.2) and a resolution on compulsory execution (26-1.1), whose requirement is the source act's —
 * a requirement of a supervision act, not one depriving of property.
 */
function linkedDraftAttributes(link: LinkedActRequest): Record<string, unknown> {
  if (link.actType === ActType.COURT_APPLICATION) return { basedOnApplication: false, applicantIdentified: false };
  if (link.actType === ActType.RESOLUTION && link.kind === 'COMPULSORY_EXECUTION') return { deprivesProperty: false };
  throw new Error(`The transition tables link no ${link.actType} ${link.kind ?? ''}: add its draft attributes here`);
}

/** If-Match: "7", W/"7" or 7 — the act's version, as GET returns it. */
function parseIfMatch(header: string): number {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      title: 'If-Match must carry the act version, e.g. If-Match: "3"',
      code: 'INVALID_IF_MATCH',
      errors: [{ field: 'If-Match', code: 'INVALID_IF_MATCH', message: 'expected the act version' }],
    });
  }
  return Number(match[1]);
}

function versionConflict(status: HttpStatus.CONFLICT | HttpStatus.PRECONDITION_FAILED, currentVersion: number | null): ProblemException {
  return new ProblemException({
    status,
    title: 'The act changed since you read it; read it again and retry',
    code: status === HttpStatus.CONFLICT ? 'VERSION_CONFLICT' : 'PRECONDITION_FAILED',
    detail: currentVersion === null ? undefined : `The act is at version ${currentVersion}.`,
  });
}

