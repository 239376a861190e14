import { NoticeChannel } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { NoticeEntity } from '../entities/notice.entity';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';

/** What a user's inbox may be narrowed to. */
export interface InboxFilter {
  /** Only the notices not yet read. */
  readonly unread?: boolean;
}

/**
 * Notices the deadline engine recorded. The inbox is a user's INBOX notices, and nobody else's:
 * every read and write here is narrowed to the recipient and the channel.
 */
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
}
