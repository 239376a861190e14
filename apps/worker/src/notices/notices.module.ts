import { NoticeEntity, WebhookDeliveryEntity } from '@app/persistence';
import { NoticeProducer, QueueName } from '@app/queue';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { EmailNoticeSender } from './email-notice.sender';
import { MailTransport } from './mail-transport';
import { NoticeReconciler } from './notice-reconciler';
import { NoticesProcessor } from './notices.processor';
import { WebhookDeliverer } from './webhook-deliverer';

/** Getting recorded notices to people (e-mail) and systems (webhooks), and re-enqueuing lost jobs. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.NOTICES }), TypeOrmModule.forFeature([NoticeEntity, WebhookDeliveryEntity])],
  providers: [
    NoticesProcessor,
    EmailNoticeSender,
    WebhookDeliverer,
    MailTransport,
    NoticeReconciler,
    { provide: NoticeProducer, inject: [getQueueToken(QueueName.NOTICES)], useFactory: (queue: Queue) => new NoticeProducer(queue) },
  ],
})
export class NoticesModule {}
