import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  NonWorkingReason,
  previousWorkingDay,
  ProductionCalendar,
} from '../calendar';
import { Citation, DeadlineKind, Label } from '../shared';
import {
  addDays,
  addMonthsClamped,
  ALMATY_TIME_ZONE,
  endOfLocalDay,
  formatLocalDate,
  formatLocalTime,
  LocalDate,
  toLocalDate,
} from '../time';
import { checkPrescribedTermAgainstRule } from './check-prescribed-term';
import { findEdition, KNOWN_STATUTE_EDITIONS, StatuteEdition } from './statute-edition';
import { TermRule, TermUnit, TriggerEvent } from './term-rule';
import { citationText, countWithUnit, editionText, perLanguage, TRIGGER_PHRASES } from './wording';

const MS_PER_HOUR = 3_600_000;

const MIDNIGHT_CUT_OFF: Label = {
  en: `24:00 ${ALMATY_TIME_ZONE}`,
  ru: `24:00 по времени ${ALMATY_TIME_ZONE}`,
  kk: `${ALMATY_TIME_ZONE} уақытымен 24:00`,
};

export interface ComputeDueOptions {
  /** The term the prosecutor set in the act (PROSECUTOR rules), in the rule's unit. */
  readonly prescribedCount?: number | null;
  /** The office's service-level clock for "immediately" (POLICY rules); default: the rule's count. */
  readonly policyCount?: number;
  /** When given, the result says whether the deadline had already passed at this instant. */
  readonly now?: Date;
  /** Where to find the rule's edition for the explanation; defaults to the shipped editions. */
  readonly editions?: readonly StatuteEdition[];
}

/** Where the count came from — shown to users so a policy clock is never mistaken for the law. */
export type CountOrigin = 'STATUTE' | 'PROSECUTOR' | 'STATUTORY_DEFAULT' | 'POLICY';

export interface ResolvedTerm {
  readonly count: number;
  readonly origin: CountOrigin;
}

export type DueStepCode = 'COUNTED' | 'ROLLED' | 'FLOOR' | 'CUT_OFF' | 'ALREADY_PASSED';

/** One step of the computation, for the audit trail and the UI. */
export interface DueStep {
  readonly code: DueStepCode;
  readonly text: Label;
}

export interface DueComputation {
  readonly kind: DeadlineKind;
  readonly editionId: string;
  readonly trigger: { readonly event: TriggerEvent; readonly at: Date };
  readonly unit: TermUnit;
  readonly count: number;
  readonly origin: CountOrigin;
  /** The day the count lands on, before any roll; null for hour terms. */
  readonly countedDay: LocalDate | null;
  /** The non-working days the term rolled over, in the order met. */
  readonly rolledOver: readonly NonWorkingReason[];
  /** The instant the term runs out (exclusive: met when done strictly before it). */
  readonly dueAt: Date;
  /** The last local day of the term (for 24:00 cut-offs, the day that ends at dueAt). */
  readonly dueLocalDate: LocalDate;
  readonly citation: Citation;
  readonly steps: readonly DueStep[];
  readonly explanation: Label;
  /** null when no `now` was given. */
  readonly alreadyPassed: boolean | null;
}

/**
 * The length of the term for this act, or null when the rule runs no clock (an instruction the
 * prosecutor gave no term). Throws when the prescribed term breaks the statute — callers check
 * it first with checkPrescribedTerm, which returns the refusal with the article.
 */
