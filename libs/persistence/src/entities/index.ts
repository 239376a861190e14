import { ActDocumentEntity } from './act-document.entity';
import { ActSignatureEntity } from './act-signature.entity';
import { ActTransitionEntity } from './act-transition.entity';
import { AttachmentEntity } from './attachment.entity';
import { ActEntity } from './act.entity';
import { AuditLogEntity } from './audit-log.entity';
import { CalendarEntryEntity } from './calendar-entry.entity';
import { CaseEntity } from './case.entity';
import { DeadlineEntity } from './deadline.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { IntegrationClientEntity } from './integration-client.entity';
import { NoticeEntity } from './notice.entity';
import { OfficeEntity } from './office.entity';
import { OutboxEntity } from './outbox.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserAbsenceEntity } from './user-absence.entity';
import { UserEntity } from './user.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export { ActDocumentEntity } from './act-document.entity';
export { ActSignatureEntity } from './act-signature.entity';
export { ActTransitionEntity } from './act-transition.entity';
export { AttachmentEntity } from './attachment.entity';
export { ActEntity } from './act.entity';
export { AuditLogEntity } from './audit-log.entity';
export { CalendarEntryEntity } from './calendar-entry.entity';
export { CaseEntity, CaseStatus } from './case.entity';
export { DeadlineEntity } from './deadline.entity';
export { IdempotencyKeyEntity } from './idempotency-key.entity';
export { IntegrationClientEntity, IntegrationScope } from './integration-client.entity';
export { NoticeEntity, SendStatus, UNSENT_STATUSES } from './notice.entity';
export { OfficeEntity, OfficeKind, OfficeLevel } from './office.entity';
export { OutboxEntity } from './outbox.entity';
export { RefreshTokenEntity } from './refresh-token.entity';
export { UserAbsenceEntity } from './user-absence.entity';
export { UserEntity, UserRole } from './user.entity';
export { DeliveryStatus, UNDELIVERED_STATUSES, WebhookDeliveryEntity } from './webhook-delivery.entity';
export { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/** Every entity TypeORM maps; the data source and the Nest module both use this list. */
export const ENTITIES = [
  OfficeEntity,
  UserEntity,
  IntegrationClientEntity,
  RefreshTokenEntity,
  CaseEntity,
  ActEntity,
  DeadlineEntity,
  ActTransitionEntity,
  CalendarEntryEntity,
  IdempotencyKeyEntity,
  AuditLogEntity,
  OutboxEntity,
  NoticeEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  UserAbsenceEntity,
  ActDocumentEntity,
  ActSignatureEntity,
  AttachmentEntity,
];
