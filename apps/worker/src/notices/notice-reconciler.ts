import { NoticesRepository, WebhookDeliveriesRepository } from '@app/persistence';
import { NoticeProducer } from '@app/queue';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { errorMessage } from './notice-retry';

const RECONCILE_EVERY_MS = 60_000;
/** Rows per pass; a backlog larger than this is worked off over the following passes. */
const BATCH = 1000;

export interface ReconcileResult {
  readonly emails: number;
  readonly webhooks: number;
}

/**
 * Re-enqueues unsent e-mail notices and unfinished webhook deliveries whose job is gone from Redis
 * (a flushed Redis, a crash between commit and enqueue) or ended without recording its outcome
 * (a worker that died mid-send). PostgreSQL says what is owed; the
 * deterministic job ids make a second enqueue a no-op, and the handlers skip SENT and DELIVERED
 * rows, so nothing delivered is ever resent.
 */
@Injectable()
export class NoticeReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NoticeReconciler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly notices: NoticesRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly producer: NoticeProducer,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: a Redis that is down at boot must not hold up the worker; the next pass retries.
    void this.reconcileOnSchedule();
    this.timer = setInterval(() => void this.reconcileOnSchedule(), RECONCILE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async reconcile(): Promise<ReconcileResult> {
    let emails = 0;
    let webhooks = 0;
    for (const id of await this.notices.unsentEmails(BATCH)) {
      if (await this.producer.requeueEmail(id)) emails++;
    }
    for (const { id, attempts } of await this.deliveries.unfinished(BATCH)) {
      if (await this.producer.requeueWebhook(id, attempts)) webhooks++;
    }
    return { emails, webhooks };
  }

  /** A failed pass is reported and the next one, a minute later, tries again: it must not end the worker. */
  private async reconcileOnSchedule(): Promise<void> {
    try {
      const result = await this.reconcile();
      if (result.emails || result.webhooks) this.logger.warn(`re-enqueued ${result.emails} e-mail notices and ${result.webhooks} webhook deliveries missing from the queue`);
    } catch (error) {
      this.logger.error(`notice reconciliation failed: ${errorMessage(error)}`);
    }
  }
}
