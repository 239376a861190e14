import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';
import { Tx } from '../transactions';

export type NewWebhookSubscription = Pick<WebhookSubscriptionEntity, 'clientId' | 'url' | 'secret' | 'events'>;

/**
 * Integrations' webhook subscriptions. The signing secret is kept in clear: every delivery is
 * signed with it (unlike an API key, which is only compared).
 */
@Injectable()
export class WebhookSubscriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The subscriptions of one client, or of every client when `clientId` is undefined; oldest first. */
  list(clientId: string | undefined, tx: Tx = this.dataSource.manager): Promise<WebhookSubscriptionEntity[]> {
    return tx.find(WebhookSubscriptionEntity, { where: clientId ? { clientId } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The subscription a delivery belongs to: it exists (the delivery's foreign key cascades). */
  ofDelivery(subscriptionId: string, tx: Tx = this.dataSource.manager): Promise<WebhookSubscriptionEntity> {
    return tx.findOneByOrFail(WebhookSubscriptionEntity, { id: subscriptionId });
  }

  /** Creates the subscription and answers it as stored. */
  async insert(tx: Tx, subscription: NewWebhookSubscription): Promise<WebhookSubscriptionEntity> {
    const { identifiers } = await tx.insert(WebhookSubscriptionEntity, subscription);
    return tx.findOneByOrFail(WebhookSubscriptionEntity, { id: identifiers[0].id as string });
  }

  /** The subscription, locked until the transaction ends (FOR UPDATE), or null. */
  lockById(tx: Tx, id: string): Promise<WebhookSubscriptionEntity | null> {
    return tx.findOne(WebhookSubscriptionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Stops the subscription and answers it as stored. Deliveries already recorded for it are
   * dead-lettered by the worker when their turn comes.
   */
  async deactivate(tx: Tx, id: string): Promise<WebhookSubscriptionEntity> {
    await tx.update(WebhookSubscriptionEntity, { id }, { isActive: false });
    return tx.findOneByOrFail(WebhookSubscriptionEntity, { id });
  }
}
