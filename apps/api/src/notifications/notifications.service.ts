import { Clock } from '@app/config';
import { NoticeChannel } from '@app/domain';
import { NoticeEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { notFound } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { newestFirst, Page, toPage } from '../http/keyset';
import { ListNotificationsQuery, NotificationView } from './dto/notification.dto';


/** The signed-in user's inbox: the INBOX notices the deadline engine recorded for them, and nobody else's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NoticeEntity) private readonly notices: Repository<NoticeEntity>,
    private readonly clock: Clock,
  ) {}

  /** Newest first, keyset pages on (created_at, id): served by notices_recipient_idx. */
  async list(user: UserPrincipal, query: ListNotificationsQuery): Promise<Page<NotificationView>> {
    const builder = this.notices.createQueryBuilder('n').where('n.recipient_user_id = :userId AND n.channel = :channel', { userId: user.userId, channel: NoticeChannel.INBOX });
    const limit = newestFirst(builder, 'n', query);
    if (query.unread) builder.andWhere('n.read_at IS NULL');
    return toPage(await builder.getMany(), limit, notificationView);
  }

  /**
   * Marks one of the user's own notifications read; marking it again keeps the first instant.
   * Someone else's notification answers 404, exactly like one that does not exist.
   */
  async markRead(user: UserPrincipal, id: string): Promise<NotificationView> {
    const mine = { id, recipientUserId: user.userId, channel: NoticeChannel.INBOX };
    await this.notices.update({ ...mine, readAt: IsNull() }, { readAt: this.clock.now() });
    const notice = await this.notices.findOneBy(mine);
    if (!notice) throw notFound('Notification');
    return notificationView(notice);
  }
}

function notificationView(notice: NoticeEntity): NotificationView {
  return {
    id: notice.id,
    kind: notice.kind,
    step: notice.step,
    actId: notice.actId,
    deadlineId: notice.deadlineId,
    subject: notice.subject,
    body: notice.body,
    createdAt: notice.createdAt,
    readAt: notice.readAt,
  };
}
