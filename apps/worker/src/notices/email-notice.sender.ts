import { AppConfig, Clock } from '@app/config';
import { NoticeEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { In, Repository } from 'typeorm';
import { isPermanentSmtpRefusal, MailTransport } from './mail-transport';
import { composeNoticeMail, isMailbox } from './notice-mail';
import { cappedExponentialDelay, errorMessage, JobAttempt, NoticeRetry } from './notice-retry';

/** Statuses from which a notice may still be sent; every status write is guarded by them. */
const UNSENT = ['PENDING', 'FAILED'];

/**
 * Sends one recorded EMAIL notice. The row is the truth: a notice already SENT (or DEAD) is never
 * sent again, however often its job runs. Delivery is at least once — SMTP has no way to make the
 * relay's acceptance and our SENT mark one step, so a crash between them sends it again (with the
 * same Message-ID); a lost reminder would be worse than a repeated one.
 */
@Injectable()
export class EmailNoticeSender {
  constructor(
    @InjectRepository(NoticeEntity) private readonly notices: Repository<NoticeEntity>,
    private readonly mail: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async send(noticeId: string, attempt: JobAttempt): Promise<void> {
    const notice = await this.notices.findOneBy({ id: noticeId });
    if (!notice || notice.channel !== 'EMAIL' || !UNSENT.includes(notice.status)) return;
    const address = notice.address?.trim() ?? '';
    if (!isMailbox(address)) {
      const reason = address ? `malformed e-mail address "${address}"` : 'the notice has no e-mail address';
      await this.recordFailure(noticeId, 'DEAD', reason);
      throw new UnrecoverableError(reason);
    }
    try {
      await this.mail.send(composeNoticeMail(notice, address, this.config.MAIL_FROM, this.config.PUBLIC_BASE_URL));
    } catch (error) {
      const permanent = isPermanentSmtpRefusal(error);
      const last = permanent || attempt.number >= attempt.of;
      await this.recordFailure(noticeId, last ? 'DEAD' : 'FAILED', errorMessage(error));
      if (last) throw new UnrecoverableError(`e-mail notice ${noticeId} is DEAD: ${errorMessage(error)}`);
      const delay = cappedExponentialDelay(attempt.number, this.config.NOTICE_RETRY_BASE_MS, this.config.NOTICE_RETRY_MAX_MS);
      throw new NoticeRetry(`e-mail notice ${noticeId}: ${errorMessage(error)}`, delay, { cause: error });
    }
    // Success is recorded in the same statement that marks the notice SENT.
    await this.notices.update({ id: noticeId, status: In(UNSENT) }, { status: 'SENT', sentAt: this.clock.now(), attempts: () => 'attempts + 1', lastError: null });
  }

  private async recordFailure(noticeId: string, status: 'FAILED' | 'DEAD', reason: string): Promise<void> {
    await this.notices.update({ id: noticeId, status: In(UNSENT) }, { status, attempts: () => 'attempts + 1', lastError: reason.slice(0, 2000) });
  }
}
