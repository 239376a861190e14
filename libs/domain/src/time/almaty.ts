import { addDays, LocalDate, localDate, parseLocalDate } from './local-date';

/**
 * Kazakhstan decides every term in one zone. Since 01.03.2024 (a Government decision of 2023)
 * the whole country keeps UTC+5, and the IANA zone Asia/Almaty has followed it since tzdata 2024a. Instants are stored as UTC `Date`s; local dates are derived here, through `Intl`,
 * so historical instants (UTC+6 before March 2024) also convert correctly.
 */
export const ALMATY_TIME_ZONE = 'Asia/Almaty';

const MS_PER_MINUTE = 60_000;

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: ALMATY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalDateTime {
  readonly date: LocalDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock fields `Intl` reports for an instant — the source of truth for the zone's offset. */
function intlLocalDateTime(instant: Date): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    date: localDate(parts['year'], parts['month'], parts['day']),
    hour: parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

const MS_PER_HOUR = 3_600_000;
/** Offset (minutes) per UTC hour, asked of `Intl` once per hour. */
const offsetByUtcHour = new Map<number, number>();

/**
 * Asia/Almaty's offset at an instant. `Intl` is slow (it dominated computeDue), so its answer is
 * memoised per UTC hour: every offset change this zone has ever had (including 01.03.2024) fell on
 * a whole UTC hour, so all instants of one UTC hour share an offset.
 */
function offsetMinutesAt(ms: number): number {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const start = new Date(hour * MS_PER_HOUR);
    const local = intlLocalDateTime(start);
    offset = Math.round((wallClockMs(local.date, local.hour, local.minute, local.second) - start.getTime()) / MS_PER_MINUTE);
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The Asia/Almaty wall-clock date and time of a UTC instant. */
export function toLocalDateTime(instant: Date): LocalDateTime {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + offsetMinutesAt(instant.getTime()) * MS_PER_MINUTE);
  return {
    date: localDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The Asia/Almaty date an instant falls on. */
export function toLocalDate(instant: Date): LocalDate {
  return toLocalDateTime(instant).date;
}

/** Minutes east of UTC that Asia/Almaty kept at this instant (+300 since 01.03.2024). */
export function almatyOffsetMinutes(instant: Date): number {
  assertValidInstant(instant);
  return offsetMinutesAt(instant.getTime());
}

/**
 * The UTC instant of a wall-clock time in Asia/Almaty. The offset is looked up at a first guess
 * and re-checked once, which settles every historical transition (none fall inside a working
 * day: the zone has had no daylight saving since 2005).
 */
export function localDateTimeToInstant(date: LocalDate, hour = 0, minute = 0, second = 0): Date {
  parseLocalDate(date);
  const wallClock = wallClockMs(date, hour, minute, second);
  let offset = almatyOffsetMinutes(new Date(wallClock - 5 * 60 * MS_PER_MINUTE));
  offset = almatyOffsetMinutes(new Date(wallClock - offset * MS_PER_MINUTE));
  return new Date(wallClock - offset * MS_PER_MINUTE);
}

/** 00:00 Asia/Almaty on the date. */
export function startOfLocalDay(date: LocalDate): Date {
  return localDateTimeToInstant(date);
}

/**
 * 24:00 Asia/Almaty on the date — the instant a day term runs out (STATUTE.md §4). It is the same
 * instant as 00:00 of the next day; a deadline `dueAt` is therefore exclusive: met when the act
 * happens strictly before it.
 */
export function endOfLocalDay(date: LocalDate): Date {
  return startOfLocalDay(addDays(date, 1));
}

/** '26.03.2026 24:00' style wall-clock rendering for explanations ('HH:MM' of the instant). */
export function formatLocalTime(instant: Date): string {
  const { hour, minute } = toLocalDateTime(instant);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Refuses to run on time-zone data older than tzdata 2024a: such a runtime still puts Almaty at
 * UTC+6 after 01.03.2024 and would move every deadline by an hour — and a deadline near midnight
 * onto another day. Runs once when this module is loaded; exported so a health check can call it
 * (and a test can feed it a stale offset source).
 */
export function assertAlmatyTimeZoneData(offsetAt: (instant: Date) => number = almatyOffsetMinutes): void {
  const probe = new Date(Date.UTC(2024, 2, 2, 12, 0, 0));
  let offset: number;
  try {
    offset = offsetAt(probe);
  } catch (error) {
    throw new Error(
      `Time-zone self-check failed: this runtime cannot convert instants to ${ALMATY_TIME_ZONE} ` +
        `(${String(error)}). Install full ICU / current tzdata.`,
    );
  }
  if (offset !== 300) {
    const sign = offset >= 0 ? '+' : '-';
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
    throw new Error(
      `Time-zone self-check failed: ${ALMATY_TIME_ZONE} on 2024-03-02 is UTC${sign}${hours}:${minutes} in this ` +
        `runtime, expected UTC+05:00 (Kazakhstan moved to a single zone on 01.03.2024). The runtime's ` +
        `time-zone data predates tzdata 2024a; upgrade Node.js/ICU before computing any deadline.`,
    );
  }
}

assertAlmatyTimeZoneData();

function wallClockMs(date: LocalDate, hour: number, minute: number, second: number): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute, second);
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date passed as an instant');
}
