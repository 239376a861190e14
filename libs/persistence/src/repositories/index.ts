import { ActDocumentsRepository } from './act-documents.repository';
import { ActsRepository } from './acts.repository';
import { AttachmentsRepository } from './attachments.repository';
import { AuditLogRepository } from './audit-log.repository';
import { CalendarRepository } from './calendar.repository';
import { CasesRepository } from './cases.repository';
import { DeadlinesRepository } from './deadlines.repository';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';
import { IntegrationClientsRepository } from './integration-clients.repository';
import { NoticesRepository } from './notices.repository';
import { OfficesRepository } from './offices.repository';
import { OutboxRepository } from './outbox.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { UserAbsencesRepository } from './user-absences.repository';
import { UsersRepository } from './users.repository';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

export { ActDocumentsRepository, type NewActDocument, type NewActSignature, type SignatureRow } from './act-documents.repository';
export { AttachmentsRepository, type NewAttachment } from './attachments.repository';
export { ActsRepository, type ActCountRow, type ActParties, type DeskRow, type ActFilter, type ActTransitionChanges, type NewTransition } from './acts.repository';
export { AuditLogRepository, SYSTEM_ACTOR, type AuditActor, type AuditEntry, type ChangeRow, type PendingAudit } from './audit-log.repository';
export { CalendarRepository, type CalendarEntryRow, type OpenDeadlineLedger } from './calendar.repository';
export { CASE_NUMBER_KEY, CasesRepository, type CaseFilter, type CaseStatusInputs, type CaseStatusReport } from './cases.repository';
export {
  DeadlinesRepository,
  overdueQuery,
  type DeadlineClock,
  type DeadlineScheduleFacts,
  type NewDeadline,
  type OverdueFilter,
  type OverdueOrder,
  type OverdueRow,
  type UnmetDeadlineCount,
} from './deadlines.repository';
export { IdempotencyKeysRepository, type HeldKey } from './idempotency-keys.repository';
export { IntegrationClientsRepository, type NewIntegrationClient } from './integration-clients.repository';
export type { KeysetPage, KeysetPosition, PageRequest } from './keyset';
export { LATENESS_KINDS, NoticesRepository, type InboxFilter, type LatenessRow, type NewNotice, type SendFailure } from './notices.repository';
export type { OfficeReach } from './office-reach';
export { OFFICE_CODE_KEY, OfficesRepository, type NewOffice, type OfficeName } from './offices.repository';
export { DEADLINE_CHANGED, OutboxRepository, type OutboxMessage } from './outbox.repository';
export { RefreshTokensRepository, type NewRefreshToken } from './refresh-tokens.repository';
export { UserAbsencesRepository, type AbsenceFilter, type NewUserAbsence } from './user-absences.repository';
export { USER_LOGIN_KEY, UsersRepository, type NewUser, type NoticeRecipient, type RecipientQuery, type UserChanges, type UserFilter, type UserWithOffice } from './users.repository';
export { WebhookDeliveriesRepository, type DeliveryFilter, type DeliveryOutcome, type DeliveryReader, type WebhookEvent } from './webhook-deliveries.repository';
export { WebhookSubscriptionsRepository, type NewWebhookSubscription } from './webhook-subscriptions.repository';

/** Every repository: PersistenceModule provides and exports each once. */
export const REPOSITORIES = [
  ActDocumentsRepository,
  ActsRepository,
  AttachmentsRepository,
  AuditLogRepository,
  CalendarRepository,
  CasesRepository,
  DeadlinesRepository,
  IdempotencyKeysRepository,
  IntegrationClientsRepository,
  NoticesRepository,
  OfficesRepository,
  OutboxRepository,
  RefreshTokensRepository,
  UserAbsencesRepository,
  UsersRepository,
  WebhookDeliveriesRepository,
  WebhookSubscriptionsRepository,
];
