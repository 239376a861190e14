import { Clock } from '@app/config';
import { AssignedWork, assignmentNoticeText, closedStates, machineFor, NoticeChannel, NoticeKind, WebhookEventType } from '@app/domain';
import {
  ActEntity,
  ActsRepository,
  CaseEntity,
  CasesRepository,
  NoticesRepository,
  SendStatus,
  Transactions,
  Tx,
  UserRole,
  UsersRepository,
  UserWithOffice,
  WebhookDeliveriesRepository,
} from '@app/persistence';
import { NoticeProducer } from '@app/queue';
import { ActTransitions, ActVersionConflict, toSnapshot } from '@app/workflow';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { parseIfMatch, versionConflict } from '../acts/act-version';
import { conflict, invalidField } from '../admin/admin-problems';
import { AuditService, auditActorOf } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { caseView } from '../cases/cases.service';
import { ProblemException } from '../http/problem-details';
import { AssignDto } from './dto/work.dto';

/** What a committed transaction owes the notices queue: e-mails to send and webhook deliveries to make. */
export interface OwedDeliveries {
  readonly noticeIds: string[];
  readonly deliveryIds: string[];
}

/** Who is given work, by whom, why, and when. */
interface Handing {
  readonly caller: Caller;
  readonly assignee: UserWithOffice;
  /** The full name the notice gives as the one who assigned it. */
  readonly assignedBy: string;
  readonly reason: string;
  readonly now: Date;
}

const alreadyResponsible = () => conflict('ALREADY_RESPONSIBLE', 'Already responsible', 'The person named already answers for it.');

/**
 * Policy, not statute: the law gives no procedure for sharing work inside an office (the rule
 * books say nothing of it). Someone may answer for work in an office only if they can read it —
 * an active prosecutor of that very office, or an active head of it or of an office above
 * (arts. 9, 13–16 give the reach) — so whoever answers can open what they answer for.
 */
export function canAnswerFor(user: UserWithOffice, officePath: string): boolean {
  if (!user.isActive) return false;
  if (user.role === UserRole.PROSECUTOR) return user.office.path === officePath;
  if (user.role === UserRole.SUPERVISOR) return officePath.startsWith(user.office.path);
  return false;
}

/**
 * Work allocation: who answers for a case and its acts. A head (SUPERVISOR) of the case's office or
 * of an office above gives a case, or one act, to someone in their own subtree who can answer for
 * it; an administrator hands over everything a departing user answers for. Every change is
 * versioned, in the act's history, the audit log and the change feed; the new prosecutor gets a
 * notice (inbox, and e-mail when they have an address) and subscribed integrations a `work.assigned`
 * webhook. Reminders not yet sent follow the act: the engine reads who answers when it sends.
 */
@Injectable()
export class WorkAllocation {
  private readonly logger = new Logger(WorkAllocation.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly acts: ActsRepository,
    private readonly cases: CasesRepository,
    private readonly users: UsersRepository,
    private readonly notices: NoticesRepository,
    private readonly webhookDeliveries: WebhookDeliveriesRepository,
    private readonly transitions: ActTransitions,
    private readonly audit: AuditService,
    private readonly producer: NoticeProducer,
    private readonly clock: Clock,
  ) {}

  /** The case, and its open acts the previous responsible prosecutor answered for, go to `dto.prosecutorId`. */
  async assignCase(caller: Caller, head: UserPrincipal, caseId: string, dto: AssignDto): Promise<void> {
    const now = this.clock.now();
    const owed = await this.transactions.run(async (tx) => {
      const kase = await this.cases.lockById(tx, caseId);
      if (!kase || !canReadOffice(head, kase.officePath)) throw notFound('Case');
      const assignee = await this.eligibleAssignee(tx, head, dto.prosecutorId, kase.officePath);
      if (kase.responsibleProsecutorId === assignee.id) throw alreadyResponsible();
      const assignedBy = (await this.users.withOffice(head.userId, tx)).fullName;
      return this.moveCase(tx, kase, { caller, assignee, assignedBy, reason: dto.reason, now });
    });
    await this.deliver(owed);
  }

