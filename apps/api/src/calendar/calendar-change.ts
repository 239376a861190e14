import { buildProductionCalendar, CalendarEntry, CalendarEntryKind, CalendarEntryStatus, Label, ProductionCalendar } from '@app/domain';
import { FieldError } from '../http/problem-details';
import { calendarEntryExists, calendarEntryNotFound, calendarInconsistent, invalidFields } from './calendar-problems';
import { CreateCalendarEntryDto, UpdateCalendarEntryDto } from './dto/calendar-entry.dto';

/** One edit of the calendar table, as an administrator asks for it or a supervisor previews it. */
export type CalendarChange =
  | { readonly op: 'CREATE'; readonly entry: CreateCalendarEntryDto }
  | { readonly op: 'UPDATE'; readonly id: string; readonly changes: UpdateCalendarEntryDto }
  | { readonly op: 'DELETE'; readonly id: string };

export interface AppliedChange {
  /** The entry before the change; null for a create. */
  readonly before: CalendarEntry | null;
  /** The entry after the change; null for a delete. */
  readonly after: CalendarEntry | null;
  /** The calendar in force before and after (adopted entries). */
  readonly calendars: { readonly before: ProductionCalendar; readonly after: ProductionCalendar };
}

interface EntryFields {
  readonly id: string;
  readonly date: string;
  readonly workingDay?: string;
  readonly religious?: boolean;
  readonly label: Label;
  readonly source: Label;
  readonly status: CalendarEntryStatus;
}

/**
 * Applies the change to the table's entries in memory and checks the result is a calendar; throws
 * the problem to answer otherwise. `fieldPrefix` places field errors in the request body.
 */
export function applyCalendarChange(entries: readonly CalendarEntry[], change: CalendarChange, fieldPrefix = ''): AppliedChange {
  const id = change.op === 'CREATE' ? change.entry.id : change.id;
  const existing = entries.find((entry) => entry.id === id) ?? null;
  let after: CalendarEntry | null;
  switch (change.op) {
    case 'CREATE':
      if (existing) throw calendarEntryExists(id);
      after = entryOfKind(change.entry.kind, change.entry, fieldPrefix);
      break;
    case 'UPDATE':
      if (!existing) throw calendarEntryNotFound(id);
      after = entryOfKind(existing.kind, { ...fieldsOf(existing), ...definedOnly(change.changes) }, fieldPrefix, change.changes);
      break;
    case 'DELETE':
      if (!existing) throw calendarEntryNotFound(id);
      after = null;
      break;
  }
  const next = [...entries.filter((entry) => entry.id !== id), ...(after ? [after] : [])];
  return { before: existing, after, calendars: { before: buildProductionCalendar(entries), after: buildConsistent(next, after) } };
}

/**
 * The calendar the entries make, or 422 CALENDAR_INCONSISTENT. A draft entry must be adoptable
 * as it stands, so it is checked as if it were adopted too.
 */
function buildConsistent(entries: readonly CalendarEntry[], changed: CalendarEntry | null): ProductionCalendar {
  try {
    const calendar = buildProductionCalendar(entries);
    if (changed?.status === CalendarEntryStatus.DRAFT) {
      buildProductionCalendar(entries.map((entry) => (entry.id === changed.id ? { ...entry, status: CalendarEntryStatus.ADOPTED } : entry)));
    }
    return calendar;
  } catch (error) {
    if (error instanceof RangeError) throw calendarInconsistent(error.message);
    throw error;
  }
}

/**
 * The entry the fields describe for a kind. `given` are the fields the caller actually sent (all
 * of them for a create): a field the kind does not take is an error only when it was sent.
 */
function entryOfKind(kind: CalendarEntryKind, fields: EntryFields, fieldPrefix: string, given: Partial<EntryFields> = fields): CalendarEntry {
  const errors: FieldError[] = [];
  const base = { id: fields.id, label: copyLabel(fields.label), source: copyLabel(fields.source), status: fields.status };
  if (kind === CalendarEntryKind.HOLIDAY) {
    if (given.workingDay !== undefined) errors.push(notForKind(`${fieldPrefix}workingDay`, kind));
    if (errors.length) throw invalidFields(errors);
    return { ...base, kind, date: fields.date, religious: fields.religious ?? false };
  }
  if (given.religious === true) errors.push(notForKind(`${fieldPrefix}religious`, kind));
  if (fields.workingDay === undefined) {
    errors.push({ field: `${fieldPrefix}workingDay`, code: 'FIELD_REQUIRED_FOR_KIND', message: 'A TRANSFER needs the workingDay (a Saturday or Sunday).' });
  }
  if (errors.length || fields.workingDay === undefined) throw invalidFields(errors);
  return { ...base, kind, dayOff: fields.date, workingDay: fields.workingDay };
}

function fieldsOf(entry: CalendarEntry): EntryFields {
  const base = { id: entry.id, label: entry.label, source: entry.source, status: entry.status };
  return entry.kind === CalendarEntryKind.HOLIDAY ? { ...base, date: entry.date, religious: entry.religious } : { ...base, date: entry.dayOff, workingDay: entry.workingDay };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** A plain object, not the DTO instance, so what is stored and audited is exactly kk/ru/en. */
function copyLabel(label: Label): Label {
  return { kk: label.kk, ru: label.ru, en: label.en };
}

function notForKind(field: string, kind: CalendarEntryKind): FieldError {
  return { field, code: 'FIELD_NOT_FOR_KIND', message: `${field.split('.').at(-1)} is not a field of a ${kind} entry.` };
}
