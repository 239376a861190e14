import { NoticeChannel, NoticeKind } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { NoticeEntity, SendStatus, UNSENT_STATUSES } from '../entities/notice.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { sqlList, sqlLiteral } from './sql-constants';

/** What a user's inbox may be narrowed to. */
export interface InboxFilter {
  /** Only the notices not yet read. */
  readonly unread?: boolean;
}

/** One notice as the deadline engine records it, before anything is sent. */
export type NewNotice = Pick<
  NoticeEntity,
  'key' | 'deadlineId' | 'actId' | 'kind' | 'step' | 'channel' | 'recipientUserId' | 'address' | 'subject' | 'body' | 'status' | 'scheduledFor' | 'sentAt'
>;

/** The notice kinds whose lateness the worker reports (the partial index notices_lateness_idx covers them). */
export const LATENESS_KINDS: readonly NoticeKind[] = [NoticeKind.REMINDER, NoticeKind.BREACH];

/** The lateness of the firings of one notice kind over a window. */
export interface LatenessRow {
  readonly kind: NoticeKind;
  /** Firings in the window: one per deadline and step, however many recipients and channels. */
  readonly firings: number;
  /** Seconds, in the order of the quantiles asked for. */
  readonly quantiles: readonly number[];
  readonly max: number;
}

/** How a failed send ends: FAILED (it will be retried) or DEAD (it will not). */
export type SendFailure = typeof SendStatus.FAILED | typeof SendStatus.DEAD;

/** Longest last_error kept: an SMTP transcript must not bloat the row. */
const MAX_ERROR_LENGTH = 2000;

/**
 * Notices (in-app inbox and e-mail) and their sending. A notice is recorded under its unique key
 * before anything is sent; every status write afterwards is guarded by UNSENT_STATUSES, so a notice
 * SENT or DEAD stays so however often its job runs. The inbox is a user's INBOX notices, and
 * nobody else's: every inbox read and write is narrowed to the recipient and the channel.
 */
/** Notices one insert carries at most: a statement of a few megabytes. */
const NOTICES_PER_STATEMENT = 2000;

@Injectable()
export class NoticesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The user's inbox, newest first, one keyset page on (created_at, id): served by notices_recipient_idx. */
  async inboxPage(userId: string, filter: InboxFilter, page: PageRequest): Promise<KeysetPage<NoticeEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(NoticeEntity, 'n')
      .where('n.recipient_user_id = :userId AND n.channel = :channel', { userId, channel: NoticeChannel.INBOX });
    newestFirst(builder, 'n', page);
    if (filter.unread) builder.andWhere('n.read_at IS NULL');
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /** How many of the user's inbox notices are unread (the badge in the web workspace's header). */
  unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager.countBy(NoticeEntity, { recipientUserId: userId, channel: NoticeChannel.INBOX, readAt: IsNull() });
  }

  /**
   * Marks one notice of the user's inbox read at `at` — marking it again keeps the first instant —
   * and answers it; null when the user has no such notice (someone else's is not theirs to see).
   */
  async markRead(userId: string, id: string, at: Date): Promise<NoticeEntity | null> {
    const mine = { id, recipientUserId: userId, channel: NoticeChannel.INBOX };
    await this.dataSource.manager.update(NoticeEntity, { ...mine, readAt: IsNull() }, { readAt: at });
    return this.dataSource.manager.findOneBy(NoticeEntity, mine);
  }

  /**
   * Records notices inside the caller's transaction and answers the ones this call created: a key
   * already recorded (a retried job, two workers on one job) is skipped, so nobody hears twice.
   */
  async record(tx: Tx, notices: readonly NewNotice[]): Promise<Array<{ id: string; channel: NoticeChannel; deadlineId: string }>> {
    const recorded: Array<{ id: string; channel: NoticeChannel; deadlineId: string }> = [];
    // One JSON parameter per statement: a query builder's 13 parameters a row cost the worker more
    // CPU than the rest of a batch of breaches (bench:burst, profiled). Chunks keep a statement small.
    for (let start = 0; start < notices.length; start += NOTICES_PER_STATEMENT) {
      const rows: Array<{ id: string; channel: NoticeChannel; deadline_id: string }> = await tx.query(
        `INSERT INTO notices (key, deadline_id, act_id, kind, step, channel, recipient_user_id, address, subject, body, status, scheduled_for, sent_at)
         SELECT n.key, n."deadlineId", n."actId", n.kind, n.step, n.channel, n."recipientUserId", n.address, n.subject, n.body, n.status, n."scheduledFor", n."sentAt"
           FROM jsonb_to_recordset($1::jsonb) AS n(key text, "deadlineId" uuid, "actId" uuid, kind text, step text, channel text, "recipientUserId" uuid, address text,
                                                    subject jsonb, body jsonb, status text, "scheduledFor" timestamptz, "sentAt" timestamptz)
         ON CONFLICT DO NOTHING
         RETURNING id, channel, deadline_id`,
        [JSON.stringify(notices.slice(start, start + NOTICES_PER_STATEMENT))],
      );
      for (const row of rows) recorded.push({ id: row.id, channel: row.channel, deadlineId: row.deadline_id });
    }
    return recorded;
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<NoticeEntity | null> {
    return tx.findOneBy(NoticeEntity, { id });
  }

  /** Success, counted as a try, in the one statement that marks the notice SENT (if it was still unsent). */
  async markSent(id: string, sentAt: Date): Promise<void> {
    await this.dataSource.manager.update(
      NoticeEntity,
      { id, status: In(UNSENT_STATUSES) },
      { status: SendStatus.SENT, sentAt, attempts: () => 'attempts + 1', lastError: null },
    );
  }

  /** A failed try of a still unsent notice: FAILED (to be retried) or DEAD, with the reason. */
  async recordFailure(id: string, status: SendFailure, reason: string): Promise<void> {
    await this.dataSource.manager.update(
      NoticeEntity,
      { id, status: In(UNSENT_STATUSES) },
      { status, attempts: () => 'attempts + 1', lastError: reason.slice(0, MAX_ERROR_LENGTH) },
    );
  }

  /** Ids of unsent e-mail notices, oldest first, at most `limit`: what the notice reconciler makes sure has a job. */
  async unsentEmails(limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM notices WHERE channel = ${sqlLiteral(NoticeChannel.EMAIL)} AND status IN (${sqlList(UNSENT_STATUSES)}) ORDER BY created_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Fired − scheduled per firing of a reminder or breach in the last `windowSeconds`: the rows of
   * one firing (every recipient and channel) share one transaction, so its first created_at is when it fired.
   */
  async lateness(windowSeconds: number, quantiles: readonly number[], tx: Tx = this.dataSource.manager): Promise<LatenessRow[]> {
    const rows: Array<{ kind: NoticeKind; firings: number; quantiles: number[]; max: number }> = await tx.query(
      `SELECT kind, count(*)::int AS firings,
            percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY lateness) AS quantiles, max(lateness) AS max
       FROM (SELECT kind, extract(epoch FROM min(created_at) - min(scheduled_for))::float8 AS lateness
               FROM notices
              WHERE kind IN (${sqlList(LATENESS_KINDS)}) AND created_at >= now() - make_interval(secs => $1)
              GROUP BY kind, deadline_id, step) AS firing
      GROUP BY kind`,
      [windowSeconds, quantiles],
    );
    return rows.map((row) => ({ kind: row.kind, firings: row.firings, quantiles: row.quantiles.map(Number), max: Number(row.max) }));
  }
}
