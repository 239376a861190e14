import { CalendarDayChange, diffCalendars, ProductionCalendar } from '../calendar';
import { DeadlineKind, Label } from '../shared';
import { formatLocalDate, LocalDate, toLocalDate } from '../time';
import { DeadlineRecord, DeadlineTrigger, recomputeDeadline, recordDueLocalDate } from './deadline-ledger';
import { TermRule, TriggerEvent } from './term-rule';
import { perLanguage } from './wording';

/** One deadline whose due instant a change would move: shown to a supervisor, who decides. */
export interface DueChange {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly oldDueAt: Date;
  readonly newDueAt: Date;
  readonly oldDueLocalDate: LocalDate;
  readonly newDueLocalDate: LocalDate;
  /** Why it moves, and how the new due is counted. */
  readonly reason: Label;
  readonly explanation: Label;
  /** The record as it would be after the change; stored only if the supervisor accepts it. */
  readonly proposed: DeadlineRecord;
}

/** A deadline the change cannot be applied to as it stands (e.g. a prescribed term now out of bounds). */
export interface ImpactConflict {
  readonly deadlineId: string;
  readonly message: string;
}

export interface ImpactReport {
  readonly changes: readonly DueChange[];
  readonly conflicts: readonly ImpactConflict[];
}

/**
 * Open deadlines (not met) that a calendar change would move — a holiday added or removed, a
 * transfer adopted, a Kurban ait date corrected. Nothing is rewritten: the report proposes.
 */
export function analyseCalendarChange(
  records: readonly DeadlineRecord[],
  before: ProductionCalendar,
  after: ProductionCalendar,
): ImpactReport {
  const changedDays = diffCalendars(before, after);
  return analyse(records.filter(isOpen), (record) => {
    const old = recomputeDeadline(record, before);
    const proposed = recomputeDeadline(record, after);
    const dates = [toLocalDate(record.trigger.at), recordDueLocalDate(old), recordDueLocalDate(proposed)].sort();
    const relevant = changedDays.filter((change) => change.date >= dates[0] && change.date <= dates[2]);
    return { old, proposed, reason: calendarChangeReason(relevant) };
  });
}

/**
 * A deadline already MISSED under the old calendar that the new one would not have let run out:
 * due later, and met (or, unmet, still before) that later due. It stays MISSED (docs/adr/0011): a
 * breach on record is not undone by a data correction; the report names it for the prosecutor.
 */
export interface KeptMissed {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly dueAt: Date;
  readonly wouldBeDueAt: Date;
  readonly wouldBeDueLocalDate: LocalDate;
  readonly reason: Label;
}

/**
 * Of `records` — deadlines already MISSED (met late, or not at all) — those the change would not
 * have let run out at `now`. Nothing is rewritten: they are kept missed (docs/adr/0011).
 */
export function missedKeptUnder(records: readonly DeadlineRecord[], before: ProductionCalendar, after: ProductionCalendar, now: Date): KeptMissed[] {
  const changedDays = diffCalendars(before, after);
  return records.flatMap((record) => {
    try {
      const proposed = recomputeDeadline(record, after);
      if (proposed.dueAt.getTime() <= record.dueAt.getTime()) return [];
      const answeredInTime = record.metAt ? record.metAt.getTime() < proposed.dueAt.getTime() : now.getTime() < proposed.dueAt.getTime();
      if (!answeredInTime) return [];
      const from = toLocalDate(record.trigger.at);
      const to = recordDueLocalDate(proposed);
      const relevant = changedDays.filter((change) => change.date >= from && change.date <= to);
      return [
        {
          deadlineId: record.id,
          kind: record.rule.kind,
          dueAt: record.dueAt,
          wouldBeDueAt: proposed.dueAt,
          wouldBeDueLocalDate: to,
          reason: calendarChangeReason(relevant),
        },
      ];
    } catch {
      // A missed deadline the new calendar cannot count is not a candidate for anything: it stays as it is.
      return [];
    }
  });
}

