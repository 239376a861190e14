import { Clock } from '@app/config';
import { DeliveryReader, DeliveryStatus, Transactions, WebhookDeliveriesRepository, WebhookDeliveryEntity, WebhookSubscriptionsRepository } from '@app/persistence';
import { NoticeProducer } from '@app/queue';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { Page, pageRequest, pageView } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { ListWebhookDeliveriesQuery, WebhookDeliveryView } from './dto/webhook-delivery.dto';

/** Statuses an operator may redeliver from: dead-lettered, or waiting for a retry. */
const REDELIVERABLE: readonly DeliveryStatus[] = [DeliveryStatus.DEAD, DeliveryStatus.FAILED];

/**
 * The delivery log: administrators read every delivery, an integration only those of its own
 * subscriptions (anything else answers 404, like a delivery that does not exist).
 */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly audit: AuditService,
    private readonly producer: NoticeProducer,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const page = await this.deliveries.page(readerOf(principal), { subscriptionId: query.subscriptionId, status: query.status }, pageRequest(query));
    return pageView(page, deliveryView);
  }

  async get(principal: Principal, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.deliveries.findReadable(readerOf(principal), id);
    if (!delivery) throw notFound('Webhook delivery');
    return deliveryView(delivery);
  }

  /**
   * Puts a DEAD or FAILED delivery back to PENDING and starts a new round of tries under a fresh
   * job id. The job is enqueued after commit; if Redis refuses it, the row is PENDING all the same
   * and the worker's reconciler enqueues it within a minute.
   */
  async redeliver(caller: Caller, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.transactions.run(async (tx) => {
      const found = await this.deliveries.lockById(tx, id);
      if (!found) throw notFound('Webhook delivery');
      const subscription = await this.subscriptions.ofDelivery(found.subscriptionId, tx);
      if (!REDELIVERABLE.includes(found.status)) {
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          title: 'The delivery cannot be redelivered',
          code: 'DELIVERY_NOT_REDELIVERABLE',
          state: found.status,
          detail: `Only DEAD or FAILED deliveries are redelivered; this one is ${found.status}.`,
        });
      }
      if (!subscription.isActive) {
        throw new ProblemException({ status: HttpStatus.CONFLICT, title: 'The subscription is inactive', code: 'SUBSCRIPTION_INACTIVE', detail: 'Nothing is sent for a deactivated subscription.' });
      }
      const before = deliveryView(found);
      const after = deliveryView(await this.deliveries.scheduleRedelivery(tx, id, this.clock.now()));
      await this.audit.record(tx, caller, {
        action: 'webhook_delivery.redelivered',
        entityType: 'integration_client',
        entityId: subscription.clientId,
        before,
        after,
      });
      return after;
    });
    await this.producer.redeliverWebhook(delivery.id, delivery.attempts);
    return delivery;
  }

}

/** An integration reads the deliveries of its own subscriptions; an administrator every delivery. */
function readerOf(principal: Principal): DeliveryReader {
  return { clientId: principal.kind === 'integration' ? principal.clientId : null };
}

function deliveryView(delivery: WebhookDeliveryEntity): WebhookDeliveryView {
  return {
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    eventType: delivery.eventType,
    eventKey: delivery.eventKey,
    payload: delivery.payload,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt,
    createdAt: delivery.createdAt,
  };
}
