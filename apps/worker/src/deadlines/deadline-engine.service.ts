import { Clock } from '@app/config';
import { ActEvent, ActType, DeadlineKind, DeadlineStatus, machineFor, NoticeChannel, NoticeKind, ruleFor, WebhookEventType } from '@app/domain';
import { ActEntity, AuditLogRepository, DeadlineEntity, NoticeEntity, OfficeEntity, OutboxRepository, SendStatus, SYSTEM_ACTOR, UserRole, WebhookDeliveriesRepository } from '@app/persistence';
import { NoticeProducer, QueueName } from '@app/queue';
import {
  actSummary,
  ActTransitions,
  TransitionRefused,
} from '@app/workflow';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { noticeText } from './notice-text';

export type HandlerOutcome = { readonly done: true; readonly noticesRecorded: number } | { readonly done: false; readonly reason: 'STALE' | 'NOT_YET'; readonly retryAt?: Date };

const STALE: HandlerOutcome = { done: false, reason: 'STALE' };
/** The deadline engine speaks for no office; the domain's SYSTEM rows need no relation. */
const SYSTEM = { role: 'SYSTEM' as const, officeRelation: 'SAME_OFFICE' as const };

type FollowUps = Array<() => Promise<unknown>>;

interface Recipient {
  readonly id: string;
  readonly email: string | null;
}

