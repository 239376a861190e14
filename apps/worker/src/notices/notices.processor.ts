import { AppConfig } from '@app/config';
import { JobOf, NoticeJobName, QueueName, workerOptions } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError, WorkerOptions } from 'bullmq';
import { EmailNoticeSender } from './email-notice.sender';
import { noticeBackoff } from './notice-retry';
import { WebhookDeliverer } from './webhook-deliverer';
import { DueBacklog } from '../due-backlog';
import { QueueWorkerHost } from '../queue-worker-host';

/**
 * Delivers recorded notices: e-mails over SMTP and webhooks over HTTP. Each case hands plain data
 * to a service; failures propagate to BullMQ, which retries with the capped backoff.
 * Concurrency (NOTICE_WORKER_CONCURRENCY): the work is waiting on other servers, not on this
 * process, and it is a queue of its own, so no e-mail or webhook ever holds a deadline's transaction.
 * In a storm of due deadlines (DueBacklog) it takes no new job, letting those under way finish, and
 * takes them again when the storm ends: the deadlines are marked first, then their notices go out.
 */
@Injectable()
export class NoticesProcessor extends QueueWorkerHost<QueueName.NOTICES> {
  constructor(
    private readonly email: EmailNoticeSender,
    private readonly webhooks: WebhookDeliverer,
    private readonly config: AppConfig,
    private readonly backlog: DueBacklog,
  ) {
    super(QueueName.NOTICES);
  }

  override onModuleInit(): void {
    super.onModuleInit();
    this.backlog.onStormChange((storm) => {
      // pause(true): jobs under way finish; resume() also restarts a loop that had stopped.
      const change = storm ? this.worker.pause(true) : this.worker.resume();
      change.catch((error: Error) => this.logger.error({ err: error }, `the notices worker did not ${storm ? 'pause' : 'resume'}: ${error.message}`));
    });
  }

  protected options(): WorkerOptions {
    return { ...workerOptions(this.config, this.config.NOTICE_WORKER_CONCURRENCY), settings: { backoffStrategy: noticeBackoff } };
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