/**
 * What a deadline's explanation says after a calendar change recounted it: when, why, and the due
 * it had before (kept in its ledger's revisions).
 */
export function recountNote(reason: Label, previousDueAt: Date, at: Date): Label {
  const when = formatLocalDate(toLocalDate(at));
  const previous = formatLocalDate(toLocalDate(new Date(previousDueAt.getTime() - 1)));
  return {
    en: `recounted on ${when} because ${reason.en}; due before: ${previous} 24:00`,
    ru: `пересчитан ${when}, так как ${reason.ru}; прежний срок: ${previous} 24:00`,
    kk: `${when} қайта есептелді, себебі ${reason.kk}; бұрынғы мерзім: ${previous} 24:00`,
  };
}

/** "the production calendar changed: 15.06.2026 is now a non-working day (…)" in three languages. */
function calendarChangeReason(changes: readonly CalendarDayChange[]): Label {
  const describeDay = (change: CalendarDayChange): Label => {
    const date = formatLocalDate(change.date);
    if (change.after) {
      return {
        en: `${date} is now a non-working day (${change.after.label.en})`,
        ru: `${date} теперь нерабочий день (${change.after.label.ru})`,
        kk: `${date} енді жұмыс емес күн (${change.after.label.kk})`,
      };
    }
    const was = change.before?.label ?? { en: '', ru: '', kk: '' };
    return {
      en: `${date} is now a working day (was: ${was.en})`,
      ru: `${date} теперь рабочий день (ранее: ${was.ru})`,
      kk: `${date} енді жұмыс күні (бұрын: ${was.kk})`,
    };
  };
  const days = changes.map(describeDay);
  return perLanguage((language) => {
    const head = { en: 'the production calendar changed', ru: 'изменён производственный календарь', kk: 'өндірістік күнтізбе өзгерді' }[language];
    return days.length === 0 ? head : `${head}: ${days.map((day) => day[language]).join('; ')}`;
  });
}

/**
 * Open deadlines counted by a rule of the same kind and edition that the new rule would move —
 * a corrected article, a changed policy clock. Deadlines of other kinds or editions are untouched.
 */
export function analyseRuleChange(records: readonly DeadlineRecord[], newRule: TermRule, calendar: ProductionCalendar): ImpactReport {
  const reason: Label = {
    en: `the term rule for ${newRule.label.en.toLowerCase()} changed`,
    ru: `изменено правило срока: ${newRule.label.ru.toLowerCase()}`,
    kk: `мерзім ережесі өзгерді: ${newRule.label.kk.toLowerCase()}`,
  };
  const affected = records.filter((record) => isOpen(record) && record.rule.kind === newRule.kind && record.rule.editionId === newRule.editionId);
  return analyse(affected, (record) => ({ proposed: recomputeDeadline(record, calendar, { rule: newRule }), reason, old: record }));
}

/** A trigger moved: the new time of an event, e.g. the consideration meeting rescheduled. */
export interface TriggerMove {
  readonly event: TriggerEvent;
  readonly at: Date;
  /** Still a plan (a scheduled meeting) rather than a fact. */
  readonly provisional: boolean;
  readonly reason: string;
}

/**
 * Events that happen together with another: a submission is considered at its consideration
 * meeting (art. 25.2), so while the consideration is only planned, a clock counted from it follows
 * the meeting. A consideration that has actually taken place (not provisional) never moves with it.
 */
export const EVENTS_MOVED_WITH: Readonly<Partial<Record<TriggerEvent, readonly TriggerEvent[]>>> = {
  CONSIDERATION_MEETING: ['CONSIDERATION'],
};

/**
 * Recomputes the open deadlines of one act that count from the moved event (and the planned
 * events that move with it) and returns every record, updated, with what changed.
 */
