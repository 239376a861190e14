import { CalendarDayChange, CalendarEntry, DeadlineStatus, DueChange, KeptMissed, NonWorkingReason, toLocalDate } from '@app/domain';
import { toCalendarRow } from '@app/workflow';
import { CalendarEntryView } from './dto/calendar-entry.dto';
import { CalendarDayChangeView, DeadlineImpactView, KeptMissedView, NonWorkingReasonView } from './dto/calendar-impact.dto';

export function calendarEntryView(entry: CalendarEntry): CalendarEntryView {
  const row = toCalendarRow(entry);
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    workingDay: row.workingDay,
    religious: row.religious,
    label: row.label,
    source: row.source,
    status: row.status,
  };
}

export function nonWorkingReasonView(reason: NonWorkingReason): NonWorkingReasonView {
  return { kind: reason.kind, date: reason.date, label: reason.label, source: reason.source, entryId: reason.kind === 'WEEKEND' ? null : reason.entry.id };
}

export function dayChangeView(change: CalendarDayChange): CalendarDayChangeView {
  return {
    date: change.date,
    before: change.before && nonWorkingReasonView(change.before),
    after: change.after && nonWorkingReasonView(change.after),
  };
}

/** One moved deadline; the recounted record itself stays out of the answer (the deadline's ledger keeps it). */
export function deadlineImpactView(change: DueChange, row: { id: string; actId: string; status: DeadlineStatus }): DeadlineImpactView {
  return {
    deadlineId: row.id,
    actId: row.actId,
    kind: change.kind,
    status: row.status,
    oldDueAt: change.oldDueAt,
    newDueAt: change.newDueAt,
    oldDueLocalDate: change.oldDueLocalDate,
    newDueLocalDate: change.newDueLocalDate,
    reason: change.reason,
    explanation: change.explanation,
  };
}

/** A deadline already missed that the changed calendar would not have let run out: kept missed (docs/adr/0011). */
export function keptMissedView(kept: KeptMissed, row: { id: string; actId: string }): KeptMissedView {
  return {
    deadlineId: row.id,
    actId: row.actId,
    kind: kept.kind,
    dueAt: kept.dueAt,
    dueLocalDate: toLocalDate(new Date(kept.dueAt.getTime() - 1)),
    wouldBeDueAt: kept.wouldBeDueAt,
    wouldBeDueLocalDate: kept.wouldBeDueLocalDate,
    reason: kept.reason,
  };
}
