import { CalendarCoverageError, CalendarEntry, LocalDate, nonWorkingReason } from '@app/domain';
import { CalendarRepository, Transactions, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
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

const AUDIT_ACTIONS = { CREATE: 'calendar_entry.created', UPDATE: 'calendar_entry.updated', DELETE: 'calendar_entry.deleted' } as const;

/** Reading the calendar, and the administrators' audited edits with their impact on open deadlines. */
@Injectable()
export class CalendarEntriesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly entries: CalendarRepository,
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
    const row = await this.entries.findById(id);
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
    const result = await this.transactions.run(async (tx) => {
      // Each edit's before/after is the table as the previous one left it.
      await this.entries.lockForEdit(tx);
      const applied = applyCalendarChange(await this.calendars.entries(tx), change);
      const entryId = change.op === 'CREATE' ? change.entry.id : change.id;
      await this.write(tx, change.op, entryId, applied.after);
      const impact = await this.impact.analyse(applied.calendars.before, applied.calendars.after, caller.principal, tx);
      await this.audit.record(tx, caller, {
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
    const applied = applyCalendarChange(await this.calendars.entries(), change, fieldPrefix);
    return this.impact.analyse(applied.calendars.before, applied.calendars.after, principal);
  }

  private async write(tx: Tx, op: CalendarChange['op'], id: string, after: CalendarEntry | null): Promise<void> {
    if (!after) await this.entries.deleteEntry(tx, id);
    else if (op === 'CREATE') await this.entries.insertEntry(tx, toCalendarRow(after));
    else await this.entries.replaceEntry(tx, id, toCalendarRow(after));
  }
}
