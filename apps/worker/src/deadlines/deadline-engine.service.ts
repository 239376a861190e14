import { AppConfig, Clock } from '@app/config';
import { ActEvent, ActState, Actor, DeadlineKind, DeadlineStatus, escalationAt, machineFor, NoticeKind, planReminders, ReminderPolicy, WebhookEventType } from '@app/domain';
import {
  ActEntity,
  ActsRepository,
  AuditLogRepository,
  DeadlineClock,
  DeadlineEntity,
  DeadlinesRepository,
  decodeDeadlineRecord,
  OfficesRepository,
  OutboxRepository,
  PendingAudit,
  SYSTEM_ACTOR,
  Transactions,
  Tx,
} from '@app/persistence';
import { DueJob, EscalateJob, NoticeProducer, RemindJob } from '@app/queue';
import { actSummary, ActTransitions, ProductionCalendarService } from '@app/workflow';
import { Injectable, Logger } from '@nestjs/common';
import { reminderPolicyFrom } from './deadline-scheduler';
import { NoticeOccasion, NoticeRecorder } from './notice-recorder';
import { RecipientsReader } from './recipients-reader';

export type HandlerOutcome = { readonly done: true; readonly noticesRecorded: number } | { readonly done: false; readonly reason: 'STALE' | 'NOT_YET'; readonly retryAt?: Date };

const STALE: HandlerOutcome = { done: false, reason: 'STALE' };
/** The deadline engine speaks for no office; the domain's SYSTEM rows need no relation. */
const SYSTEM: Actor = { role: 'SYSTEM', officeRelation: 'SAME_OFFICE' };

/** The steps of a breach's notices (a reminder's come with its job: REMIND_3D, …). */
const BREACH_STEP = NoticeKind.BREACH;
const escalationStep = (level: number) => `${NoticeKind.ESCALATION}_${level}`;

type FollowUps = Array<() => Promise<unknown>>;

/**
 * What happens when a deadline's job fires. Each handler re-reads the deadline (locking it against
 * a concurrent transition), does nothing if it has moved on (a newer version, met, paused,
 * cancelled), records every notice under its unique key in the same transaction as the change,
 * and hands e-mails and webhooks to the notices queue only after commit — so a retried job never
 * notifies twice, and a notice is never sent for a change that rolled back.
 */
@Injectable()
export class DeadlineEngine {
  private readonly logger = new Logger(DeadlineEngine.name);
  private readonly policy: ReminderPolicy;

  constructor(
    private readonly transactions: Transactions,
    private readonly deadlines: DeadlinesRepository,
    private readonly acts: ActsRepository,
    private readonly offices: OfficesRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditLogRepository,
    private readonly transitions: ActTransitions,
    private readonly recipients: RecipientsReader,
    private readonly recorder: NoticeRecorder,
    private readonly producer: NoticeProducer,
    private readonly calendars: ProductionCalendarService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.policy = reminderPolicyFrom(config);
  }

  /**
   * A reminder step of a running deadline. Like the due job, it checks its own instant — the plan
   * from the deadline row, not the job's delay — so a job run early (promoted on a queue board,
   * clock skew) waits for its instant instead of sending a notice early; a step the plan no longer
   * has (the policy changed) does nothing.
   */
  async remind(job: RemindJob): Promise<HandlerOutcome> {
    return this.run(async (tx, now, afterCommit) => {
      const deadline = await this.deadlines.findById(job.deadlineId, tx);
      if (!deadline || deadline.version !== job.version || deadline.status !== DeadlineStatus.OPEN || deadline.dueAt <= now) return STALE;
      const fireAt = this.reminderInstant(deadline, job.step);
      if (!fireAt) return STALE;
      if (fireAt > now) return { done: false, reason: 'NOT_YET', retryAt: fireAt };
      const act = await this.acts.getById(deadline.actId, tx);
      const recipients = await this.recipients.ofReminder(act, now, tx);
      return this.notify(tx, afterCommit, { deadline, act, step: job.step, kind: NoticeKind.REMINDER, webhook: WebhookEventType.DEADLINE_REMINDER, recipients, now });
    });
  }

  /** The due instant of one deadline: a batch of one. */
  async due(job: DueJob): Promise<HandlerOutcome> {
    return (await this.dueBatch([job]))[0];
  }

