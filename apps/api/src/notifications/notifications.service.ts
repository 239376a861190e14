import { Clock } from '@app/config';
import { NoticeEntity, NoticesRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { notFound } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { Page, pageRequest, pageView } from '../http/keyset';
import { ListNotificationsQuery, NotificationView } from './dto/notification.dto';

/** The signed-in user's inbox: the INBOX notices the deadline engine recorded for them, and nobody else's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly clock: Clock,
  ) {}

  /** Newest first, keyset pages on (created_at, id): served by notices_recipient_idx. */
  async list(user: UserPrincipal, query: ListNotificationsQuery): Promise<Page<NotificationView>> {
    return pageView(await this.notices.inboxPage(user.userId, { unread: query.unread }, pageRequest(query)), notificationView);
  }

  /**
   * Marks one of the user's own notifications read; marking it again keeps the first instant.
   * Someone else's notification answers 404, exactly like one that does not exist.
   */
  async markRead(user: UserPrincipal, id: string): Promise<NotificationView> {
    const notice = await this.notices.markRead(user.userId, id, this.clock.now());
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
