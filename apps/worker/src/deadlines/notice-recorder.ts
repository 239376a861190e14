import { DeadlineNoticeKind, NoticeChannel, NoticeKind, ruleFor, WebhookEventType } from '@app/domain';
import { ActEntity, DeadlineClock, NewNotice, NoticeRecipient, NoticesRepository, SendStatus, Tx, WebhookDeliveriesRepository, WebhookEvent } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { noticeText } from './notice-text';

/** One firing of a deadline's notices: a reminder step, its breach, or one escalation level. */
export interface NoticeOccasion {
  readonly deadline: DeadlineClock;
  readonly act: ActEntity;
  /** REMIND_3D, BREACH, ESCALATION_2, …: with the deadline, recipient and channel, a notice's unique key. */
  readonly step: string;
  readonly kind: DeadlineNoticeKind;
  readonly webhook: WebhookEventType;
  readonly recipients: readonly NoticeRecipient[];
  readonly now: Date;
  /** For escalations: the office the breach has reached. */
  readonly escalatedTo?: string;
}

export interface RecordedNotices {
  /** Notices this call created, for each occasion in the order given; none for keys recorded before (a retried or doubled job). */
  readonly created: number[];
  /** What the notices queue must deliver once the transaction has committed: e-mails and webhook deliveries. */
  readonly toDeliver: { readonly noticeIds: string[]; readonly deliveryIds: string[] };
}

/**
 * Records firings' notices inside the job's transaction, before anything is sent: for each
 * recipient an in-app notice (SENT at once) and, with an address on file, an e-mail (PENDING), each
 * under its unique key; and one webhook delivery per subscribed integration. Sending happens after
 * commit, from what this answers — so a retried job notifies no one twice, and a rolled-back change
 * notifies no one at all. A batch of firings (of distinct deadlines) takes one insert for all their
 * notices and one for all their webhook deliveries.
 */
@Injectable()
export class NoticeRecorder {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly webhookDeliveries: WebhookDeliveriesRepository,
  ) {}

  async record(tx: Tx, occasions: readonly NoticeOccasion[]): Promise<RecordedNotices> {
    const inserted = await this.notices.record(tx, occasions.flatMap((occasion) => this.noticesOf(occasion)));
    const deliveryIds = await this.webhookDeliveries.recordEvents(tx, occasions.map((occasion) => this.webhookEventOf(occasion)));
    const noticeIds = inserted.filter((row) => row.channel === NoticeChannel.EMAIL).map((row) => row.id);
    const createdPerDeadline = new Map<string, number>();
    for (const row of inserted) createdPerDeadline.set(row.deadlineId, (createdPerDeadline.get(row.deadlineId) ?? 0) + 1);
    const created = occasions.map((occasion) => createdPerDeadline.get(occasion.deadline.id) ?? 0);
    return { created, toDeliver: { noticeIds, deliveryIds } };
  }

  /** Every recipient once: in the inbox, and by e-mail when they have an address. */
  private noticesOf(occasion: NoticeOccasion): NewNotice[] {
    const { deadline, act, step, kind, now } = occasion;
    const text = noticeText({
      actId: act.id,
      actType: act.type,
      actTitle: act.title,
      addresseeName: act.addresseeName,
      rule: ruleFor(deadline.kind, deadline.editionId),
      dueAt: deadline.dueAt,
      now,
      kind,
      escalatedTo: occasion.escalatedTo,
    });
    const unique = new Map(occasion.recipients.map((user) => [user.id, user]));
    const rows = [...unique.values()].flatMap((user) => [
      { channel: NoticeChannel.INBOX, user, status: SendStatus.SENT, sentAt: now, address: null },
      ...(user.email ? [{ channel: NoticeChannel.EMAIL, user, status: SendStatus.PENDING, sentAt: null, address: user.email }] : []),
    ]);
    return rows.map((row) => ({
      key: `${deadline.id}:${step}:${row.user.id}:${row.channel}`,
      deadlineId: deadline.id,
      actId: act.id,
      kind,
      step,
      channel: row.channel,
      recipientUserId: row.user.id,
      address: row.address,
      subject: text.subject,
      body: text.body,
      status: row.status,
      // Lateness is measured from here: a reminder from the instant its handler ran, a breach and its escalations from the due instant.
      scheduledFor: kind === NoticeKind.REMINDER ? now : deadline.dueAt,
      sentAt: row.sentAt,
    }));
  }

  /** The event for subscribed integrations: one per firing, not per recipient. */
  private webhookEventOf({ deadline, act, step, webhook }: NoticeOccasion): WebhookEvent {
    return {
      type: webhook,
      key: `${deadline.id}:${step}`,
      officePath: act.officePath,
      payload: { event: webhook, step, deadlineId: deadline.id, kind: deadline.kind, dueAt: deadline.dueAt.toISOString(), article: deadline.citation, actId: act.id, caseId: act.caseId },
    };
  }
}
