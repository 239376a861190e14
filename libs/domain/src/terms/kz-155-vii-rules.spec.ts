import { KZ_PRODUCTION_CALENDAR } from '../calendar';
import { DeadlineKind } from '../shared';
import { localDateTimeToInstant } from '../time';
import { checkPrescribedTerm } from './check-prescribed-term';
import { computeDue } from './compute-due';
import { extendDeadline, openDeadline } from './deadline-ledger';
import { ruleFor } from './rule-book';
import { KZ_155_VII_EDITION_ID } from './statute-edition';

const ed = KZ_155_VII_EDITION_ID;
const K = DeadlineKind;
const at = (date: string, hour = 10) => localDateTimeToInstant(date, hour);
const due = (kind: DeadlineKind, trigger: string, prescribedCount?: number) =>
  computeDue(ruleFor(kind, ed), at(trigger), KZ_PRODUCTION_CALENDAR, prescribedCount === undefined ? {} : { prescribedCount });

/**
 * One row per clock of Law No. 155-VII and its edge cases: the counted day, the last day after
 * any roll or floor, the article, and where the count comes from.
 */
describe('Law No. 155-VII: every clock, counted on the production calendar', () => {
  it.each<[DeadlineKind, string, number | undefined, string, string, string, string]>([
    // kind, trigger day (10:00 Almaty), prescribed, last day, article, origin, why
    [K.PROTEST_CONSIDERATION, '2023-03-13', undefined, '2023-03-24', '33', 'STATUTORY_DEFAULT', '10 calendar days land on Nauryz (23.03) and roll to Friday'],
    [K.PROTEST_CONSIDERATION, '2023-03-13', 5, '2023-03-20', '33', 'PROSECUTOR', '5 days land on Saturday, roll to Monday; above the 3-working-day floor (16.03)'],
    [K.PROTEST_CONSIDERATION, '2023-03-20', 3, '2023-03-28', '33', 'PROSECUTOR', '3 days across Nauryz hold no working day: the floor of 3 working days (33.3) ends on 28.03'],
    [K.PROTEST_RESULT_REPORT, '2023-03-24', undefined, '2023-03-27', '33', 'POLICY', '"immediately": one working day of office policy, over the weekend'],
    [K.SUBMISSION_CONSIDERATION, '2023-06-05', undefined, '2023-07-05', '36', 'STATUTORY_DEFAULT', '30 calendar days'],
    [K.SUBMISSION_CONSIDERATION, '2023-06-06', undefined, '2023-07-10', '36', 'STATUTORY_DEFAULT', 'Capital Day 06.07 and the day off moved to Friday 07.07 (Decree of 25.04.2023), then the weekend'],
    [K.SUBMISSION_CONSIDERATION, '2023-06-06', 5, '2023-06-12', '36', 'PROSECUTOR', 'a term set on the urgency ground, rolled off a Sunday'],
    [K.SUBMISSION_MEETING_NOTICE, '2026-03-16', undefined, '2026-03-11', '36', 'STATUTE', 'counted back from Monday over the weekend: Fri, Thu, Wed'],
    [K.SUBMISSION_MEETING_NOTICE, '2026-03-26', undefined, '2026-03-18', '36', 'STATUTE', 'counted back over Nauryz 2026 (21–25.03) and a weekend'],
    [K.SUBMISSION_RESULT_REPORT, '2022-12-15', undefined, '2022-12-21', '36', 'STATUTE', 'Independence Day 16.12.2022; 17.12 was no longer a holiday, so Monday 19.12 works'],
    [K.RESOLUTION_EXECUTION, '2022-10-20', 10, '2022-10-31', '37', 'PROSECUTOR', 'the prosecutor\'s term, rolled off a Sunday'],
    [K.RESOLUTION_SUSPENSION_PERIOD, '2022-10-21', 3, '2022-10-27', '37', 'PROSECUTOR', 'Saturday 22.10.2022 worked (transfer), Monday 24.10 off, Republic Day 25.10'],
    [K.INSPECTION_DURATION, '2023-01-09', undefined, '2023-02-20', '18', 'STATUTE', '30 working days'],
    [K.INSTRUCTION_EXECUTION, '2023-05-02', 7, '2023-05-10', '35', 'PROSECUTOR', '7 days land on Victory Day (09.05) and roll to 10.05'],
    [K.COMPLAINT_DECISION, '2023-03-13', undefined, '2023-04-13', '25', 'STATUTE', '20 working days over Nauryz 2023'],
  ])('%s from %s (term %s) → %s, art. %s, %s: %s', (kind, trigger, prescribed, lastDay, article, origin) => {
    const computation = due(kind, trigger, prescribed);
    expect(computation.dueLocalDate).toBe(lastDay);
    expect(computation.citation).toMatchObject({ edition: ed, article });
    expect(computation.origin).toBe(origin);
    expect(computation.explanation.en).toContain('Law No. 155-VII ed. 12.07.2023');
  });

  it('says when the 3-working-day floor lifted a short prosecutor-set protest term, in three languages', () => {
    const computation = due(K.PROTEST_CONSIDERATION, '2023-03-20', 3);
    expect(computation.countedDay).toBe('2023-03-23');
    expect(computation.steps.map((step) => step.code)).toEqual(['COUNTED', 'ROLLED', 'FLOOR', 'CUT_OFF']);
    expect(computation.explanation.en).toContain('shorter than the statutory minimum of 3 working days (art. 33.3) → ends on 28.03.2023');
    expect(computation.explanation.ru).toContain('28.03.2023');
    expect(computation.explanation.kk).toContain('28.03.2023');
  });

  it('marks what is policy in the explanation, never as statute', () => {
    expect(due(K.PROTEST_CONSIDERATION, '2023-03-13').explanation.en).toContain('policy: the law does not say from which event this term runs');
    expect(due(K.SUBMISSION_MEETING_NOTICE, '2026-03-16').explanation.ru).toContain('регламент: закон не уточняет, засчитывается ли день уведомления');
    expect(due(K.PROTEST_RESULT_REPORT, '2023-03-24').explanation.en).toContain('this clock is office policy, not a statutory term');
    expect(due(K.COMPLAINT_DECISION, '2023-03-13').explanation.en).not.toContain('policy');
  });

  it.each([
    [K.PROTEST_CONSIDERATION, 2, 'TERM_BELOW_STATUTORY_MINIMUM', '33', 'may not be less than 3 working days (art. 33.3)'],
    [K.RESOLUTION_SUSPENSION_PERIOD, 4, 'TERM_ABOVE_STATUTORY_MAXIMUM', '37', 'may not exceed 3 working days (art. 37.1(9))'],
    [K.RESOLUTION_SUSPENSION_PERIOD, null, 'TERM_REQUIRED', '37', 'must set the term'],
    [K.RESOLUTION_EXECUTION, null, 'TERM_REQUIRED', '37', 'must set the term'],
    [K.SUBMISSION_MEETING_NOTICE, 5, 'TERM_NOT_PRESCRIBABLE', '36', 'fixed by the law'],
    [K.SANCTION_DECISION, 1, 'TERM_RULE_UNKNOWN', null, 'No term rule'],
  ])('refuses %s set to %s: %s', (kind, prescribed, code, article, message) => {
    const verdict = checkPrescribedTerm(kind, prescribed, ed);
    expect(verdict).toMatchObject({ ok: false, refusal: { code, ...(article ? { citation: { edition: ed, article } } : {}) } });
    expect(!verdict.ok && verdict.refusal.message).toContain(message);
  });

  it('accepts a protest term of 3 days or more, a suspension of 1 to 3 working days', () => {
    expect(checkPrescribedTerm(K.PROTEST_CONSIDERATION, 3, ed)).toEqual({ ok: true });
    expect(checkPrescribedTerm(K.PROTEST_CONSIDERATION, 60, ed)).toEqual({ ok: true });
    for (const days of [1, 2, 3]) expect(checkPrescribedTerm(K.RESOLUTION_SUSPENSION_PERIOD, days, ed)).toEqual({ ok: true });
  });

  it('extends an inspection by at most 30 working days in all (18.4), and only in working days', () => {
    const opened = openDeadline({ id: 'insp', rule: ruleFor(K.INSPECTION_DURATION, ed), trigger: { at: at('2023-01-09') }, calendar: KZ_PRODUCTION_CALENDAR });
    if (!opened.ok) throw new Error('not opened');
    const grant = (count: number, unit: 'WORKING_DAY' | 'MONTH' = 'WORKING_DAY') => ({ count, unit, grantedAt: at('2023-02-01'), reason: 'additional materials requested' });
    const first = extendDeadline(opened.record, grant(20), KZ_PRODUCTION_CALENDAR);
    if (!first.ok) throw new Error('first extension refused');
    // From 20.02.2023 on: 20 working days skip 8 March and Nauryz (21–23.03).
    expect(first.record.extensions[0].computation.dueLocalDate).toBe('2023-03-24');
    expect(extendDeadline(first.record, grant(10), KZ_PRODUCTION_CALENDAR).ok).toBe(true);
    expect(extendDeadline(first.record, grant(11), KZ_PRODUCTION_CALENDAR)).toMatchObject({
      ok: false,
      refusal: { code: 'EXTENSION_ABOVE_STATUTORY_MAXIMUM', citation: { edition: ed, article: '18', paragraph: '4' }, field: 'extensionCount' },
    });
    expect(extendDeadline(opened.record, grant(1, 'MONTH'), KZ_PRODUCTION_CALENDAR)).toMatchObject({ ok: false, refusal: { code: 'EXTENSION_ABOVE_STATUTORY_MAXIMUM' } });
  });
});