interface Recipients {
  readonly users: Recipient[];
}

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

  constructor(
    private readonly dataSource: DataSource,
    private readonly transitions: ActTransitions,
    private readonly audit: AuditLogRepository,
    private readonly outbox: OutboxRepository,
    private readonly webhookDeliveries: WebhookDeliveriesRepository,
    private readonly clock: Clock,
    @InjectQueue(QueueName.NOTICES) notices: Queue,
  ) {
    this.producer = new NoticeProducer(notices);
  }

  private readonly producer: NoticeProducer;

  async remind(job: { deadlineId: string; version: number; step: string }): Promise<HandlerOutcome> {
    return this.run(async (manager, now, afterCommit) => {
      const deadline = await manager.findOneBy(DeadlineEntity, { id: job.deadlineId });
      if (!deadline || deadline.version !== job.version || deadline.status !== 'OPEN' || deadline.dueAt <= now) return STALE;
      const act = await manager.findOneByOrFail(ActEntity, { id: deadline.actId });
      const recipients = await this.recipients(manager, { responsibleFor: act.caseId });
      return this.notify(manager, afterCommit, { deadline, act, step: job.step, kind: 'REMINDER', webhook: 'deadline.reminder', recipients, now });
    });
  }

  /** The due instant: an unmet deadline is MISSED at its original due time; the breach is notified; escalation begins. */
  async due(job: { deadlineId: string; version: number }): Promise<HandlerOutcome> {
    return this.run(async (manager, now, afterCommit) => {
      const deadline = await manager.findOne(DeadlineEntity, { where: { id: job.deadlineId }, lock: { mode: 'pessimistic_write' } });
      if (!deadline || deadline.version !== job.version) return STALE;
      // Level 0 MISSED: the clock ran out, then an event met it late or ended the act before this
      // job ran (ActEffects); the breach is recorded all the same, so the record does not depend on
      // who came first.
      const unrecorded = deadline.status === 'MISSED' && deadline.escalationLevel === 0;
      if (deadline.status !== 'OPEN' && !unrecorded) return STALE;
      if (deadline.dueAt > now) return { done: false, reason: 'NOT_YET', retryAt: deadline.dueAt };
      const missed = { status: DeadlineStatus.MISSED, missedAt: deadline.dueAt, escalationLevel: 1, version: deadline.version + 1 };
      await manager.update(DeadlineEntity, { id: deadline.id }, missed);
      Object.assign(deadline, missed);
      const act = await manager.findOneOrFail(ActEntity, { where: { id: deadline.actId }, lock: { mode: 'pessimistic_write' } });
      await this.outbox.announceDeadlineChanges(manager, [deadline.id]);
      const recipients = await this.recipients(manager, { responsibleFor: act.caseId, supervisorsOf: act.officeId });
      const outcome = await this.notify(manager, afterCommit, { deadline, act, step: 'BREACH', kind: 'BREACH', webhook: 'deadline.missed', recipients, now });
      // Last: the act's change writes the audit row, whose chain lock is held until commit (ADR
      // 0005); every round trip after it would serialise all due jobs. The notices do not depend on
      // the act's new state, and all of it commits together.
      await this.recordMissOnAct(manager, act, deadline, now);
      return outcome;
    });
  }

  /** One office further up: its heads hear of the breach; the next level follows after the grace. */
  async escalate(job: { deadlineId: string; version: number; level: number }): Promise<HandlerOutcome> {
    return this.run(async (manager, now, afterCommit) => {
      const deadline = await manager.findOne(DeadlineEntity, { where: { id: job.deadlineId }, lock: { mode: 'pessimistic_write' } });
      if (!deadline || deadline.version !== job.version || deadline.status !== 'MISSED' || deadline.metAt !== null || deadline.escalationLevel >= job.level) return STALE;
      const act = await manager.findOneByOrFail(ActEntity, { id: deadline.actId });
      // Escalation stops while the act is suspended and once it has ended (cancelled, revoked, …).
      const ended = machineFor({ type: act.type, kind: act.kind, editionId: act.editionId }).terminal.includes(act.state);
      if (act.state === 'SUSPENDED' || ended) return STALE;
      const ancestors = act.officePath.split('/').filter(Boolean);
      const target = ancestors[ancestors.length - job.level];
      if (!target) return STALE;
      const escalated = { escalationLevel: job.level, version: deadline.version + 1 };
      await manager.update(DeadlineEntity, { id: deadline.id }, escalated);
      Object.assign(deadline, escalated);
      await this.outbox.announceDeadlineChanges(manager, [deadline.id]);
      const office = await manager.findOneByOrFail(OfficeEntity, { id: target });
      await this.audit.append(manager, SYSTEM_ACTOR, {
        action: 'deadline.escalated',
        entityType: 'deadline',
        entityId: deadline.id,
        caseId: act.caseId,
        officePath: act.officePath,
        before: { escalationLevel: job.level - 1 },
        after: { escalationLevel: job.level, office: office.code },
      });
      const recipients = await this.recipients(manager, { supervisorsOf: office.id });
      return this.notify(manager, afterCommit, { deadline, act, step: `ESCALATION_${job.level}`, kind: 'ESCALATION', webhook: 'deadline.escalated', recipients, now, escalatedTo: office.code });
    });
  }

  /**
   * The act learns of the miss: TERM_MISSED through the one transition path when the table says
   * this clock ends the act's term (23.2: the prosecutor may then go to court); otherwise the act's
   * next due instant and version move, so readers and ETags see the change.
   */
  private async recordMissOnAct(manager: EntityManager, act: ActEntity, deadline: DeadlineEntity, now: Date): Promise<void> {
    // A clock met late has been answered: the act has moved on, and the miss is a record, not an event.
    if (deadline.firesTermMissed && deadline.metAt === null) {
      try {
        await this.transitions.apply(manager, {
          act,
          event: ActEvent.TERM_MISSED,
          payload: { deadline: deadline.kind },
          actor: SYSTEM,
          auditActor: SYSTEM_ACTOR,
          expectedVersion: act.version,
          now,
        });
        return;
      } catch (error) {
        if (!(error instanceof TransitionRefused)) throw error;
        this.logger.warn({ actId: act.id, code: error.refusal.code }, 'the act does not take TERM_MISSED in its state; the miss is recorded on the deadline only');
      }
    }
    const before = actSummary(act);
    const [{ next }] = await manager.query(`SELECT min(due_at) AS next FROM deadlines WHERE act_id = $1 AND status = 'OPEN'`, [act.id]);
    await manager.update(ActEntity, { id: act.id }, { nextDueAt: next, version: act.version + 1 });
    await this.audit.append(manager, SYSTEM_ACTOR, {
      action: 'deadline.missed',
      entityType: 'act',
      entityId: act.id,
      caseId: act.caseId,
      officePath: act.officePath,
      before,
      after: { ...before, nextDueAt: next, version: act.version + 1, missedDeadline: deadline.kind },
    });
  }

  private async notify(
    manager: EntityManager,
    afterCommit: FollowUps,
    input: { deadline: DeadlineEntity; act: ActEntity; step: string; kind: NoticeKind; webhook: WebhookEventType; recipients: Recipients; now: Date; escalatedTo?: string },
  ): Promise<HandlerOutcome> {
    const { deadline, act, step, now } = input;
    const text = noticeText({
      actId: act.id,
      actType: act.type as ActType,
      actTitle: act.title,
      addresseeName: act.addresseeName,
      rule: ruleFor(deadline.kind as DeadlineKind, deadline.editionId),
      article: deadline.citation,
      dueAt: deadline.dueAt,
      now,
      kind: input.kind,
      escalatedTo: input.escalatedTo,
    });
    const unique = new Map(input.recipients.users.map((user) => [user.id, user]));
    const rows = [...unique.values()].flatMap((user) => [
      { channel: NoticeChannel.INBOX, user, status: SendStatus.SENT, sentAt: now, address: null },
      ...(user.email ? [{ channel: NoticeChannel.EMAIL, user, status: SendStatus.PENDING, sentAt: null, address: user.email }] : []),
    ]);
    const inserted: Array<{ id: string; channel: string }> = rows.length
      ? await manager
          .createQueryBuilder()
          .insert()
          .into(NoticeEntity)
          .values(
            rows.map((row) => ({
              key: `${deadline.id}:${step}:${row.user.id}:${row.channel}`,
              deadlineId: deadline.id,
              actId: act.id,
              kind: input.kind,
              step,
              channel: row.channel,
              recipientUserId: row.user.id,
              address: row.address,
              subject: text.subject,
              body: text.body,
              status: row.status,
              scheduledFor: step.startsWith('REMIND') ? now : deadline.dueAt,
              sentAt: row.sentAt,
            })),
          )
          .orIgnore()
          .returning(['id', 'channel'])
          .execute()
          .then((result) => result.raw as Array<{ id: string; channel: string }>)
      : [];
    const deliveries = await this.webhookDeliveries.recordEvent(manager, {
      type: input.webhook,
      key: `${deadline.id}:${step}`,
      officePath: act.officePath,
      payload: { event: input.webhook, step, deadlineId: deadline.id, kind: deadline.kind, dueAt: deadline.dueAt.toISOString(), article: deadline.citation, actId: act.id, caseId: act.caseId },
    });
    const emails = inserted.filter((row) => row.channel === 'EMAIL').map((row) => row.id);
    afterCommit.push(() => this.producer.enqueue({ noticeIds: emails, deliveryIds: deliveries }));
    return { done: true, noticesRecorded: inserted.length };
  }

  /** One transaction per job; follow-ups (enqueueing deliveries) run only once it has committed. */
  private async run(handler: (manager: EntityManager, now: Date, afterCommit: FollowUps) => Promise<HandlerOutcome>): Promise<HandlerOutcome> {
    const followUps: FollowUps = [];
    const outcome = await this.dataSource.transaction((manager) => handler(manager, this.clock.now(), followUps));
    for (const followUp of followUps) await followUp();
    return outcome;
  }

  /** Who hears of it, in one round trip: the case's responsible prosecutor and/or an office's heads, if active. */
  private async recipients(manager: EntityManager, whom: { responsibleFor?: string; supervisorsOf?: string }): Promise<Recipients> {
    const users: Recipient[] = await manager.query(
      `SELECT id, email FROM users
        WHERE is_active
          AND (id = (SELECT responsible_prosecutor_id FROM cases WHERE id = $1) OR (office_id = $2 AND role = $3))
        ORDER BY id`,
      [whom.responsibleFor ?? null, whom.supervisorsOf ?? null, UserRole.SUPERVISOR],
    );
    return { users };
  }
}