export function resolveTerm(rule: TermRule, options: Pick<ComputeDueOptions, 'prescribedCount' | 'policyCount'> = {}): ResolvedTerm | null {
  const verdict = checkPrescribedTermAgainstRule(rule, options.prescribedCount);
  if (!verdict.ok) throw new RangeError(`${verdict.refusal.code}: ${verdict.refusal.message}`);
  switch (rule.setBy.by) {
    case 'STATUTE':
      return rule.count === null ? null : { count: rule.count, origin: 'STATUTE' };
    case 'POLICY': {
      const count = options.policyCount ?? rule.count;
      if (count === null) return null;
      if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A policy clock is a whole number ≥ 0, got ${count}`);
      return { count, origin: 'POLICY' };
    }
    case 'PROSECUTOR': {
      const prescribed = options.prescribedCount;
      if (prescribed !== null && prescribed !== undefined) return { count: prescribed, origin: 'PROSECUTOR' };
      return rule.count === null ? null : { count: rule.count, origin: 'STATUTORY_DEFAULT' };
    }
  }
}

/**
 * When a term runs out, counted as STATUTE.md §4 (after chapter 6 of the Civil Code) decides:
 * - CALENDAR_DAY: starts the day after the trigger; ends at 24:00 Asia/Almaty of the N-th day,
 *   rolled by the rule when that day is not a working day (NEXT for every AFTER day term);
 * - WORKING_DAY: the N-th working day after the trigger's day, 24:00;
 * - MONTH: the same-numbered day N months on (the month's last day when there is none), rolled
 *   like a calendar-day term;
 * - HOUR: exactly N hours after the trigger instant, across midnight, month and year; no roll;
 * - BEFORE terms count back from the trigger's day the same way (see the SUBMISSION_MEETING_NOTICE
 *   rule for why it does not roll).
 * Throws when the rule runs no clock for these options (see resolveTerm).
 */
export function computeDue(
  rule: TermRule,
  trigger: Date,
  calendar: ProductionCalendar,
  options: ComputeDueOptions = {},
): DueComputation {
  const term = resolveTerm(rule, options);
  if (!term) throw new RangeError(`${rule.kind}: no term was set and the rule has no default — no clock runs`);
  assertCoherent(rule);
  const sign = rule.direction === 'AFTER' ? 1 : -1;
  const triggerDay = toLocalDate(trigger);
  const steps: DueStep[] = [];
  const lengthText = countWithUnit(term.count, rule.unit);

  if (rule.unit === 'HOUR') {
    const dueAt = new Date(trigger.getTime() + sign * term.count * MS_PER_HOUR);
    const at = (instant: Date) => `${formatLocalDate(toLocalDate(instant))} ${formatLocalTime(instant)}`;
    steps.push({
      code: 'COUNTED',
      text: {
        en: `${lengthText.en} ${phrase(rule.trigger, at(trigger)).en} → ${at(dueAt)} ${ALMATY_TIME_ZONE} (exact elapsed time, no roll)`,
        ru: `${lengthText.ru} ${phrase(rule.trigger, at(trigger)).ru} → ${at(dueAt)} по времени ${ALMATY_TIME_ZONE} (точное истечение часов, без переноса)`,
        kk: `${phrase(rule.trigger, at(trigger)).kk} ${lengthText.kk} → ${at(dueAt)}, ${ALMATY_TIME_ZONE} уақыты (сағат дәл есептеледі, ауыстырылмайды)`,
      },
    });
    return finish(rule, trigger, term, null, [], dueAt, toLocalDate(dueAt), steps, options);
  }

  const countedDay = countDays(rule.unit, triggerDay, sign * term.count, calendar);
  steps.push({
    code: 'COUNTED',
    text:
      rule.direction === 'AFTER'
        ? {
            en: `${lengthText.en} ${phrase(rule.trigger, formatLocalDate(triggerDay)).en} → ${formatLocalDate(countedDay)}`,
            ru: `${lengthText.ru} ${phrase(rule.trigger, formatLocalDate(triggerDay)).ru} → ${formatLocalDate(countedDay)}`,
            kk: `${phrase(rule.trigger, formatLocalDate(triggerDay)).kk} ${lengthText.kk} → ${formatLocalDate(countedDay)}`,
          }
        : {
            en: `at least ${lengthText.en} ${phrase(rule.trigger, formatLocalDate(triggerDay)).en} → by ${formatLocalDate(countedDay)}`,
            ru: `не позднее чем за ${lengthText.ru} ${phrase(rule.trigger, formatLocalDate(triggerDay)).ru} → до ${formatLocalDate(countedDay)}`,
            kk: `${phrase(rule.trigger, formatLocalDate(triggerDay)).kk} ${lengthText.kk} бұрын → ${formatLocalDate(countedDay)}`,
          },
  });

  const rolledOver: NonWorkingReason[] = [];
  let lastDay = countedDay;
  if (rule.roll !== 'NONE' && !isWorkingDay(countedDay, calendar)) {
    lastDay = rule.roll === 'NEXT' ? nextWorkingDay(countedDay, calendar) : previousWorkingDay(countedDay, calendar);
    const step = rule.roll === 'NEXT' ? 1 : -1;
    for (let day = countedDay; day !== lastDay; day = addDays(day, step)) {
      const reason = nonWorkingReason(day, calendar);
      if (reason) rolledOver.push(reason);
    }
    steps.push({ code: 'ROLLED', text: rollText(rule.roll, rolledOver, lastDay) });
  }
  const floor = floorOf(rule, term, triggerDay, calendar);
  if (floor && lastDay < floor.day) {
    lastDay = floor.day;
    steps.push({ code: 'FLOOR', text: floor.text });
  }
  const dueAt = endOfLocalDay(lastDay);
  steps.push({
    code: 'CUT_OFF',
    text: {
      en: `${formatLocalDate(lastDay)}, 24:00 ${ALMATY_TIME_ZONE}`,
      ru: `${formatLocalDate(lastDay)}, 24:00 по времени ${ALMATY_TIME_ZONE}`,
      kk: `${formatLocalDate(lastDay)}, ${ALMATY_TIME_ZONE} уақытымен 24:00`,
    },
  });
  return finish(rule, trigger, term, countedDay, rolledOver, dueAt, lastDay, steps, options);
}

/**
 * A prosecutor-set term bounded below in another unit (155-VII art. 33.3: another term, "but not
 * less than three working days"): the last day the statute allows at the earliest. A term the
 * prosecutor set shorter than that ends on the floor instead — the act is issued, the addressee
 * keeps the minimum the law guarantees. Null when the rule has no such floor.
 */
function floorOf(rule: TermRule, term: ResolvedTerm, triggerDay: LocalDate, calendar: ProductionCalendar): { day: LocalDate; text: Label } | null {
  const min = rule.setBy.by === 'PROSECUTOR' ? rule.setBy.min : null;
  if (!min || min.unit === undefined || min.unit === rule.unit || term.origin !== 'PROSECUTOR' || rule.direction !== 'AFTER' || min.unit === 'HOUR') return null;
  const day = countDays(min.unit, triggerDay, min.count, calendar);
  const floorLength = countWithUnit(min.count, min.unit);
  const article = citationText(min.citation);
  return {
    day,
    text: {
      en: `shorter than the statutory minimum of ${floorLength.en} (${article.en}) → ends on ${formatLocalDate(day)}`,
      ru: `короче установленного законом минимума в ${floorLength.ru} (${article.ru}) → истекает ${formatLocalDate(day)}`,
      kk: `заңда белгіленген ең аз мерзімнен (${floorLength.kk}, ${article.kk}) қысқа → ${formatLocalDate(day)} аяқталады`,
    },
  };
}

function countDays(unit: Exclude<TermUnit, 'HOUR'>, from: LocalDate, signedCount: number, calendar: ProductionCalendar): LocalDate {
  switch (unit) {
    case 'CALENDAR_DAY':
      return addDays(from, signedCount);
    case 'WORKING_DAY':
      return addWorkingDays(from, signedCount, calendar);
    case 'MONTH':
      return addMonthsClamped(from, signedCount);
  }
}

function finish(
  rule: TermRule,
  trigger: Date,
  term: ResolvedTerm,
  countedDay: LocalDate | null,
  rolledOver: readonly NonWorkingReason[],
  dueAt: Date,
  dueLocalDate: LocalDate,
  steps: DueStep[],
  options: ComputeDueOptions,
): DueComputation {
  const alreadyPassed = options.now ? options.now.getTime() >= dueAt.getTime() : null;
  if (alreadyPassed && options.now) {
    const now = `${formatLocalDate(toLocalDate(options.now))} ${formatLocalTime(options.now)}`;
    steps.push({
      code: 'ALREADY_PASSED',
      text: {
        en: `this deadline had already passed at ${now}`,
        ru: `на ${now} этот срок уже истёк`,
        kk: `${now} кезінде бұл мерзім өтіп кеткен`,
      },
    });
  }
  const edition = findEdition(rule.editionId, options.editions ?? KNOWN_STATUTE_EDITIONS);
  const law = edition ? editionText(edition.lawNumber, edition.amendedTo) : perLanguage(() => rule.editionId);
  const article = citationText(rule.citation);
  const origin = originText(term.origin);
  const explanation = perLanguage((language) => {
    // The cut-off step repeats the last day for readers of the steps alone; the sentence names it once.
    const body = steps
      .map((s) => (s.code === 'CUT_OFF' ? MIDNIGHT_CUT_OFF[language] : s.code === 'ALREADY_PASSED' ? null : s.text[language]))
      .filter((text): text is string => text !== null)
      .join(', ');
    const passed = steps.find((s) => s.code === 'ALREADY_PASSED');
    const policy = rule.policy ? `; ${rule.policy[language]}` : '';
    return `${body}; ${article[language]}, ${law[language]}${origin[language]}${policy}${passed ? `; ${passed.text[language]}` : ''}`;
  });
  return {
    kind: rule.kind,
    editionId: rule.editionId,
    trigger: { event: rule.trigger, at: trigger },
    unit: rule.unit,
    count: term.count,
    origin: term.origin,
    countedDay,
    rolledOver,
    dueAt,
    dueLocalDate,
    citation: rule.citation,
    steps,
    explanation,
    alreadyPassed,
  };
}

function rollText(roll: 'NEXT' | 'PREVIOUS', rolledOver: readonly NonWorkingReason[], lastDay: LocalDate): Label {
  const [first, ...others] = rolledOver;
  const target = formatLocalDate(lastDay);
  const also = (language: keyof Label) =>
    others.map((reason) => `${formatLocalDate(reason.date)} – ${reason.label[language]}`).join('; ');
  const alsoText: Label =
    others.length === 0
      ? { en: '', ru: '', kk: '' }
      : {
          en: ` (${also('en')}: not working days either)`,
          ru: ` (${also('ru')} — также нерабочие дни)`,
          kk: ` (${also('kk')} — бұлар да жұмыс емес күндер)`,
        };
  const direction =
    roll === 'NEXT'
      ? { en: 'rolls to the next working day', ru: 'переносится на ближайший следующий рабочий день', kk: 'келесі жұмыс күніне ауысады' }
      : { en: 'rolls back to the previous working day', ru: 'переносится на предшествующий рабочий день', kk: 'алдыңғы жұмыс күніне ауысады' };
  return {
    en: `a non-working day (${first.label.en}) → ${direction.en} ${target}${alsoText.en}`,
    ru: `нерабочий день (${first.label.ru}) → ${direction.ru} ${target}${alsoText.ru}`,
    kk: `жұмыс емес күн (${first.label.kk}) → ${direction.kk} ${target}${alsoText.kk}`,
  };
}

function originText(origin: CountOrigin): Label {
  switch (origin) {
    case 'STATUTE':
    case 'STATUTORY_DEFAULT':
      return { en: '', ru: '', kk: '' };
    case 'PROSECUTOR':
      return { en: ' (term set by the prosecutor)', ru: ' (срок установлен прокурором)', kk: ' (мерзімді прокурор белгіледі)' };
    case 'POLICY':
      return {
        en: ' — the law says "immediately"; this clock is office policy, not a statutory term',
        ru: ' — закон требует «незамедлительно»; этот срок — регламент ведомства, а не срок закона',
        kk: ' — заң «дереу» деп талап етеді; бұл мерзім — ведомство регламенті, заң мерзімі емес',
      };
  }
}

function phrase(event: TriggerEvent, at: string): Label {
  const template = TRIGGER_PHRASES[event];
  return perLanguage((language) => template[language].replace('{at}', at));
}

function assertCoherent(rule: TermRule): void {
  const expected = rule.unit === 'HOUR' ? 'EXACT' : 'END_OF_LOCAL_DAY';
  if (rule.cutOff !== expected) throw new RangeError(`${rule.kind}: a ${rule.unit} term must cut off ${expected}`);
}
