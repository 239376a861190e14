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

/** What a work-allocation event tells a receiver: who answers for the case or act now. */
@ApiSchema({ name: 'WorkAssignedData' })
export class WorkAssignedDataView {
  @ApiProperty({ enum: [WebhookEventType.WORK_ASSIGNED] })
  event: typeof WebhookEventType.WORK_ASSIGNED;

  @ApiProperty({ enum: ['case', 'act'] })
  entityType: 'case' | 'act';

  @ApiProperty({ format: 'uuid' })
  entityId: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ format: 'uuid', description: 'The prosecutor who answered for it until now' })
  fromUserId: string;

  @ApiProperty({ format: 'uuid', description: 'The prosecutor who answers for it now' })
  toUserId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The acts that changed hands: the act itself, or the case’s open acts its previous prosecutor answered for' })
  actIds: string[];

  @ApiProperty({ format: 'date-time' })
  assignedAt: string;
}

/** The body of a deadline webhook POST. */
@ApiSchema({ name: 'DeadlineWebhookEvent' })
export class DeadlineWebhookEventView {
  @ApiProperty({ format: 'uuid', description: 'The delivery id, the same as the webhook-id header: deduplicate by it' })
  id: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  type: WebhookEventType;

  @ApiProperty({ format: 'date-time', description: 'When the event was recorded' })
  createdAt: string;

  @ApiProperty({ type: DeadlineEventDataView })
  data: DeadlineEventDataView;
}

/** The body of a work-allocation webhook POST. */
@ApiSchema({ name: 'WorkAssignedWebhookEvent' })
export class WorkAssignedWebhookEventView {
  @ApiProperty({ format: 'uuid', description: 'The delivery id, the same as the webhook-id header: deduplicate by it' })
  id: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  type: WebhookEventType;

  @ApiProperty({ format: 'date-time', description: 'When the event was recorded' })
  createdAt: string;

  @ApiProperty({ type: WorkAssignedDataView })
  data: WorkAssignedDataView;
}
