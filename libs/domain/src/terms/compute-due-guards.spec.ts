import { KZ_PRODUCTION_CALENDAR } from '../calendar';
import { DeadlineKind } from '../shared';
import { localDateTimeToInstant } from '../time';
import { computeDue, resolveTerm } from './compute-due';
import { ruleFor } from './rule-book';
import { KZ_2709_EDITION_ID } from './statute-edition';
import { TermRule } from './term-rule';

/**
 * The guards and branches of the term arithmetic that mutation testing (docs/adr/0012) found
 * untested: each test here failed a mutant that survived the named-case and property suites.
 */
const calendar = KZ_PRODUCTION_CALENDAR;
const rule = (kind: DeadlineKind): TermRule => ruleFor(kind, KZ_2709_EDITION_ID);
const almaty = (date: string, hour = 10, minute = 0) => localDateTimeToInstant(date, hour, minute);

describe('term arithmetic — guards and branches', () => {
  // 20.3 "immediately": the office's policy clock (policy, not statute) must be a whole number of days ≥ 0.
  it.each([-1, 1.5, Number.NaN])('refuses a policy clock of %p days', (policyCount) => {
    expect(() => resolveTerm(rule(DeadlineKind.RESOLUTION_REPORT), { policyCount })).toThrow(/policy clock is a whole number/);
  });

  it('accepts a policy clock of 0 days (report the same day) and says it is policy', () => {
    expect(resolveTerm(rule(DeadlineKind.RESOLUTION_REPORT), { policyCount: 0 })).toEqual({ count: 0, origin: 'POLICY' });
  });

  it('a statutory rule without a count runs no clock, and one with a count runs it as the statute', () => {
    const protest = rule(DeadlineKind.PROTEST_CONSIDERATION);
    expect(resolveTerm({ ...protest, setBy: { by: 'STATUTE' }, count: null })).toBeNull();
    expect(resolveTerm({ ...protest, setBy: { by: 'STATUTE' }, count: 10 })).toEqual({ count: 10, origin: 'STATUTE' });
  });

  it('refuses a day term that would not end at 24:00 local time (an incoherent rule, not a wrong date)', () => {
    const incoherent: TermRule = { ...rule(DeadlineKind.PROTEST_CONSIDERATION), cutOff: 'EXACT' };
    expect(() => computeDue(incoherent, almaty('2026-03-12'), calendar)).toThrow(/must cut off END_OF_LOCAL_DAY/);
  });

  it('a term that rolls back ends on the working day before the non-working ones, listing them as met', () => {
    // Received 12.03.2026: the 10th day is 22.03 (Nauryz); 21.03 is Nauryz too; 20.03 is a Friday at work.
    const back: TermRule = { ...rule(DeadlineKind.PROTEST_CONSIDERATION), roll: 'PREVIOUS' };
    const due = computeDue(back, almaty('2026-03-12'), calendar);
    expect(due.countedDay).toBe('2026-03-22');
    expect(due.dueLocalDate).toBe('2026-03-20');
    expect(due.rolledOver.map((reason) => reason.date)).toEqual(['2026-03-22', '2026-03-21']);
    expect(due.explanation.en).toContain('rolls back to the previous working day');
  });

  it('a term has passed at its due instant itself, not a millisecond before', () => {
    const protest = rule(DeadlineKind.PROTEST_CONSIDERATION);
    const dueAt = computeDue(protest, almaty('2026-03-12'), calendar).dueAt;
    expect(computeDue(protest, almaty('2026-03-12'), calendar, { now: dueAt }).alreadyPassed).toBe(true);
    expect(computeDue(protest, almaty('2026-03-12'), calendar, { now: new Date(dueAt.getTime() - 1) }).alreadyPassed).toBe(false);
  });
});
