export { actSummary, type ActSummary } from './act-summary';
export { toSnapshot } from './act-snapshot.mapper';
export { ActTransitions, DRAFT_REVISED, FILED, type DraftRevision, type EventRequest, type FiledAct, type NewAct } from './act-transitions.service';
export { toCalendarEntry, toCalendarRow } from './calendar-entry.mapper';
export { CaseStatusService } from './case-status.service';
export { CALENDAR_CACHE_TTL_MS, ProductionCalendarService } from './production-calendar.service';
export { ActVersionConflict, TransitionRefused } from './workflow-errors';
export { WorkflowModule } from './workflow.module';

export { noEditionRefusal, StatuteEditions } from './statute-editions.service';
export { CalendarRecount, CalendarRecountRefused, dueMovedText, type CalendarRecountResult, type CalendarSurvey, type SurveyedDeadline } from './calendar-recount.service';
