import { Clock } from '@app/config';
import { CalendarCoverageError, CalendarEntry, LocalDate, nonWorkingReason } from '@app/domain';
import { CalendarRepository, Transactions, Tx } from '@app/persistence';
import { NoticeProducer } from '@app/queue';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService, auditActorOf } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { Principal } from '../auth/principal';
import { ProblemException } from '../http/problem-details';
import { applyCalendarChange, CalendarChange } from './calendar-change';
import { toCalendarEntry, toCalendarRow } from '@app/workflow';
import { CalendarImpactService, impactView } from './calendar-impact.service';
import { calendarEntryNotFound } from './calendar-problems';
import { calendarEntryView, nonWorkingReasonView } from './calendar-views';
import { CalendarEntryView, ListCalendarEntriesQuery } from './dto/calendar-entry.dto';
import { CalendarDayView, CalendarEditResultView, CalendarImpactView } from './dto/calendar-impact.dto';
import { CalendarRecount, CalendarRecountRefused, CalendarRecountResult, ProductionCalendarService } from '@app/workflow';

/** A calendar edit that lost a deadlock to a transition or the deadline engine is tried again this often. */
const EDIT_ATTEMPTS = 3;

const AUDIT_ACTIONS = { CREATE: 'calendar_entry.created', UPDATE: 'calendar_entry.updated', DELETE: 'calendar_entry.deleted' } as const;

/** Reading the calendar, and the administrators' audited edits with their impact on open deadlines. */
@Injectable()
export class CalendarEntriesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly entries: CalendarRepository,
    private readonly calendars: ProductionCalendarService,
    private readonly impact: CalendarImpactService,
    private readonly recount: CalendarRecount,
    private readonly audit: AuditService,
    private readonly producer: NoticeProducer,
    private readonly clock: Clock,
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
   * Saves one edit and applies it (docs/adr/0011), in one transaction: the entry, every open
   * deadline the change moves recounted (its old due kept in its ledger, its explanation naming the
   * change, its jobs re-planned through the outbox, its act's version raised, its prosecutor told
   * of the new date), and the audit rows. A missed deadline stays missed and is reported. When the
   * new calendar cannot count an open deadline, nothing is saved (422). The e-mails go to the
   * notices queue after commit.
   */
  async edit(caller: Caller, change: CalendarChange): Promise<CalendarEditResultView> {
    const { view, emailNoticeIds } = await this.applyWithRetry(caller, change);
    this.calendars.invalidate();
    if (emailNoticeIds.length > 0) await this.producer.enqueue({ noticeIds: emailNoticeIds });
    return view;
  }

  private async applyWithRetry(caller: Caller, change: CalendarChange): Promise<{ view: CalendarEditResultView; emailNoticeIds: readonly string[] }> {
    try {
      return await this.transactions.runRetryingDeadlocks((tx) => this.applyOnce(tx, caller, change), EDIT_ATTEMPTS);
    } catch (error) {
      if (error instanceof CalendarRecountRefused) throw recountRefused(error);
      throw error;
    }
  }

  private async applyOnce(tx: Tx, caller: Caller, change: CalendarChange): Promise<{ view: CalendarEditResultView; emailNoticeIds: readonly string[] }> {
    // Each edit's before/after is the table as the previous one left it.
    await this.entries.lockForEdit(tx);
    const applied = applyCalendarChange(await this.calendars.entries(tx), change);
    const entryId = change.op === 'CREATE' ? change.entry.id : change.id;
    await this.write(tx, change.op, entryId, applied.after);
    const { before, after } = applied.calendars;
    const result: CalendarRecountResult = await this.recount.apply(tx, { before, after, now: this.clock.now(), actor: auditActorOf(caller) });
    await this.audit.record(tx, caller, {
      action: AUDIT_ACTIONS[change.op],
      entityType: 'calendar_entry',
      entityId: entryId,
      before: applied.before && calendarEntryView(applied.before),
      after: applied.after && calendarEntryView(applied.after),
    });
    return {
      view: {
        entry: applied.after && calendarEntryView(applied.after),
        impact: impactView(before, after, result),
        recount: { deadlines: result.moved.length, acts: result.acts, notices: result.notices },
      },
      emailNoticeIds: result.emailNoticeIds,
    };
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

/** The changed calendar cannot count some open deadlines: the edit is refused, nothing saved. */
function recountRefused(error: CalendarRecountRefused): ProblemException {
  return new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The changed calendar cannot count some open deadlines; nothing was saved',
    code: 'CALENDAR_INCONSISTENT',
    detail: error.message,
    errors: error.conflicts.map((conflict) => ({ field: `deadlines.${conflict.deadlineId}`, code: 'CALENDAR_INCONSISTENT', message: conflict.message })),
  });
}
