/**
 * A calendar date with no time and no zone: 'YYYY-MM-DD'. Deadlines are decided on local dates
 * in Asia/Almaty (see ./almaty), so a date is kept as the plain ISO string that a person reads,
 * the database stores (`date` column) and the API returns. Arithmetic goes through UTC midnight,
 * where every day has exactly 24 hours, so no local offset can shift a date.
 */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The years the system deals in: the law dates from 1995; PostgreSQL has no year 0. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws on anything that is not a real 'YYYY-MM-DD' date — use at the edges (DTOs, data files). */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a local date (expected YYYY-MM-DD): '${value}'`);
  return value;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
}

export interface LocalDateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function localDateParts(date: LocalDate): LocalDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / MS_PER_DAY);
}

/**
 * The same-numbered day `months` later; the last day of that month when it has no such day
 * (31 January + 1 month = 28/29 February) — how the Civil Code (chapter 6) ends a month term.
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return localDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(date: LocalDate): number {
  const weekday = new Date(toUtcMidnight(date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoDayOfWeek(date) >= 6;
}

/** '22.03.2026' — the form used in Kazakh and Russian documents and in our explanations. */
export function formatLocalDate(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${pad2(day)}.${pad2(month)}.${year}`;
}

function toUtcMidnight(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
