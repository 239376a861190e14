import { Label } from '../shared';
import { LocalDate } from '../time';

/**
 * DRAFT: announced or expected but not yet fixed by the competent body (a Kurban ait date before
 * the Spiritual Administration of Muslims publishes it, a transfer still in public discussion).
 * ADOPTED: in force. Only adopted entries change deadlines unless a caller asks otherwise.
 * Persisted as text: never rename a member.
 */
export const CalendarEntryStatus = {
  DRAFT: 'DRAFT',
  ADOPTED: 'ADOPTED',
} as const;
export type CalendarEntryStatus = (typeof CalendarEntryStatus)[keyof typeof CalendarEntryStatus];

export const CALENDAR_ENTRY_STATUSES: readonly CalendarEntryStatus[] = Object.values(CalendarEntryStatus);

/** HOLIDAY: a public holiday (HolidayEntry). TRANSFER: a day off moved by the Government (TransferEntry). Persisted as text: never rename a member. */
export const CalendarEntryKind = {
  HOLIDAY: 'HOLIDAY',
  TRANSFER: 'TRANSFER',
} as const;
export type CalendarEntryKind = (typeof CalendarEntryKind)[keyof typeof CalendarEntryKind];

export const CALENDAR_ENTRY_KINDS: readonly CalendarEntryKind[] = Object.values(CalendarEntryKind);

interface CalendarEntryBase {
  /** Stable key, e.g. 'KZ-2026-03-21-NAURYZ'; the administrator's table uses it as primary key. */
  readonly id: string;
  readonly label: Label;
  /** The legal act the entry rests on, shown when a user asks why a day is not working. */
  readonly source: Label;
  readonly status: CalendarEntryStatus;
}

/**
 * A public holiday that is a day off (Law "On holidays in the Republic of Kazakhstan", art. 5;
 * Labour Code, art. 85). When it falls on a Saturday or Sunday the day off moves to the next
 * working day — except for religious holidays (7 January, the first day of Kurban ait), which
 * never move.
 */
export interface HolidayEntry extends CalendarEntryBase {
  readonly kind: typeof CalendarEntryKind.HOLIDAY;
  readonly date: LocalDate;
  readonly religious: boolean;
}

/**
 * A transfer of a day off decided for one year (Labour Code, art. 85.3): `workingDay` (a Saturday
 * or Sunday) becomes a working day and `dayOff` (a weekday) a day off.
 */
export interface TransferEntry extends CalendarEntryBase {
  readonly kind: typeof CalendarEntryKind.TRANSFER;
  readonly dayOff: LocalDate;
  readonly workingDay: LocalDate;
}

export type CalendarEntry = HolidayEntry | TransferEntry;