  /** One act goes to `dto.prosecutorId`; the case keeps its responsible prosecutor. */
  async assignAct(caller: Caller, head: UserPrincipal, actId: string, dto: AssignDto, ifMatch: string | undefined): Promise<void> {
    const now = this.clock.now();
    const owed = await this.transactions
      .run(async (tx) => {
        const act = await this.acts.findById(actId, tx);
        if (!act || !canReadOffice(head, act.officePath)) throw notFound('Act');
        if (ifMatch !== undefined && parseIfMatch(ifMatch) !== act.version) throw versionConflict(HttpStatus.PRECONDITION_FAILED, act.version);
        if (isClosed(act)) throw conflict('ACT_CLOSED', 'The act’s life cycle has ended', `The act is ${act.state}; there is nothing left to answer for.`);
        const assignee = await this.eligibleAssignee(tx, head, dto.prosecutorId, act.officePath);
        if (act.responsibleUserId === assignee.id) throw alreadyResponsible();
        const assignedBy = (await this.users.withOffice(head.userId, tx)).fullName;
        return this.moveAct(tx, act, { caller, assignee, assignedBy, reason: dto.reason, now });
      })
      .catch((error: unknown) => {
        if (error instanceof ActVersionConflict) throw versionConflict(HttpStatus.CONFLICT, null);
        throw error;
      });
    await this.deliver(owed);
  }

  /** How many acts still in their life cycle the user answers for. */
  openActsOf(userId: string, tx?: Tx): Promise<number> {
    return this.acts.countOpenOf(userId, closedStates(), tx);
  }

  /**
   * Inside the caller's transaction (a deactivation): every case `fromUserId` answers for, with its
   * open acts, and every other open act of theirs go to `toUserId`, who must be able to answer for
   * each of them (422 on `field` otherwise). Answers what to deliver once the caller has committed.
   */
  async handOver(tx: Tx, caller: Caller, fromUserId: string, toUserId: string, reason: string, field: string): Promise<OwedDeliveries> {
    const now = this.clock.now();
    const assignee = await this.users.findActiveWithOffice(toUserId, tx);
    const cases = await this.cases.ofResponsible(tx, fromUserId);
    const acts = await this.acts.openOf(tx, fromUserId, closedStates());
    const offices = new Set([...cases.map((kase) => kase.officePath), ...acts.map((act) => act.officePath)]);
    if (!assignee || assignee.id === fromUserId || [...offices].some((path) => !canAnswerFor(assignee, path))) {
      throw invalidField(field, 'NOT_ELIGIBLE_ASSIGNEE', 'must be another active prosecutor or head who can read every office the user’s work is in');
    }
    const assignedBy = caller.principal.kind === 'user' ? (await this.users.withOffice(caller.principal.userId, tx)).fullName : '';
    const handing = { caller, assignee, assignedBy, reason, now };
    const owed: OwedDeliveries = { noticeIds: [], deliveryIds: [] };
    const moved = new Set<string>();
    for (const kase of cases) {
      append(owed, await this.moveCase(tx, kase, handing));
      moved.add(kase.id);
    }
    for (const act of acts) {
      if (moved.has(act.caseId)) continue;
      append(owed, await this.moveAct(tx, act, handing));
    }
    return owed;
  }