  /**
   * The due instants of several deadlines, in one transaction and set-based: an unmet deadline is
   * MISSED at its original due time, the breach is notified, escalation begins. Two lock statements
   * for all of them (their acts, read whole, then the deadlines: the order an event takes); then,
   * for each round of distinct acts (an act with two deadlines in the batch takes two rounds, as
   * its version guards each change, and is read again for the second), one statement each for the
   * misses, the outbox rows, the recipients, the notices, the webhook deliveries, the act
   * changes (TERM_MISSED through ActTransitions.applyBatch, or the act's next due instant) and,
   * last, the audit rows. Answers each job's outcome in the order given. A failure fails the whole
   * batch (nothing of it is written): the caller runs its jobs again one by one (DueBatcher).
   */
  async dueBatch(jobs: readonly DueJob[]): Promise<HandlerOutcome[]> {
    return this.run(async (tx, now, afterCommit) => {
      const ids = jobs.map((job) => job.deadlineId);
      // Acts first, then their deadlines: the order a prosecutor's event locks them in.
      const acts = await this.acts.lockOfDeadlines(tx, ids);
      const locked = new Map((await this.deadlines.lockClocks(tx, ids)).map((deadline) => [deadline.id, deadline]));
      const outcomes: HandlerOutcome[] = [];
      const due: Array<{ readonly index: number; readonly deadline: DeadlineClock }> = [];
      const taken = new Set<string>();
      for (const [index, job] of jobs.entries()) {
        const deadline = locked.get(job.deadlineId);
        // The same deadline twice in a batch: the second finds it recorded, as it would run after the first.
        if (!deadline || deadline.version !== job.version || taken.has(deadline.id)) {
          outcomes[index] = STALE;
          continue;
        }
        // Level 0 MISSED: the clock ran out, then an event met it late or ended the act before this
        // job ran (ActEffects); the breach is recorded all the same, so the record does not depend on
        // who came first.
        const unrecorded = deadline.status === DeadlineStatus.MISSED && deadline.escalationLevel === 0;
        if (deadline.status !== DeadlineStatus.OPEN && !unrecorded) outcomes[index] = STALE;
        else if (deadline.dueAt > now) outcomes[index] = { done: false, reason: 'NOT_YET', retryAt: deadline.dueAt };
        else {
          taken.add(deadline.id);
          due.push({ index, deadline });
        }
      }
      for (let remaining = due, round = 1; remaining.length > 0; round += 1) {
        const actsInRound = new Set<string>();
        const marking: typeof due = [];
        const later: typeof due = [];
        for (const item of remaining) {
          if (actsInRound.has(item.deadline.actId)) later.push(item);
          else {
            actsInRound.add(item.deadline.actId);
            marking.push(item);
          }
        }
        // An act in a later round was changed by an earlier one (its version, perhaps its state): read again.
        if (round > 1) for (const act of await this.acts.lockByIds(tx, [...actsInRound])) acts.set(act.id, act);
        const recorded = await this.recordBreaches(tx, afterCommit, marking.map((item) => ({ deadline: item.deadline, act: acts.get(item.deadline.actId)! })), now);
        marking.forEach((item, k) => (outcomes[item.index] = recorded[k]));
        remaining = later;
      }
      return outcomes;
    });
  }

  /** One round of dueBatch: deadlines of distinct acts, locked and due, each with its act as read under its lock. */
  private async recordBreaches(tx: Tx, afterCommit: FollowUps, pairs: ReadonlyArray<{ readonly deadline: DeadlineClock; readonly act: ActEntity }>, now: Date): Promise<HandlerOutcome[]> {
    const ids = pairs.map(({ deadline }) => deadline.id);
    await this.deadlines.recordMisses(tx, ids);
    for (const { deadline } of pairs) Object.assign(deadline, { status: DeadlineStatus.MISSED, missedAt: deadline.dueAt, escalationLevel: 1, version: deadline.version + 1 });
    await this.outbox.announceDeadlineChanges(tx, ids);
    const recipients = await this.recipients.ofBreaches(pairs.map(({ act }) => act), now, tx);
    const recorded = await this.recorder.record(
      tx,
      pairs.map(({ deadline, act }, k) => ({ deadline, act, step: BREACH_STEP, kind: NoticeKind.BREACH, webhook: WebhookEventType.DEADLINE_MISSED, recipients: recipients[k], now })),
    );
    afterCommit.push(() => this.producer.enqueue(recorded.toDeliver));
    // Last: the acts' changes, whose audit rows take the chain's lock until commit (ADR 0005);
    // every round trip after them would serialise all due jobs. The notices do not depend on the
    // acts' new states, and all of it commits together.
    const audit: PendingAudit[] = [];
    await this.recordMissesOnActs(tx, audit, pairs, now);
    await this.audit.appendMany(tx, audit);
    return recorded.created.map((noticesRecorded) => ({ done: true, noticesRecorded }));
  }

