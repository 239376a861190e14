import { Label } from '../shared';
import { LocalDate } from '../time';

/**
 * DRAFT: announced or expected but not yet fixed by the competent body (a Kurban ait date before
 * the Spiritual Administration of Muslims publishes it, a transfer still in public discussion).
 * ADOPTED: in force. Only adopted entries change deadlines unless a caller asks otherwise.
 */
export type CalendarEntryStatus = 'DRAFT' | 'ADOPTED';

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
  readonly kind: 'HOLIDAY';
  readonly date: LocalDate;
  readonly religious: boolean;
}

/**
 * A transfer of a day off decided for one year (Labour Code, art. 85.3): `workingDay` (a Saturday
 * or Sunday) becomes a working day and `dayOff` (a weekday) a day off.
 */
export interface TransferEntry extends CalendarEntryBase {
  readonly kind: 'TRANSFER';
  readonly dayOff: LocalDate;
  readonly workingDay: LocalDate;
}

export type CalendarEntry = HolidayEntry | TransferEntry;
