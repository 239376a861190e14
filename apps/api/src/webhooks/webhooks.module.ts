import { AppConfig } from '@app/config';
import { NoticeProducer, QueueName, queueOptions } from '@app/queue';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Queue } from 'bullmq';
import { WebhookDeliveriesController } from './webhook-deliveries.controller';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Webhook subscriptions, the delivery log and manual redelivery. The API only enqueues; the worker sends. */
@Module({
  imports: [BullModule.registerQueueAsync({ name: QueueName.NOTICES, inject: [AppConfig], useFactory: (config: AppConfig) => queueOptions(config, 'producer') })],
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [
    WebhookSubscriptionsService,
    WebhookDeliveriesService,
    { provide: NoticeProducer, inject: [getQueueToken(QueueName.NOTICES)], useFactory: (queue: Queue) => new NoticeProducer(queue) },
  ],
})
export class WebhooksModule {}
