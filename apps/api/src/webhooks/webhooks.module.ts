import { Module } from '@nestjs/common';
import { WebhookDeliveriesController } from './webhook-deliveries.controller';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Webhook subscriptions, the delivery log and manual redelivery. The API only enqueues (NoticeProducer); the worker sends. */
@Module({
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [WebhookSubscriptionsService, WebhookDeliveriesService],
})
export class WebhooksModule {}
