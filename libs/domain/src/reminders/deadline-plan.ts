import { addWorkingDays, ProductionCalendar } from '../calendar';
import { TermUnit } from '../terms';
import { localDateTimeToInstant, toLocalDate, toLocalDateTime } from '../time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * When the deadline engine reminds, and how escalation climbs. Office policy, not statute: the
 * law fixes the terms, the office decides how early to warn. Defaults from the issue: 3 days,
 * 1 day and the morning of the last day for day terms; 12 and 2 hours before for 24-hour terms;
 * escalation one working day after a breach, office by office up to the General Prosecutor's Office.
 */
export interface ReminderPolicy {
  /** Day terms (calendar days, working days, months): reminders this many days before the due instant. */
  readonly dayTermOffsetsDays: readonly number[];
  /** Day terms: also a reminder at this local hour of the last day (null: none). */
  readonly lastDayMorningHour: number | null;
  /** Hour terms: reminders this many hours before the due instant. */
  readonly hourTermOffsetsHours: readonly number[];
  /** How long a breach stays with one level before it goes one office up, in working days. */
  readonly escalationGraceWorkingDays: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = Object.freeze({
  dayTermOffsetsDays: [3, 1],
  lastDayMorningHour: 9,
  hourTermOffsetsHours: [12, 2],
  escalationGraceWorkingDays: 1,
});

/** A reminder step's stable name (part of job ids and notice keys: never change the format). */
export type ReminderStep = `REMIND_${number}D` | 'REMIND_LAST_DAY' | `REMIND_${number}H`;

export interface PlannedReminder {
  readonly step: ReminderStep;
  readonly fireAt: Date;
}

/**
 * The reminders of a running deadline, in firing order. A reminder that would fire before the
 * clock started (a short term) is dropped, and so is one that coincides with an earlier step.
 */
export function planReminders(deadline: { readonly unit: TermUnit; readonly triggeredAt: Date; readonly dueAt: Date }, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): PlannedReminder[] {
  const candidates: PlannedReminder[] =
    deadline.unit === 'HOUR'
      ? policy.hourTermOffsetsHours.map((hours) => ({ step: `REMIND_${hours}H` as ReminderStep, fireAt: new Date(deadline.dueAt.getTime() - hours * HOUR) }))
      : [
          ...policy.dayTermOffsetsDays.map((days) => ({ step: `REMIND_${days}D` as ReminderStep, fireAt: new Date(deadline.dueAt.getTime() - days * DAY) })),
          ...(policy.lastDayMorningHour === null ? [] : [{ step: 'REMIND_LAST_DAY' as const, fireAt: lastDayMorning(deadline.dueAt, policy.lastDayMorningHour) }]),
        ];
  const inWindow = candidates
    .filter((reminder) => reminder.fireAt.getTime() > deadline.triggeredAt.getTime() && reminder.fireAt.getTime() < deadline.dueAt.getTime())
    .sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
  // Two steps at one instant (a 1-day offset landing on the last morning) remind once.
  return inWindow.filter((reminder, index) => index === 0 || reminder.fireAt.getTime() !== inWindow[index - 1].fireAt.getTime());
}

/** The morning of the last day of a term: the local day the term runs out in (24:00 belongs to the day before). */
function lastDayMorning(dueAt: Date, hour: number): Date {
  const local = toLocalDateTime(dueAt);
  const lastDay = local.hour === 0 && local.minute === 0 && local.second === 0 ? toLocalDate(new Date(dueAt.getTime() - 1)) : local.date;
  return localDateTimeToInstant(lastDay, hour);
}

/**
 * When escalation level `level` fires for a breach at `breachAt`. Level 1 (the responsible
 * prosecutor and the head of their office) is the breach itself; each further level, one office
 * up, follows after the grace in working days, at the same local time of day. `immediate`
 * (a SANCTION's missed 24 hours, which runs against the prosecutor, art. 21.2) skips the grace:
 * every level fires at the breach.
 */
export function escalationAt(breachAt: Date, level: number, calendar: ProductionCalendar, options: { immediate: boolean; policy?: ReminderPolicy }): Date {
  if (level < 1) throw new RangeError(`escalation levels start at 1, got ${level}`);
  const grace = options.immediate ? 0 : (options.policy ?? DEFAULT_REMINDER_POLICY).escalationGraceWorkingDays;
  if (level === 1 || grace === 0) return breachAt;
  const local = toLocalDateTime(breachAt);
  const day = addWorkingDays(local.date, grace * (level - 1), calendar);
  return localDateTimeToInstant(day, local.hour, local.minute, local.second);
}
