import { CalendarCoverageError, CalendarEntry, LocalDate, nonWorkingReason } from '@app/domain';
import { CalendarEntryEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { Principal } from '../auth/principal';
import { ProblemException } from '../http/problem-details';
import { applyCalendarChange, CalendarChange } from './calendar-change';
import { toCalendarEntry, toCalendarRow } from '@app/workflow';
import { CalendarImpactService } from './calendar-impact.service';
import { calendarEntryNotFound } from './calendar-problems';
import { calendarEntryView, nonWorkingReasonView } from './calendar-views';
import { CalendarEntryView, ListCalendarEntriesQuery } from './dto/calendar-entry.dto';
import { CalendarDayView, CalendarEditResultView, CalendarImpactView } from './dto/calendar-impact.dto';
import { ProductionCalendarService } from '@app/workflow';

/** Serialises calendar edits, so each one's before/after is the table as the previous one left it. */
const CALENDAR_EDIT_LOCK = 27090003;

const AUDIT_ACTIONS = { CREATE: 'calendar_entry.created', UPDATE: 'calendar_entry.updated', DELETE: 'calendar_entry.deleted' } as const;

/** Reading the calendar, and the administrators' audited edits with their impact on open deadlines. */
@Injectable()
export class CalendarEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: ProductionCalendarService,
    private readonly impact: CalendarImpactService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListCalendarEntriesQuery): Promise<CalendarEntryView[]> {
    const year = query.year === undefined ? null : String(query.year);
    return (await this.calendars.entries())
      .map(calendarEntryView)
      .filter((entry) => year === null || entry.date.startsWith(year) || entry.workingDay?.startsWith(year))
      .filter((entry) => query.status === undefined || entry.status === query.status);
  }

  async get(id: string): Promise<CalendarEntryView> {
    const row = await this.dataSource.getRepository(CalendarEntryEntity).findOneBy({ id });
    if (!row) throw calendarEntryNotFound(id);
    return calendarEntryView(toCalendarEntry(row));
  }

  /** Whether the day is working in the calendar in force, and if not, why. */
  async day(date: LocalDate): Promise<CalendarDayView> {
    const calendar = await this.calendars.current();
    try {
      const reason = nonWorkingReason(date, calendar);
      return { date, working: reason === null, reason: reason && nonWorkingReasonView(reason) };
    } catch (error) {
      if (!(error instanceof CalendarCoverageError)) throw error;
      throw new ProblemException({ status: 422, title: 'The date is outside the production calendar', code: 'DATE_NOT_COVERED', detail: error.message });
    }
  }

  /**
   * Saves one edit with its audit row in one transaction and answers what it would do to open
   * deadlines. No deadline is changed: the report is for a supervisor to act on.
   */
  async edit(caller: Caller, change: CalendarChange): Promise<CalendarEditResultView> {
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CALENDAR_EDIT_LOCK]);
      const applied = applyCalendarChange(await this.calendars.entries(manager), change);
      const entryId = change.op === 'CREATE' ? change.entry.id : change.id;
      await this.write(manager, change.op, entryId, applied.after);
      const impact = await this.impact.analyse(manager, applied.calendars.before, applied.calendars.after, caller.principal);
      await this.audit.record(manager, caller, {
        action: AUDIT_ACTIONS[change.op],
        entityType: 'calendar_entry',
        entityId: entryId,
        before: applied.before && calendarEntryView(applied.before),
        after: applied.after && calendarEntryView(applied.after),
      });
      return { entry: applied.after && calendarEntryView(applied.after), impact };
    });
    this.calendars.invalidate();
    return result;
  }

  /** What the change would do, without saving it. */
  async preview(principal: Principal, change: CalendarChange, fieldPrefix: string): Promise<CalendarImpactView> {
    const manager = this.dataSource.manager;
    const applied = applyCalendarChange(await this.calendars.entries(manager), change, fieldPrefix);
    return this.impact.analyse(manager, applied.calendars.before, applied.calendars.after, principal);
  }

  private async write(manager: EntityManager, op: CalendarChange['op'], id: string, after: CalendarEntry | null): Promise<void> {
    const repository = manager.getRepository(CalendarEntryEntity);
    if (!after) await repository.delete({ id });
    else if (op === 'CREATE') await repository.insert(toCalendarRow(after));
    else await repository.update({ id }, toCalendarRow(after));
  }
}
