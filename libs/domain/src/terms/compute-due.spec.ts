import fc from 'fast-check';
import { isWorkingDay, KZ_PRODUCTION_CALENDAR, nextWorkingDay } from '../calendar';
import { DeadlineKind } from '../shared';
import { addDays, endOfLocalDay, localDate, localDateTimeToInstant, toLocalDate } from '../time';
import { computeDue, resolveTerm } from './compute-due';
import { ruleFor } from './rule-book';
import { KZ_2709_EDITION_ID } from './statute-edition';
import { TermRule } from './term-rule';

const calendar = KZ_PRODUCTION_CALENDAR;
const rule = (kind: DeadlineKind): TermRule => ruleFor(kind, KZ_2709_EDITION_ID);
const almaty = (date: string, hour = 10, minute = 0) => localDateTimeToInstant(date, hour, minute);
const HOUR = 3_600_000;

/** Any instant from 01.03.2024 to 31.08.2027, so that every term below ends inside the calendar's years. */
const instantArb = fc
  .integer({ min: Date.UTC(2024, 2, 1), max: Date.UTC(2027, 7, 31) })
  .map((ms) => new Date(ms));

describe('computeDue — named cases', () => {
  it('protest received 12.03.2026: the 10th day (22.03) falls in Nauryz and rolls to 26.03.2026, 24:00', () => {
    const due = computeDue(rule(DeadlineKind.PROTEST_CONSIDERATION), almaty('2026-03-12'), calendar);
    expect(due.countedDay).toBe('2026-03-22');
    expect(due.dueLocalDate).toBe('2026-03-26');
    expect(due.dueAt.toISOString()).toBe('2026-03-26T19:00:00.000Z');
    expect(due.rolledOver.map((r) => [r.date, r.kind])).toEqual([
      ['2026-03-22', 'HOLIDAY'],
      ['2026-03-23', 'HOLIDAY'],
      ['2026-03-24', 'SUBSTITUTE_DAY_OFF'],
      ['2026-03-25', 'SUBSTITUTE_DAY_OFF'],
    ]);
    expect(due.explanation.en).toBe(
      '10 calendar days from receipt on 12.03.2026 → 22.03.2026, a non-working day (Nauryz) → rolls to the next working day ' +
        '26.03.2026 (23.03.2026 – Nauryz; 24.03.2026 – day off moved from 21.03.2026 (Nauryz); 25.03.2026 – day off moved from ' +
        '22.03.2026 (Nauryz): not working days either), 24:00 Asia/Almaty; art. 19.3, Law No. 2709 ed. 28.12.2016',
    );
    expect(due.explanation.ru).toMatch(
      /^10 календарных дней со дня получения 12\.03\.2026 → 22\.03\.2026, нерабочий день \(Наурыз мейрамы\) → переносится на ближайший следующий рабочий день 26\.03\.2026 .*24:00 по времени Asia\/Almaty; ст\. 19 п\. 3, Закон № 2709 в ред\. от 28\.12\.2016$/,
    );
    expect(due.explanation.kk).toContain('күнтізбелік 10 күн → 22.03.2026, жұмыс емес күн (Наурыз мейрамы)');
    expect(due.steps.map((s) => s.code)).toEqual(['COUNTED', 'ROLLED', 'CUT_OFF']);
  });

  it('submission received 16.11.2026: the 30th day is 16 December (Independence Day) → 17.12.2026, 24:00', () => {
    const due = computeDue(rule(DeadlineKind.SUBMISSION_CONSIDERATION), almaty('2026-11-16'), calendar);
    expect(due.origin).toBe('STATUTORY_DEFAULT');
    expect(due.countedDay).toBe('2026-12-16');
    expect(due.dueLocalDate).toBe('2026-12-17');
    expect(due.explanation.en).toContain('→ 16.12.2026, a non-working day (Independence Day) → rolls to the next working day 17.12.2026, 24:00');
    expect(due.explanation.en).toContain('art. 25.2');
  });

  it('sanction requested at 23:30 on 31 December: due at 23:30 on 1 January, exact, across midnight and year end, no roll', () => {
    const requested = almaty('2026-12-31', 23, 30);
    const due = computeDue(rule(DeadlineKind.SANCTION_DECISION), requested, calendar);
    expect(due.dueAt.getTime() - requested.getTime()).toBe(24 * HOUR);
    expect(due.dueAt.toISOString()).toBe('2027-01-01T18:30:00.000Z');
    expect(due.dueLocalDate).toBe('2027-01-01');
    expect(isWorkingDay('2027-01-01', calendar)).toBe(false);
    expect(due.rolledOver).toEqual([]);
    expect(due.explanation.en).toBe(
      '24 hours from the sanction request at 31.12.2026 23:30 → 01.01.2027 23:30 Asia/Almaty (exact elapsed time, no roll); art. 21.2, Law No. 2709 ed. 28.12.2016',
    );
  });

  it('consideration meeting announced 2 days ahead: the 3-day notice deadline had already passed, and the result says so', () => {
    const meeting = almaty('2026-04-20', 10);
    const announcedAt = almaty('2026-04-18', 9);
    const due = computeDue(rule(DeadlineKind.SUBMISSION_MEETING_NOTICE), meeting, calendar, { now: announcedAt });
    expect(due.dueLocalDate).toBe('2026-04-17');
    expect(due.dueAt.toISOString()).toBe(endOfLocalDay('2026-04-17').toISOString());
    expect(due.alreadyPassed).toBe(true);
    expect(due.explanation.en).toBe(
      'at least 3 calendar days before the consideration meeting on 20.04.2026 → by 17.04.2026, 24:00 Asia/Almaty; art. 25.2, ' +
        'Law No. 2709 ed. 28.12.2016; this deadline had already passed at 18.04.2026 09:00',
    );
    expect(due.explanation.ru).toContain('на 18.04.2026 09:00 этот срок уже истёк');
    expect(computeDue(rule(DeadlineKind.SUBMISSION_MEETING_NOTICE), meeting, calendar, { now: almaty('2026-04-17', 23, 59) }).alreadyPassed).toBe(false);
  });

  it('does not roll the meeting notice off a weekend: the law guarantees the prosecutor three days', () => {
    // Meeting Wednesday 22.04.2026 → notice by Sunday 19.04.2026, 24:00; not Monday 20 (too late), not Friday 17.
    const due = computeDue(rule(DeadlineKind.SUBMISSION_MEETING_NOTICE), almaty('2026-04-22'), calendar);
    expect(due.dueLocalDate).toBe('2026-04-19');
    expect(due.rolledOver).toEqual([]);
  });

  it('working-day report term across a transfer: 3 working days from consideration on 02.05.2024 end on 06.05.2024 (Saturday 04.05 worked)', () => {
    const due = computeDue(rule(DeadlineKind.SUBMISSION_RESULT_REPORT), almaty('2024-05-02', 15), calendar);
    expect(due.dueLocalDate).toBe('2024-05-06');
    expect(due.explanation.en).toBe(
      '3 working days from consideration on 02.05.2024 → 06.05.2024, 24:00 Asia/Almaty; art. 25.2, Law No. 2709 ed. 28.12.2016',
    );
    // And across New Year 2025: 01–02 holidays, 03 transferred off, Sunday 05 worked, 07 Christmas.
    expect(computeDue(rule(DeadlineKind.SUBMISSION_RESULT_REPORT), almaty('2024-12-31'), calendar).dueLocalDate).toBe('2025-01-08');
  });

  it('counts a prosecutor-set protest term and says who set it', () => {
    const due = computeDue(rule(DeadlineKind.PROTEST_CONSIDERATION), almaty('2026-04-01'), calendar, { prescribedCount: 20 });
    expect(due.dueLocalDate).toBe('2026-04-21');
    expect(due.origin).toBe('PROSECUTOR');
    expect(due.explanation.en).toContain('(term set by the prosecutor)');
    expect(() => computeDue(rule(DeadlineKind.PROTEST_CONSIDERATION), almaty('2026-04-01'), calendar, { prescribedCount: 5 })).toThrow(
      /TERM_BELOW_STATUTORY_MINIMUM/,
    );
  });

  it('marks "immediately" as a policy clock of 1 working day by default, configurable', () => {
    const due = computeDue(rule(DeadlineKind.ORDER_REPORT), almaty('2026-03-20', 16), calendar);
    expect(due.origin).toBe('POLICY');
    expect(due.dueLocalDate).toBe('2026-03-26');
    expect(due.explanation.en).toContain('this clock is office policy, not a statutory term');
    expect(computeDue(rule(DeadlineKind.ORDER_REPORT), almaty('2026-03-20', 16), calendar, { policyCount: 2 }).dueLocalDate).toBe('2026-03-27');
  });

  it('ends a one-month inspection on the same-numbered day, or the month end, rolling like a day term', () => {
    expect(computeDue(rule(DeadlineKind.INSPECTION_DURATION), almaty('2026-01-31'), calendar).dueLocalDate).toBe('2026-03-02'); // 28.02 Sat → Mon 02.03
    expect(computeDue(rule(DeadlineKind.INSPECTION_DURATION), almaty('2026-04-15'), calendar).dueLocalDate).toBe('2026-05-15');
  });

  it('runs no clock for an instruction without a term, and requires the term on an order', () => {
    expect(resolveTerm(rule(DeadlineKind.INSTRUCTION_EXECUTION))).toBeNull();
    expect(() => computeDue(rule(DeadlineKind.INSTRUCTION_EXECUTION), almaty('2026-04-01'), calendar)).toThrow(/no clock runs/);
    expect(() => computeDue(rule(DeadlineKind.ORDER_EXECUTION), almaty('2026-04-01'), calendar)).toThrow(/TERM_REQUIRED/);
  });
});

