import { randomBytes } from 'node:crypto';
import { IntegrationClientEntity, WebhookSubscriptionEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidField } from '../admin/admin-problems';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { CreatedWebhookSubscriptionView, CreateWebhookSubscriptionDto, WebhookSubscriptionView } from './dto/webhook-subscription.dto';

/**
 * Integrations' webhook subscriptions. The signing secret is generated here and shown once; it is
 * kept in clear because every delivery must be signed with it (unlike an API key, only compared).
 * Audit rows are filed under the integration client the subscription belongs to.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(clientId: string | undefined): Promise<WebhookSubscriptionView[]> {
    const subscriptions = await this.dataSource
      .getRepository(WebhookSubscriptionEntity)
      .find({ where: clientId ? { clientId } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
    return subscriptions.map(subscriptionView);
  }

  async create(caller: Caller, body: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionView> {
    // Standard Webhooks' form: whsec_ + standard base64 of 32 random bytes, as its libraries expect.
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.getRepository(IntegrationClientEntity).findOne({ where: { id: body.clientId }, lock: { mode: 'pessimistic_read' } });
      if (!client) throw invalidField('clientId', 'CLIENT_NOT_FOUND', `No integration client with id ${body.clientId}.`);
      if (!client.isActive) throw invalidField('clientId', 'CLIENT_REVOKED', 'The integration client is revoked.');
      const subscriptions = manager.getRepository(WebhookSubscriptionEntity);
      const { identifiers } = await subscriptions.insert({ clientId: client.id, url: body.url, secret, events: body.events });
      const subscription = subscriptionView(await subscriptions.findOneByOrFail({ id: identifiers[0].id as string }));
      await this.audit.record(manager, caller, {
        action: 'webhook_subscription.created',
        entityType: 'integration_client',
        entityId: client.id,
        before: null,
        after: subscription,
      });
      return { subscription, secret };
    });
  }

  /** Deliveries already recorded for it are dead-lettered by the worker when their turn comes. */
  async deactivate(caller: Caller, id: string): Promise<WebhookSubscriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const subscriptions = manager.getRepository(WebhookSubscriptionEntity);
      const found = await subscriptions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw notFound('Webhook subscription');
      const before = subscriptionView(found);
      await subscriptions.update({ id }, { isActive: false });
      const after = subscriptionView(await subscriptions.findOneByOrFail({ id }));
      await this.audit.record(manager, caller, { action: 'webhook_subscription.deactivated', entityType: 'integration_client', entityId: found.clientId, before, after });
      return after;
    });
  }
}

function subscriptionView(subscription: WebhookSubscriptionEntity): WebhookSubscriptionView {
  return {
    id: subscription.id,
    clientId: subscription.clientId,
    url: subscription.url,
    events: subscription.events,
    isActive: subscription.isActive,
    createdAt: subscription.createdAt,
  };
}
