import { Label } from '../shared';
import { addDays, formatLocalDate, isoDayOfWeek, isWeekend, LocalDate, localDateParts } from '../time';
import { CalendarEntry, CalendarEntryStatus, HolidayEntry, TransferEntry } from './calendar-entry';

/** Why a day is not a working day — what a user sees when a term rolls over it. */
export type NonWorkingReason =
  | { readonly kind: 'WEEKEND'; readonly date: LocalDate; readonly label: Label; readonly source: Label }
  | { readonly kind: 'HOLIDAY'; readonly date: LocalDate; readonly entry: HolidayEntry; readonly label: Label; readonly source: Label }
  | {
      readonly kind: 'SUBSTITUTE_DAY_OFF';
      readonly date: LocalDate;
      /** The holiday that fell on a weekend and whose day off moved here. */
      readonly entry: HolidayEntry;
      readonly label: Label;
      readonly source: Label;
    }
  | { readonly kind: 'TRANSFERRED_DAY_OFF'; readonly date: LocalDate; readonly entry: TransferEntry; readonly label: Label; readonly source: Label };

/**
 * The working-day calendar the term functions take as input. Built from entries (the seed data
 * in kz-calendar-data.ts, later the administrator's table); it covers whole years and refuses to
 * answer outside them rather than guess that an unknown year has no holidays.
 */
export interface ProductionCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  readonly entries: readonly CalendarEntry[];
  /** Only the days that differ from the Monday–Friday rule. */
  readonly nonWorking: ReadonlyMap<LocalDate, NonWorkingReason>;
  /** Saturdays/Sundays made working days by a transfer. */
  readonly workingWeekendDays: ReadonlyMap<LocalDate, TransferEntry>;
}

export interface BuildCalendarOptions {
  /** Entry statuses that take effect; adopted only by default. */
  readonly statuses?: readonly CalendarEntryStatus[];
  /** Years covered; default: the years the entries span. */
  readonly fromYear?: number;
  readonly toYear?: number;
}

export class CalendarCoverageError extends RangeError {
  constructor(date: LocalDate, calendar: Pick<ProductionCalendar, 'fromYear' | 'toYear'>) {
    super(
      `The production calendar covers ${calendar.fromYear}–${calendar.toYear}; ${date} is outside it. ` +
        `Add that year's holidays and transfers before computing terms that reach it.`,
    );
  }
}

const LABOUR_CODE_ART_85: Label = {
  kk: 'Қазақстан Республикасының Еңбек кодексі, 85-бап',
  ru: 'Трудовой кодекс Республики Казахстан, ст. 85',
  en: 'Labour Code of the Republic of Kazakhstan, art. 85',
};

const LAW_ON_HOLIDAYS_ART_5: Label = {
  kk: '«Қазақстан Республикасындағы мерекелер туралы» Заң, 5-бап',
  ru: 'Закон «О праздниках в Республике Казахстан», ст. 5',
  en: 'Law "On holidays in the Republic of Kazakhstan", art. 5',
};

/** Builds the calendar, moving weekend holidays' days off and applying transfers. Throws on inconsistent data. */
export function buildProductionCalendar(entries: readonly CalendarEntry[], options: BuildCalendarOptions = {}): ProductionCalendar {
  const statuses = options.statuses ?? ['ADOPTED'];
  const effective = entries.filter((entry) => statuses.includes(entry.status));
  const years = entries.flatMap((entry) =>
    entry.kind === 'HOLIDAY' ? [yearOf(entry.date)] : [yearOf(entry.dayOff), yearOf(entry.workingDay)],
  );
  const fromYear = options.fromYear ?? Math.min(...years);
  const toYear = options.toYear ?? Math.max(...years);
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError('A production calendar needs at least one entry or an explicit fromYear/toYear');
  }

  const nonWorking = new Map<LocalDate, NonWorkingReason>();
  const holidays = effective
    .filter((entry): entry is HolidayEntry => entry.kind === 'HOLIDAY')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const holiday of holidays) {
    if (nonWorking.has(holiday.date)) throw new RangeError(`Two holidays on ${holiday.date}: ${holiday.id}`);
    nonWorking.set(holiday.date, { kind: 'HOLIDAY', date: holiday.date, entry: holiday, label: holiday.label, source: holiday.source });
  }
  // Law "On holidays", art. 5: a weekend day that coincides with a holiday moves to the next
  // working day after the holiday — the first weekday that is neither a holiday nor already a
  // moved day off (Nauryz 2026: Sat 21 → Tue 24, Sun 22 → Wed 25, since Mon 23 is Nauryz itself).
  // Religious holidays (7 January, Kurban ait) never move.
  for (const holiday of holidays) {
    if (holiday.religious || !isWeekend(holiday.date)) continue;
    let substitute = addDays(holiday.date, 1);
    while (isWeekend(substitute) || nonWorking.has(substitute)) substitute = addDays(substitute, 1);
    nonWorking.set(substitute, {
      kind: 'SUBSTITUTE_DAY_OFF',
      date: substitute,
      entry: holiday,
      label: substituteLabel(holiday),
      source: LAW_ON_HOLIDAYS_ART_5,
    });
  }
  const workingWeekendDays = new Map<LocalDate, TransferEntry>();
  for (const transfer of effective.filter((entry): entry is TransferEntry => entry.kind === 'TRANSFER')) {
    if (!isWeekend(transfer.workingDay) || nonWorking.has(transfer.workingDay)) {
      throw new RangeError(`Transfer ${transfer.id}: ${transfer.workingDay} is not an ordinary Saturday or Sunday`);
    }
    if (isWeekend(transfer.dayOff) || nonWorking.has(transfer.dayOff)) {
      throw new RangeError(`Transfer ${transfer.id}: ${transfer.dayOff} is not an ordinary working day`);
    }
    workingWeekendDays.set(transfer.workingDay, transfer);
    nonWorking.set(transfer.dayOff, {
      kind: 'TRANSFERRED_DAY_OFF',
      date: transfer.dayOff,
      entry: transfer,
      label: transfer.label,
      source: transfer.source,
    });
  }
  return { fromYear, toYear, entries: effective, nonWorking, workingWeekendDays };
}

