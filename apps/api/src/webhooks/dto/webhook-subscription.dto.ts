import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';

@ApiSchema({ name: 'CreateWebhookSubscriptionRequest' })
export class CreateWebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid', description: 'The integration client the subscription belongs to' })
  @IsUUID()
  clientId: string;

  @ApiProperty({ example: 'https://otinish.gov.kz/hooks/prosecutor-acts', description: 'http(s) URL that receives the POSTs' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];
}

export class ListWebhookSubscriptionsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the subscriptions of this integration client' })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}

/** A subscription as administrators see it: never its secret. */
@ApiSchema({ name: 'WebhookSubscription' })
export class WebhookSubscriptionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  clientId: string;

  @ApiProperty()
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  events: string[];

  @ApiProperty({ description: 'false once deactivated: nothing more is recorded or sent for it' })
  isActive: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

@ApiSchema({ name: 'CreatedWebhookSubscription' })
export class CreatedWebhookSubscriptionView {
  @ApiProperty({ type: WebhookSubscriptionView })
  subscription: WebhookSubscriptionView;

  @ApiProperty({
    description:
      'The signing secret, shown this once. Every delivery carries X-Webhook-Signature: sha256=<hex HMAC-SHA256 of "<X-Webhook-Timestamp>.<raw body>"> under it.',
  })
  secret: string;
}