  /**
   * After commit: the e-mails and webhook deliveries the change recorded. If Redis is away the
   * change still stands — the notice reconciler re-enqueues what PostgreSQL says is unsent.
   */
  async deliver(owed: OwedDeliveries): Promise<void> {
    try {
      await this.producer.enqueue(owed);
    } catch (error) {
      this.logger.warn(`assignment notices recorded but not enqueued (the reconciler will send them): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async eligibleAssignee(tx: Tx, head: UserPrincipal, id: string, officePath: string): Promise<UserWithOffice> {
    const user = await this.users.findActiveWithOffice(id, tx);
    // A head gives work only within their own subtree, and only to someone who can read it (canAnswerFor).
    if (!user || !user.office.path.startsWith(head.officePath) || !canAnswerFor(user, officePath)) {
      throw invalidField('prosecutorId', 'NOT_ELIGIBLE_ASSIGNEE', 'must be an active prosecutor of the office, or a head of it or of an office above, within your subtree');
    }
    return user;
  }

  /** The case and its open acts answered for by its previous responsible prosecutor; audited last. */
  private async moveCase(tx: Tx, kase: CaseEntity, handing: Handing): Promise<OwedDeliveries> {
    const before = caseView(kase);
    const acts = (await this.acts.answeredBy(tx, kase.id, kase.responsibleProsecutorId)).filter((act) => !isClosed(act));
    for (const act of acts) await this.assignOne(tx, act, handing);
    const version = kase.version + 1;
    await this.cases.assign(tx, kase.id, handing.assignee.id, version);
    const after = caseView({ ...kase, responsibleProsecutorId: handing.assignee.id, version, updatedAt: handing.now });
    const owed = await this.announce(tx, {
      key: `case:${kase.id}:${version}`,
      officePath: kase.officePath,
      work: { what: 'CASE', caseId: kase.id, caseNumber: kase.number, openActs: acts.length },
      actId: null,
      payload: { entityType: 'case', entityId: kase.id, caseId: kase.id, fromUserId: before.responsibleProsecutorId, toUserId: handing.assignee.id, actIds: acts.map((act) => act.id) },
      handing,
    });
    await this.audit.record(tx, handing.caller, {
      action: 'case.assigned',
      entityType: 'case',
      entityId: kase.id,
      caseId: kase.id,
      officePath: kase.officePath,
      before,
      after: { ...after, reason: handing.reason, actIds: acts.map((act) => act.id) },
    });
    return owed;
  }

  private async moveAct(tx: Tx, act: ActEntity, handing: Handing): Promise<OwedDeliveries> {
    const previous = act.responsibleUserId;
    await this.assignOne(tx, act, handing);
    const kase = await this.cases.findById(act.caseId, tx);
    return this.announce(tx, {
      key: `act:${act.id}:${act.version}`,
      officePath: act.officePath,
      work: { what: 'ACT', actId: act.id, actType: act.type, actTitle: act.title, caseNumber: kase?.number ?? '' },
      actId: act.id,
      payload: { entityType: 'act', entityId: act.id, caseId: act.caseId, fromUserId: previous, toUserId: handing.assignee.id, actIds: [act.id] },
      handing,
    });
  }

  private assignOne(tx: Tx, act: ActEntity, handing: Handing): Promise<void> {
    return this.transitions.assign(tx, { act, responsibleUserId: handing.assignee.id, reason: handing.reason, auditActor: auditActorOf(handing.caller), now: handing.now });
  }

  /** The new prosecutor's notices (inbox; e-mail with an address) and the integrations' `work.assigned` event. */
  private async announce(
    tx: Tx,
    change: { key: string; officePath: string; work: AssignedWork; actId: string | null; payload: Record<string, unknown>; handing: Handing },
  ): Promise<OwedDeliveries> {
    const { assignee, assignedBy, reason, now } = change.handing;
    const text = assignmentNoticeText({ work: change.work, assignedBy, reason });
    const channels = [NoticeChannel.INBOX, ...(assignee.email ? [NoticeChannel.EMAIL] : [])];
    const recorded = await this.notices.record(
      tx,
      channels.map((channel) => ({
        key: `${change.key}:ASSIGNED:${assignee.id}:${channel}`,
        deadlineId: null,
        actId: change.actId,
        kind: NoticeKind.ASSIGNMENT,
        step: 'ASSIGNED',
        channel,
        recipientUserId: assignee.id,
        address: channel === NoticeChannel.EMAIL ? assignee.email : null,
        subject: text.subject,
        body: text.body,
        status: channel === NoticeChannel.INBOX ? SendStatus.SENT : SendStatus.PENDING,
        scheduledFor: now,
        sentAt: channel === NoticeChannel.INBOX ? now : null,
      })),
    );
    const deliveryIds = await this.webhookDeliveries.recordEvent(tx, {
      type: WebhookEventType.WORK_ASSIGNED,
      key: change.key,
      officePath: change.officePath,
      payload: { event: WebhookEventType.WORK_ASSIGNED, ...change.payload, assignedAt: now.toISOString() },
    });
    return { noticeIds: recorded.filter((row) => row.channel === NoticeChannel.EMAIL).map((row) => row.id), deliveryIds };
  }
}

function isClosed(act: ActEntity): boolean {
  return machineFor(toSnapshot(act)).terminal.includes(act.state);
}

function append(into: OwedDeliveries, more: OwedDeliveries): void {
  into.noticeIds.push(...more.noticeIds);
  into.deliveryIds.push(...more.deliveryIds);
}

/** Only heads of offices give out work (the route's roles say so too). */
export function asHead(principal: Caller['principal']): UserPrincipal {
  if (principal.kind !== 'user' || principal.role !== UserRole.SUPERVISOR) {
    throw new ProblemException({ status: HttpStatus.FORBIDDEN, title: 'Only a head of office assigns work', code: 'FORBIDDEN' });
  }
  return principal;
}