describe('computeDue — properties', () => {
  it('never ends a protest or submission earlier than the statutory minimum of its prescribed days', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 10, max: 60 }), fc.integer({ min: 1, max: 30 }), (receivedAt, protestDays, submissionDays) => {
        const day = toLocalDate(receivedAt);
        const protest = computeDue(rule(DeadlineKind.PROTEST_CONSIDERATION), receivedAt, calendar, { prescribedCount: protestDays });
        expect(protest.dueAt.getTime()).toBeGreaterThanOrEqual(endOfLocalDay(addDays(day, 10)).getTime());
        expect(protest.dueAt.getTime()).toBeGreaterThanOrEqual(endOfLocalDay(addDays(day, protestDays)).getTime());
        const submission = computeDue(rule(DeadlineKind.SUBMISSION_CONSIDERATION), receivedAt, calendar, { prescribedCount: submissionDays });
        expect(submission.dueAt.getTime()).toBeGreaterThanOrEqual(endOfLocalDay(addDays(day, submissionDays)).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('never ends a working-day term on a non-working day', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 10 }), (trigger, policyCount) => {
        const report = computeDue(rule(DeadlineKind.SUBMISSION_RESULT_REPORT), trigger, calendar);
        expect(isWorkingDay(report.dueLocalDate, calendar)).toBe(true);
        const policy = computeDue(rule(DeadlineKind.RESOLUTION_REPORT), trigger, calendar, { policyCount });
        expect(isWorkingDay(policy.dueLocalDate, calendar)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rolls a calendar-day term that ends on a non-working day to the next working day, and only then', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 120 }), (trigger, days) => {
        const due = computeDue(rule(DeadlineKind.ORDER_EXECUTION), trigger, calendar, { prescribedCount: days });
        const counted = addDays(toLocalDate(trigger), days);
        expect(due.countedDay).toBe(counted);
        const expected = isWorkingDay(counted, calendar) ? counted : nextWorkingDay(counted, calendar);
        expect(due.dueLocalDate).toBe(expected);
        expect(due.dueAt.getTime()).toBe(endOfLocalDay(expected).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps hour terms exact across midnight, month ends and year ends', () => {
    const boundaries = ['2024-12-31', '2025-02-28', '2025-12-31', '2026-03-31', '2026-12-31', '2027-06-30'].map((d) => endOfLocalDay(d).getTime());
    fc.assert(
      fc.property(fc.constantFrom(...boundaries), fc.integer({ min: -26 * 60, max: 26 * 60 }), (boundary, minutes) => {
        const trigger = new Date(boundary + minutes * 60_000);
        for (const kind of [DeadlineKind.SANCTION_DECISION, DeadlineKind.BRING_BY_FORCE]) {
          const due = computeDue(rule(kind), trigger, calendar);
          expect(due.dueAt.getTime() - trigger.getTime()).toBe(24 * HOUR);
          expect(due.dueLocalDate).toBe(toLocalDate(due.dueAt));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeDue — dates are local', () => {
  it('counts from the Almaty date of the trigger, not the UTC date', () => {
    // 20:30 UTC on 11.03 is 01:30 on 12.03 in Almaty.
    const due = computeDue(rule(DeadlineKind.PROTEST_CONSIDERATION), new Date(Date.UTC(2026, 2, 11, 20, 30)), calendar);
    expect(due.trigger.at.toISOString()).toBe('2026-03-11T20:30:00.000Z');
    expect(due.countedDay).toBe(addDays(localDate(2026, 3, 12), 10));
  });
});