export function isWorkingDay(date: LocalDate, calendar: ProductionCalendar): boolean {
  return nonWorkingReason(date, calendar) === null;
}

/** Why the day is not a working day, or null when it is one. */
export function nonWorkingReason(date: LocalDate, calendar: ProductionCalendar): NonWorkingReason | null {
  assertCovered(date, calendar);
  const special = calendar.nonWorking.get(date);
  if (special) return special;
  if (isWeekend(date) && !calendar.workingWeekendDays.has(date)) {
    return { kind: 'WEEKEND', date, label: weekendLabel(date), source: LABOUR_CODE_ART_85 };
  }
  return null;
}

/** The first working day strictly after the date. */
export function nextWorkingDay(date: LocalDate, calendar: ProductionCalendar): LocalDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The last working day strictly before the date. */
export function previousWorkingDay(date: LocalDate, calendar: ProductionCalendar): LocalDate {
  let day = addDays(date, -1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/**
 * The N-th working day after the date (the date itself never counts — a term starts the next
 * day). N = 0 returns the date unchanged. Negative N counts backwards.
 */
export function addWorkingDays(date: LocalDate, count: number, calendar: ProductionCalendar): LocalDate {
  if (!Number.isInteger(count)) throw new RangeError(`Working days must be a whole number, got ${count}`);
  let day = date;
  for (let remaining = Math.abs(count); remaining > 0; remaining -= 1) {
    day = count > 0 ? nextWorkingDay(day, calendar) : previousWorkingDay(day, calendar);
  }
  return day;
}

/** Working days in [from, to], both included. */
export function countWorkingDays(from: LocalDate, to: LocalDate, calendar: ProductionCalendar): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/** A day whose working status differs between two calendars. */
export interface CalendarDayChange {
  readonly date: LocalDate;
  /** Why it was not working before; null when it was a working day. */
  readonly before: NonWorkingReason | null;
  /** Why it is not working now; null when it is now a working day. */
  readonly after: NonWorkingReason | null;
}

/** Days, in the years both calendars cover, that are working in one and not in the other. */
export function diffCalendars(before: ProductionCalendar, after: ProductionCalendar): CalendarDayChange[] {
  const fromYear = Math.max(before.fromYear, after.fromYear);
  const toYear = Math.min(before.toYear, after.toYear);
  // Only days one of the calendars marks specially can differ: plain weekdays and weekends agree.
  const candidates = new Set<LocalDate>([
    ...before.nonWorking.keys(),
    ...after.nonWorking.keys(),
    ...before.workingWeekendDays.keys(),
    ...after.workingWeekendDays.keys(),
  ]);
  return [...candidates]
    .filter((date) => yearOf(date) >= fromYear && yearOf(date) <= toYear)
    .sort()
    .map((date) => ({ date, before: nonWorkingReason(date, before), after: nonWorkingReason(date, after) }))
    .filter((change) => (change.before === null) !== (change.after === null));
}

function assertCovered(date: LocalDate, calendar: ProductionCalendar): void {
  const year = yearOf(date);
  if (year < calendar.fromYear || year > calendar.toYear) throw new CalendarCoverageError(date, calendar);
}

function yearOf(date: LocalDate): number {
  return localDateParts(date).year;
}

function substituteLabel(holiday: HolidayEntry): Label {
  const from = formatLocalDate(holiday.date);
  return {
    kk: `${from} күнінен ауыстырылған демалыс күні (${holiday.label.kk})`,
    ru: `выходной день, перенесённый с ${from} (${holiday.label.ru})`,
    en: `day off moved from ${from} (${holiday.label.en})`,
  };
}

function weekendLabel(date: LocalDate): Label {
  return isoDayOfWeek(date) === 6
    ? { kk: 'сенбі, демалыс күні', ru: 'суббота, выходной день', en: 'Saturday, a weekly day off' }
    : { kk: 'жексенбі, демалыс күні', ru: 'воскресенье, выходной день', en: 'Sunday, a weekly day off' };
}
