export { actSummary, type ActSummary } from './act-summary';
export { toSnapshot } from './act-snapshot.mapper';
export { ActTransitions, DOCUMENT_SIGNED, DRAFT_REVISED, FILED, RESPONSIBLE_CHANGED, type Assignment, type DraftRevision, type EventRequest, type FiledAct, type NewAct, type SignatureRecord } from './act-transitions.service';
export { parseRequiredTypes, SignaturePolicy } from './signature-policy';
export { toCalendarEntry, toCalendarRow } from './calendar-entry.mapper';
export { CaseStatusService } from './case-status.service';
export { CALENDAR_CACHE_TTL_MS, ProductionCalendarService } from './production-calendar.service';
export { ActVersionConflict, DocumentNotPrepared, TransitionRefused } from './workflow-errors';
export { WorkflowModule } from './workflow.module';

export { noEditionRefusal, StatuteEditions } from './statute-editions.service';
export { CalendarRecount, CalendarRecountRefused, dueMovedText, type CalendarRecountResult, type CalendarSurvey, type SurveyedDeadline } from './calendar-recount.service';
