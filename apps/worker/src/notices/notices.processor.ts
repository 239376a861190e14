import { JobOf, NoticeJobName, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { EmailNoticeSender } from './email-notice.sender';
import { noticeBackoff } from './notice-retry';
import { NOTICES_CONCURRENCY } from './notices-concurrency';
import { WebhookDeliverer } from './webhook-deliverer';
import { GracefulWorkerHost } from '../graceful-worker-host';

/**
 * Delivers recorded notices: e-mails over SMTP and webhooks over HTTP. Each case hands plain data
 * to a service; failures propagate to BullMQ, which retries with the capped backoff.
 * Concurrency: the work is waiting on other servers, not on this process.
 */
@Processor(QueueName.NOTICES, { concurrency: NOTICES_CONCURRENCY, settings: { backoffStrategy: noticeBackoff } })
export class NoticesProcessor extends GracefulWorkerHost {
  constructor(
    private readonly email: EmailNoticeSender,
    private readonly webhooks: WebhookDeliverer,
  ) {
    super();
  }

  async process(job: JobOf<QueueName.NOTICES>): Promise<void> {
    const attempt = { number: job.attemptsMade + 1, of: job.opts.attempts ?? 1 };
    const { name } = job;
    switch (name) {
      case NoticeJobName.SEND_EMAIL:
        return this.email.send(job.data.noticeId, attempt);
      case NoticeJobName.DELIVER_WEBHOOK:
        return this.webhooks.deliver(job.data.deliveryId, attempt);
      default: {
        const unknown: never = name;
        throw new UnrecoverableError(`the notices queue has no job named ${String(unknown)}`);
      }
    }
  }
}
