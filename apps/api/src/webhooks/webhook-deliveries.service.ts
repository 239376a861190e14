import { Clock } from '@app/config';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '@app/persistence';
import { NoticeProducer } from '@app/queue';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { newestFirst, Page, toPage } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { ListWebhookDeliveriesQuery, WebhookDeliveryView } from './dto/webhook-delivery.dto';

/** Statuses an operator may redeliver from: dead-lettered, or waiting for a retry. */
const REDELIVERABLE = ['DEAD', 'FAILED'];

/**
 * The delivery log: administrators read every delivery, an integration only those of its own
 * subscriptions (anything else answers 404, like a delivery that does not exist).
 */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly producer: NoticeProducer,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const builder = this.readable(principal);
    const limit = newestFirst(builder, 'd', query);
    if (query.subscriptionId) builder.andWhere('d.subscription_id = :subscriptionId', { subscriptionId: query.subscriptionId });
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    return toPage(await builder.getMany(), limit, deliveryView);
  }

  async get(principal: Principal, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.readable(principal).andWhere('d.id = :id', { id }).getOne();
    if (!delivery) throw notFound('Webhook delivery');
    return deliveryView(delivery);
  }

  /**
   * Puts a DEAD or FAILED delivery back to PENDING and starts a new round of tries under a fresh
   * job id. The job is enqueued after commit; if Redis refuses it, the row is PENDING all the same
   * and the worker's reconciler enqueues it within a minute.
   */
  async redeliver(caller: Caller, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.dataSource.transaction(async (manager) => {
      const deliveries = manager.getRepository(WebhookDeliveryEntity);
      const found = await deliveries.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw notFound('Webhook delivery');
      const subscription = await manager.getRepository(WebhookSubscriptionEntity).findOneByOrFail({ id: found.subscriptionId });
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
      await deliveries.update({ id }, { status: 'PENDING', nextAttemptAt: this.clock.now() });
      const after = deliveryView(await deliveries.findOneByOrFail({ id }));
      await this.audit.record(manager, caller, {
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

  private readable(principal: Principal): SelectQueryBuilder<WebhookDeliveryEntity> {
    const builder = this.dataSource.getRepository(WebhookDeliveryEntity).createQueryBuilder('d');
    if (principal.kind === 'integration') {
      builder.innerJoin('d.subscription', 's').where('s.client_id = :clientId', { clientId: principal.clientId });
    }
    return builder;
  }
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