export function recomputeForTriggerMove(
  records: readonly DeadlineRecord[],
  move: TriggerMove,
  calendar: ProductionCalendar,
): { readonly records: readonly DeadlineRecord[]; readonly changes: readonly DueChange[] } {
  const reason: Label = {
    en: `${EVENT_NAMES[move.event].en} moved to ${stamp(move.at)}: ${move.reason}`,
    ru: `${EVENT_NAMES[move.event].ru} перенесено на ${stamp(move.at)}: ${move.reason}`,
    kk: `${EVENT_NAMES[move.event].kk} ${stamp(move.at)} күніне ауыстырылды: ${move.reason}`,
  };
  const dependents = EVENTS_MOVED_WITH[move.event] ?? [];
  const moves = (record: DeadlineRecord): boolean =>
    isOpen(record) &&
    (record.trigger.event === move.event || (record.trigger.provisional && dependents.includes(record.trigger.event)));
  const changes: DueChange[] = [];
  const updated = records.map((record) => {
    if (!moves(record)) return record;
    const trigger: DeadlineTrigger = {
      event: record.trigger.event,
      at: move.at,
      provisional: record.trigger.event === move.event ? move.provisional : record.trigger.provisional,
    };
    const proposed = recomputeDeadline(record, calendar, { trigger });
    const change = describe(record, proposed, reason);
    if (change) changes.push(change);
    return proposed;
  });
  return { records: updated, changes };
}

function analyse(
  records: readonly DeadlineRecord[],
  recompute: (record: DeadlineRecord) => { proposed: DeadlineRecord; old: DeadlineRecord; reason: Label },
): ImpactReport {
  const changes: DueChange[] = [];
  const conflicts: ImpactConflict[] = [];
  for (const record of records) {
    try {
      const { proposed, old, reason } = recompute(record);
      const change = describe(old, proposed, reason);
      if (change) changes.push(change);
    } catch (error) {
      conflicts.push({ deadlineId: record.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { changes, conflicts };
}

function describe(old: DeadlineRecord, proposed: DeadlineRecord, reason: Label): DueChange | null {
  if (old.dueAt.getTime() === proposed.dueAt.getTime()) return null;
  const last = proposed.extensions.at(-1)?.computation ?? proposed.computation;
  return {
    deadlineId: old.id,
    kind: old.rule.kind,
    oldDueAt: old.dueAt,
    newDueAt: proposed.dueAt,
    oldDueLocalDate: recordDueLocalDate(old),
    newDueLocalDate: recordDueLocalDate(proposed),
    reason,
    explanation: last.explanation,
    proposed,
  };
}

function isOpen(record: DeadlineRecord): boolean {
  return record.status !== 'MET';
}

function stamp(at: Date): string {
  return formatLocalDate(toLocalDate(at));
}

const EVENT_NAMES: Readonly<Record<TriggerEvent, Label>> = {
  RECEIPT_BY_ADDRESSEE: { kk: 'Алынған күн', ru: 'Получение', en: 'Receipt' },
  ISSUE: { kk: 'Шығарылған күн', ru: 'Вынесение', en: 'Issue' },
  SANCTION_REQUEST: { kk: 'Санкция сұрау', ru: 'Ходатайство о санкции', en: 'The sanction request' },
  INSPECTION_START: { kk: 'Тексерістің басталуы', ru: 'Начало проверки', en: 'The start of the inspection' },
  EXECUTION: { kk: 'Орындау', ru: 'Исполнение', en: 'Execution' },
  CONSIDERATION_MEETING: { kk: 'Ұсынысты қарау отырысы', ru: 'Заседание по рассмотрению', en: 'The consideration meeting' },
  CONSIDERATION: { kk: 'Қарау', ru: 'Рассмотрение', en: 'Consideration' },
  PREVIOUS_TERM_END: { kk: 'Алдыңғы мерзімнің аяқталуы', ru: 'Окончание прежнего срока', en: 'The end of the previous term' },
  COMPLAINT_FILING: { kk: 'Шағымның берілуі', ru: 'Подача жалобы', en: 'The filing of the complaint' },
};
