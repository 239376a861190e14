import { Module } from '@nestjs/common';
import { DueBacklogModule } from '../due-backlog.module';
import { EmailNoticeSender } from './email-notice.sender';
import { MailTransport } from './mail-transport';
import { NoticeReconciler } from './notice-reconciler';
import { NoticesProcessor } from './notices.processor';
import { WebhookDeliverer } from './webhook-deliverer';

/** Getting recorded notices to people (e-mail) and systems (webhooks), and re-enqueuing lost jobs. */
@Module({
  imports: [DueBacklogModule],
  providers: [NoticesProcessor, EmailNoticeSender, WebhookDeliverer, MailTransport, NoticeReconciler],
})
export class NoticesModule {}
