import { randomBytes } from 'node:crypto';
import { AppConfig, parseHostList, webhookTargetRefusal } from '@app/config';
import { IntegrationClientsRepository, Transactions, WebhookSubscriptionEntity, WebhookSubscriptionsRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
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
  private readonly allowedHosts: string[];

  constructor(
    config: AppConfig,
    private readonly transactions: Transactions,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly clients: IntegrationClientsRepository,
    private readonly audit: AuditService,
  ) {
    this.allowedHosts = parseHostList(config.WEBHOOK_ALLOWED_HOSTS);
  }

  async list(clientId: string | undefined): Promise<WebhookSubscriptionView[]> {
    return (await this.subscriptions.list(clientId)).map(subscriptionView);
  }

  async create(caller: Caller, body: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionView> {
    const refusal = webhookTargetRefusal(body.url, this.allowedHosts);
    if (refusal) throw invalidField('url', 'WEBHOOK_TARGET_NOT_ALLOWED', `The webhook target ${refusal}; an operator may allow the host in WEBHOOK_ALLOWED_HOSTS.`);
    // Standard Webhooks' form: whsec_ + standard base64 of 32 random bytes, as its libraries expect.
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    return this.transactions.run(async (tx) => {
      const client = await this.clients.shareLockById(tx, body.clientId);
      if (!client) throw invalidField('clientId', 'CLIENT_NOT_FOUND', `No integration client with id ${body.clientId}.`);
      if (!client.isActive) throw invalidField('clientId', 'CLIENT_REVOKED', 'The integration client is revoked.');
      const subscription = subscriptionView(await this.subscriptions.insert(tx, { clientId: client.id, url: body.url, secret, events: body.events }));
      await this.audit.record(tx, caller, {
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
    return this.transactions.run(async (tx) => {
      const found = await this.subscriptions.lockById(tx, id);
      if (!found) throw notFound('Webhook subscription');
      const before = subscriptionView(found);
      const after = subscriptionView(await this.subscriptions.deactivate(tx, id));
      await this.audit.record(tx, caller, { action: 'webhook_subscription.deactivated', entityType: 'integration_client', entityId: found.clientId, before, after });
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
