import { AppConfig, Clock } from '@app/config';
import { NoticeChannel } from '@app/domain';
import { NoticesRepository, SendFailure, SendStatus, UNSENT_STATUSES } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { isPermanentSmtpRefusal, MailTransport } from './mail-transport';
import { composeNoticeMail, isMailbox } from './notice-mail';
import { cappedExponentialDelay, errorMessage, JobAttempt, NoticeRetry } from './notice-retry';

/**
 * Sends one recorded EMAIL notice. The row is the truth: a notice already SENT (or DEAD) is never
 * sent again, however often its job runs. Delivery is at least once — SMTP has no way to make the
 * relay's acceptance and our SENT mark one step, so a crash between them sends it again (with the
 * same Message-ID); a lost reminder would be worse than a repeated one.
 */
@Injectable()
export class EmailNoticeSender {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly mail: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async send(noticeId: string, attempt: JobAttempt): Promise<void> {
    const notice = await this.notices.findById(noticeId);
    if (!notice || notice.channel !== NoticeChannel.EMAIL || !UNSENT_STATUSES.includes(notice.status)) return;
    const address = notice.address?.trim() ?? '';
    if (!isMailbox(address)) {
      const reason = address ? `malformed e-mail address "${address}"` : 'the notice has no e-mail address';
      await this.notices.recordFailure(noticeId, SendStatus.DEAD, reason);
      throw new UnrecoverableError(reason);
    }
    try {
      await this.mail.send(composeNoticeMail(notice, address, this.config.MAIL_FROM, this.config.PUBLIC_BASE_URL));
    } catch (error) {
      const permanent = isPermanentSmtpRefusal(error);
      const last = permanent || attempt.number >= attempt.of;
      const status: SendFailure = last ? SendStatus.DEAD : SendStatus.FAILED;
      await this.notices.recordFailure(noticeId, status, errorMessage(error));
      if (last) throw new UnrecoverableError(`e-mail notice ${noticeId} is DEAD: ${errorMessage(error)}`);
      const delay = cappedExponentialDelay(attempt.number, this.config.NOTICE_RETRY_BASE_MS, this.config.NOTICE_RETRY_MAX_MS);
      throw new NoticeRetry(`e-mail notice ${noticeId}: ${errorMessage(error)}`, delay, { cause: error });
    }
    // Success is recorded in the same statement that marks the notice SENT.
    await this.notices.markSent(noticeId, this.clock.now());
  }
}
