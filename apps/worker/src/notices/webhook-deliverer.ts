import { AppConfig, Clock, parseHostList } from '@app/config';
import { DeliveryStatus, UNDELIVERED_STATUSES, WebhookDeliveriesRepository, WebhookDeliveryEntity, WebhookSubscriptionEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { cappedExponentialDelay, errorMessage, JobAttempt, NoticeRetry } from './notice-retry';
import { guardedPost, TimeoutError } from './guarded-post';
import { signStandardWebhook, signWebhook } from './webhook-signature';

interface TryOutcome {
  readonly statusCode: number | null;
  /** Null when the receiver answered 2xx. */
  readonly error: string | null;
}

/**
 * POSTs one recorded webhook delivery to its subscription's URL, signed with the subscription's
 * secret. The effect is at least once: when the receiver's 2xx is lost (timeout, crash) the
 * delivery is tried again, with the same X-Webhook-Id, by which the receiver deduplicates.
 */
@Injectable()
export class WebhookDeliverer {
  private readonly allowedHosts: string[];

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.allowedHosts = parseHostList(config.WEBHOOK_ALLOWED_HOSTS);
  }

  async deliver(deliveryId: string, attempt: JobAttempt): Promise<void> {
    const delivery = await this.deliveries.findWithSubscription(deliveryId);
    if (!delivery || !UNDELIVERED_STATUSES.includes(delivery.status)) return;
    const subscription = delivery.subscription!;
    if (!subscription.isActive) {
      await this.deliveries.recordOutcome(deliveryId, { status: DeliveryStatus.DEAD, lastStatusCode: null, lastError: 'the subscription was deactivated', nextAttemptAt: null }, false);
      return;
    }
    const outcome = await this.post(delivery, subscription);
    if (outcome.error === null) {
      await this.deliveries.recordOutcome(deliveryId, {
        status: DeliveryStatus.DELIVERED,
        lastStatusCode: outcome.statusCode,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: this.clock.now(),
      });
      return;
    }
    if (attempt.number >= Math.min(attempt.of, this.config.WEBHOOK_MAX_ATTEMPTS)) {
      await this.deliveries.recordOutcome(deliveryId, { status: DeliveryStatus.DEAD, lastStatusCode: outcome.statusCode, lastError: outcome.error, nextAttemptAt: null });
      // Unrecoverable: the job may allow more tries than WEBHOOK_MAX_ATTEMPTS; the delivery is dead-lettered now.
      throw new UnrecoverableError(`webhook delivery ${deliveryId} is DEAD after ${attempt.number} tries: ${outcome.error}`);
    }
    const delay = cappedExponentialDelay(attempt.number, this.config.NOTICE_RETRY_BASE_MS, this.config.NOTICE_RETRY_MAX_MS);
    const nextAttemptAt = new Date(this.clock.now().getTime() + delay);
    await this.deliveries.recordOutcome(deliveryId, { status: DeliveryStatus.FAILED, lastStatusCode: outcome.statusCode, lastError: outcome.error, nextAttemptAt });
    throw new NoticeRetry(`webhook delivery ${deliveryId}: ${outcome.error}`, delay);
  }

  /** One POST. Any answer but 2xx, a network error and a timeout are all failed tries. */
  private async post(delivery: WebhookDeliveryEntity, subscription: WebhookSubscriptionEntity): Promise<TryOutcome> {
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const body = JSON.stringify({ id: delivery.id, type: delivery.eventType, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
    try {
      // Not fetch: the connection must go to the address that was checked (guardedPost): a target
      // that resolves to loopback, link-local or a private range is refused unless allowed.
      const answer = await guardedPost(
        subscription.url,
        {
          'content-type': 'application/json',
          'user-agent': 'prosecutor-acts-webhooks/1',
          // Standard Webhooks: verifiable with the published libraries in many languages.
          'webhook-id': delivery.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signStandardWebhook(subscription.secret, delivery.id, timestamp, body),
          // The original headers, for receivers built before (docs/integrations.md).
          'x-webhook-id': delivery.id,
          'x-webhook-event': delivery.eventType,
          'x-webhook-timestamp': String(timestamp),
          'x-webhook-signature': signWebhook(subscription.secret, timestamp, body),
        },
        body,
        { timeoutMs: this.config.WEBHOOK_TIMEOUT_MS, allowedHosts: this.allowedHosts },
      );
      const ok = answer.status >= 200 && answer.status < 300;
      return ok ? { statusCode: answer.status, error: null } : { statusCode: answer.status, error: `HTTP ${answer.status}` };
    } catch (error) {
      return { statusCode: null, error: error instanceof TimeoutError ? error.message : networkError(error) };
    }
  }
}

/** A network error's message, with its cause when it has one. */
function networkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${errorMessage(error)}${cause}`;
}
