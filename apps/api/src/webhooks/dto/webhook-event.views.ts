import { DeadlineKind } from '@app/domain';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '@app/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** What a deadline event tells a receiver: enough to act on, and the ids to read more. */
@ApiSchema({ name: 'DeadlineEventData' })
export class DeadlineEventDataView {
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  event: WebhookEventType;

  @ApiProperty({ description: 'The step of the clock: REMIND_<n>D, REMIND_LAST_DAY or REMIND_<n>H (reminders), BREACH (the term ran out), ESCALATION_<level> (one office further up)', example: 'BREACH' })
  step: string;

  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind' })
  kind: DeadlineKind;

  @ApiProperty({ format: 'date-time', description: 'The statutory due instant' })
  dueAt: string;

  @ApiProperty({ example: 'art. 19.3' })
  article: string;

  @ApiProperty({ format: 'uuid' })
  actId: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;
}

/** The body of every webhook POST. */
@ApiSchema({ name: 'WebhookEvent' })
export class WebhookEventView {
  @ApiProperty({ format: 'uuid', description: 'The delivery id, the same as the webhook-id header: deduplicate by it' })
  id: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  type: WebhookEventType;

  @ApiProperty({ format: 'date-time', description: 'When the event was recorded' })
  createdAt: string;

  @ApiProperty({ type: DeadlineEventDataView })
  data: DeadlineEventDataView;
}
