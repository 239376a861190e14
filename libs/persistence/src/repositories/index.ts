import { ActsRepository } from './acts.repository';
import { AuditLogRepository } from './audit-log.repository';
import { CalendarRepository } from './calendar.repository';
import { CasesRepository } from './cases.repository';
import { DeadlinesRepository } from './deadlines.repository';
import { NoticesRepository } from './notices.repository';
import { OfficesRepository } from './offices.repository';
import { OutboxRepository } from './outbox.repository';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';

export { ActsRepository, type ActFilter, type ActTransitionChanges, type NewTransition } from './acts.repository';
export { AuditLogRepository, SYSTEM_ACTOR, type AuditActor, type AuditEntry } from './audit-log.repository';
export { CalendarRepository } from './calendar.repository';
export { CasesRepository, type CaseFilter, type CaseStatusInputs } from './cases.repository';
export { DeadlinesRepository, type DeadlineScheduleFacts, type NewDeadline, type UnmetDeadlineCount } from './deadlines.repository';
export type { KeysetPage, KeysetPosition, PageRequest } from './keyset';
export { LATENESS_KINDS, NoticesRepository, type LatenessRow, type NewNotice, type SendFailure } from './notices.repository';
export { OfficesRepository, type NoticeRecipient, type RecipientQuery } from './offices.repository';
export type { OfficeReach } from './office-reach';
export { DEADLINE_CHANGED, OutboxRepository, type OutboxMessage } from './outbox.repository';
export { WebhookDeliveriesRepository, type DeliveryOutcome, type WebhookEvent } from './webhook-deliveries.repository';

/** Every repository: PersistenceModule provides and exports each once. */
export const REPOSITORIES = [
  ActsRepository,
  AuditLogRepository,
  CalendarRepository,
  CasesRepository,
  DeadlinesRepository,
  NoticesRepository,
  OfficesRepository,
  OutboxRepository,
  WebhookDeliveriesRepository,
];
