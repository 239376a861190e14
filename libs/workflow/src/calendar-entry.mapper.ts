import { CalendarEntry, CalendarEntryStatus } from '@app/domain';
import { CalendarEntryEntity } from '@app/persistence';

/** What a calendar_entries row holds, minus the bookkeeping column. */
export type CalendarEntryRow = Pick<CalendarEntryEntity, 'id' | 'kind' | 'date' | 'workingDay' | 'religious' | 'label' | 'source' | 'status'>;

/**
 * A table row as the domain's CalendarEntry. The row keeps a transfer's day off in `date`
 * (see CalendarEntryEntity), so that column means "the day that is not worked" for both kinds.
 */
export function toCalendarEntry(row: CalendarEntryRow): CalendarEntry {
  const base = { id: row.id, label: row.label, source: row.source, status: row.status as CalendarEntryStatus };
  switch (row.kind) {
    case 'HOLIDAY':
      return { ...base, kind: 'HOLIDAY', date: row.date, religious: row.religious };
    case 'TRANSFER':
      if (!row.workingDay) throw new Error(`calendar entry ${row.id}: a transfer without a working day`);
      return { ...base, kind: 'TRANSFER', dayOff: row.date, workingDay: row.workingDay };
    default:
      throw new Error(`calendar entry ${row.id}: unknown kind '${row.kind}'`);
  }
}

/** The domain entry as a table row. */
export function toCalendarRow(entry: CalendarEntry): CalendarEntryRow {
  const base = { id: entry.id, label: { ...entry.label }, source: { ...entry.source }, status: entry.status };
  return entry.kind === 'HOLIDAY'
    ? { ...base, kind: 'HOLIDAY', date: entry.date, workingDay: null, religious: entry.religious }
    : { ...base, kind: 'TRANSFER', date: entry.dayOff, workingDay: entry.workingDay, religious: false };
}
