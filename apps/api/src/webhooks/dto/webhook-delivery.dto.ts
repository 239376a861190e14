import { WebhookEventType } from '@app/domain';
import { DeliveryStatus } from '@app/persistence';
import { PageQuery } from '../../http/page.query';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = Object.values(DeliveryStatus);
export class ListWebhookDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subscriptionId?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

/** One event for one subscription and how getting it there went. */
@ApiSchema({ name: 'WebhookDelivery' })
export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Sent as X-Webhook-Id: the same on every retry, so the receiver can deduplicate' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  subscriptionId: string;

  @ApiProperty({ example: WebhookEventType.DEADLINE_MISSED })
  eventType: string;

  @ApiProperty({ description: 'Unique per event and subscription' })
  eventKey: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  payload: Record<string, unknown>;

  @ApiProperty({ enum: DELIVERY_STATUSES, description: 'PENDING, FAILED (will retry), DELIVERED, DEAD (retries exhausted)' })
  status: DeliveryStatus;

  @ApiProperty({ description: 'Tries so far, over every round' })
  attempts: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next retry is due (FAILED)' })
  nextAttemptAt: Date | null;

  @ApiProperty({ type: Number, nullable: true, description: 'HTTP status of the last answer; null when there was none' })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class WebhookDeliveriesPage {
  @ApiProperty({ type: [WebhookDeliveryView] })
  items: WebhookDeliveryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
