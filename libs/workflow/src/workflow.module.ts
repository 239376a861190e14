import { Global, Module } from '@nestjs/common';
import { ActEffects } from './act-effects';
import { ActTransitions } from './act-transitions.service';
import { CalendarRecount } from './calendar-recount.service';
import { CaseStatusService } from './case-status.service';
import { ProductionCalendarService } from './production-calendar.service';
import { SignaturePolicy } from './signature-policy';
import { StatuteEditions } from './statute-editions.service';

/**
 * How acts move and what that writes: shared by the API (users' events) and the worker (the
 * deadline engine's TERM_MISSED), so there is one transition path. Global: one calendar cache
 * per process.
 */
@Global()
@Module({
  providers: [ActTransitions, ActEffects, CaseStatusService, ProductionCalendarService, SignaturePolicy, StatuteEditions, CalendarRecount],
  exports: [ActTransitions, CaseStatusService, ProductionCalendarService, SignaturePolicy, StatuteEditions, CalendarRecount],
})
export class WorkflowModule {}
