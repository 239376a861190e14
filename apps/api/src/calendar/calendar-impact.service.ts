import { Clock } from '@app/config';
import { diffCalendars, ProductionCalendar } from '@app/domain';
import { Tx, UserRole } from '@app/persistence';
import { CalendarRecount, CalendarRecountResult, CalendarSurvey } from '@app/workflow';
import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { dayChangeView, deadlineImpactView, keptMissedView } from './calendar-views';
import { CalendarImpactView } from './dto/calendar-impact.dto';

/**
 * Which deadlines a calendar change moves, which missed ones it leaves missed (docs/adr/0011),
 * and which it cannot count — for the preview (nothing written) and for the edit's answer.
 */
@Injectable()
export class CalendarImpactService {
  constructor(
    private readonly recount: CalendarRecount,
    private readonly clock: Clock,
  ) {}

  /**
   * The preview. Administrators see every deadline (they edit the calendar for the whole country,
   * and the answer carries only ids and dates); supervisors only those of their office subtree.
   */
  async analyse(before: ProductionCalendar, after: ProductionCalendar, principal: Principal, tx?: Tx): Promise<CalendarImpactView> {
    const subtree = principal.kind === 'user' && principal.role === UserRole.SUPERVISOR ? principal.officePath : null;
    const survey = await this.recount.survey(before, after, { subtree, now: this.clock.now() }, tx);
    return impactView(before, after, survey);
  }
}

/** A survey, or what an edit did, as the API answers it. */
export function impactView(before: ProductionCalendar, after: ProductionCalendar, survey: CalendarSurvey | CalendarRecountResult): CalendarImpactView {
  return {
    days: diffCalendars(before, after).map(dayChangeView),
    deadlines: survey.moved.map(({ change, deadline }) => deadlineImpactView(change, deadline)),
    keptMissed: survey.keptMissed.map(({ kept, deadline }) => keptMissedView(kept, deadline)),
    conflicts: survey.conflicts.map(({ deadlineId, message }) => ({ deadlineId, message })),
  };
}