  /** One office further up: its heads hear of the breach; the next level follows after the grace. */
  async escalate(job: EscalateJob): Promise<HandlerOutcome> {
    return this.run(async (tx, now, afterCommit) => {
      const deadline = await this.deadlines.lockById(tx, job.deadlineId);
      if (!deadline || deadline.version !== job.version || deadline.status !== DeadlineStatus.MISSED || deadline.metAt !== null || deadline.escalationLevel >= job.level) return STALE;
      const act = await this.acts.getById(deadline.actId, tx);
      // Escalation stops while the act is suspended and once it has ended (cancelled, revoked, …).
      const ended = machineFor({ type: act.type, kind: act.kind, editionId: act.editionId }).terminal.includes(act.state);
      if (act.state === ActState.SUSPENDED || ended) return STALE;
      const ancestors = act.officePath.split('/').filter(Boolean);
      const target = ancestors[ancestors.length - job.level];
      if (!target) return STALE;
      // Its own instant, as the due job checks its: an escalation run early waits for it.
      const fireAt = escalationAt(deadline.missedAt ?? deadline.dueAt, job.level, await this.calendars.current(tx), {
        immediate: deadline.kind === DeadlineKind.SANCTION_DECISION,
        policy: this.policy,
      });
      if (fireAt > now) return { done: false, reason: 'NOT_YET', retryAt: fireAt };
      const escalated = { escalationLevel: job.level, version: deadline.version + 1 };
      await this.deadlines.recordEscalation(tx, deadline.id, escalated);
      Object.assign(deadline, escalated);
      await this.outbox.announceDeadlineChanges(tx, [deadline.id]);
      const office = await this.offices.getById(target, tx);
      const recipients = await this.recipients.ofEscalation(office.id, now, tx);
      const outcome = await this.notify(tx, afterCommit, {
        deadline,
        act,
        step: escalationStep(job.level),
        kind: NoticeKind.ESCALATION,
        webhook: WebhookEventType.DEADLINE_ESCALATED,
        recipients,
        now,
        escalatedTo: office.code,
      });
      // Last, as in due(): the audit row takes the chain's lock until commit (ADR 0005), so no
      // round trip may follow it.
      await this.audit.append(tx, SYSTEM_ACTOR, {
        action: 'deadline.escalated',
        entityType: 'deadline',
        entityId: deadline.id,
        caseId: act.caseId,
        officePath: act.officePath,
        before: { escalationLevel: job.level - 1 },
        after: { escalationLevel: job.level, office: office.code },
      });
      return outcome;
    });
  }

  /** When the step is planned for this deadline, by the policy in force; null when the plan has no such step. */
  private reminderInstant(deadline: DeadlineEntity, step: string): Date | null {
    const { rule } = decodeDeadlineRecord(deadline.ledger);
    const planned = planReminders({ unit: rule.unit, triggeredAt: deadline.triggeredAt, dueAt: deadline.dueAt }, this.policy).find((reminder) => reminder.step === step);
    return planned ? planned.fireAt : null;
  }

  /**
   * The acts learn of their misses: TERM_MISSED through the one transition path (a batch) when the
   * table says the clock ends the act's term (23.2: the prosecutor may then go to court); otherwise
   * — or when the act does not take TERM_MISSED in its state — the act's next due instant and
   * version move, so readers and ETags see the change. Audit rows go to `audit`.
   */
  private async recordMissesOnActs(tx: Tx, audit: PendingAudit[], pairs: ReadonlyArray<{ deadline: DeadlineClock; act: ActEntity }>, now: Date): Promise<void> {
    // A clock met late has been answered: the act has moved on, and the miss is a record, not an event.
    const ending = pairs.filter(({ deadline }) => deadline.firesTermMissed && deadline.metAt === null);
    const { refused } = await this.transitions.applyBatch(
      tx,
      ending.map(({ act, deadline }) => ({ act, event: ActEvent.TERM_MISSED, payload: { deadline: deadline.kind }, actor: SYSTEM, auditActor: SYSTEM_ACTOR, expectedVersion: act.version, now })),
      { audit },
    );
    for (const { request, error } of refused) {
      this.logger.warn({ actId: request.act.id, code: error.refusal.code }, 'the act does not take TERM_MISSED in its state; the miss is recorded on the deadline only');
    }
    const transitioned = new Set(ending.map(({ act }) => act.id).filter((id) => !refused.some(({ request }) => request.act.id === id)));
    const records = pairs.filter(({ act }) => !transitioned.has(act.id));
    if (records.length === 0) return;
    const next = await this.deadlines.nextOpenDueOf(records.map(({ act }) => act.id), tx);
    await this.acts.recordMissedClocks(tx, records.map(({ act }) => ({ id: act.id, nextDueAt: next.get(act.id) ?? null, version: act.version + 1 })));
    for (const { act, deadline } of records) {
      const before = actSummary(act);
      const nextDueAt = next.get(act.id) ?? null;
      audit.push({
        actor: SYSTEM_ACTOR,
        entry: {
          action: 'deadline.missed',
          entityType: 'act',
          entityId: act.id,
          caseId: act.caseId,
          officePath: act.officePath,
          before,
          after: { ...before, nextDueAt, version: act.version + 1, missedDeadline: deadline.kind },
        },
      });
    }
  }

  /** Records the firing's notices in the job's transaction; their delivery is enqueued after commit. */
  private async notify(tx: Tx, afterCommit: FollowUps, occasion: NoticeOccasion): Promise<HandlerOutcome> {
    const recorded = await this.recorder.record(tx, [occasion]);
    afterCommit.push(() => this.producer.enqueue(recorded.toDeliver));
    return { done: true, noticesRecorded: recorded.created[0] };
  }

  /** One transaction per job; follow-ups (enqueueing deliveries) run only once it has committed. */
  private async run<T>(handler: (tx: Tx, now: Date, afterCommit: FollowUps) => Promise<T>): Promise<T> {
    const followUps: FollowUps = [];
    const outcome = await this.transactions.run((tx) => handler(tx, this.clock.now(), followUps));
    for (const followUp of followUps) await followUp();
    return outcome;
  }
}
