/**
 * Dates as people read them in Kazakhstan: dd.MM.yyyy HH:mm, in Asia/Almaty whatever the
 * browser's own zone. Almaty keeps UTC+5 all year (no daylight saving since 2024's unification),
 * which `almatyInstant` relies on to turn a picked wall-clock time into an instant.
 */
const ZONE = 'Asia/Almaty';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pick(value: string | Date) {
  const map = Object.fromEntries(parts.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return map as Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>;
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const p = pick(value);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  // A bare calendar date (2026-03-22) is already local: no zone to convert.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('.');
  const p = pick(value);
  return `${p.day}.${p.month}.${p.year}`;
}

/** The instant of a wall-clock time in Almaty (UTC+5), as an ISO string with its offset. */
export function almatyInstant(year: number, month: number, day: number, hour: number, minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+05:00`;
}

/**
 * A due instant as the statute counts it: a term that ends with its last day ends at 24:00 of that
 * day — shown so ("07.12.2026 24:00"), not as the next day's 00:00, as the explanation reads it.
 */
export function formatDue(value: string | null | undefined): string {
  if (!value) return '—';
  const p = pick(value);
  if (p.hour !== '00' || p.minute !== '00') return formatDateTime(value);
  const dayBefore = pick(new Date(new Date(value).getTime() - 60_000));
  return `${dayBefore.day}.${dayBefore.month}.${dayBefore.year} 24:00`;
}
