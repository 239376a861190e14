import fc from 'fast-check';
import { buildProductionCalendar, CalendarEntry, KZ_CALENDAR_ENTRIES, KZ_PRODUCTION_CALENDAR } from '../calendar';
import { DeadlineKind } from '../shared';
import { addDays, isWeekend, localDateTimeToInstant } from '../time';
import { computeDue } from './compute-due';
import { DeadlineRecord, LedgerOutcome, openDeadline } from './deadline-ledger';
import { analyseCalendarChange, analyseRuleChange } from './impact';
import { ruleFor } from './rule-book';
import { KZ_2709_EDITION_ID } from './statute-edition';

const calendar = KZ_PRODUCTION_CALENDAR;
const almaty = (date: string, hour = 10) => localDateTimeToInstant(date, hour);
const source = { kk: 'тест', ru: 'тест', en: 'test' };

function unwrap(outcome: LedgerOutcome): DeadlineRecord {
  if (!outcome.ok) throw new Error(outcome.refusal.code);
  return outcome.record;
}

function open(id: string, kind: DeadlineKind, at: Date, prescribedCount?: number): DeadlineRecord {
  return unwrap(openDeadline({ id, rule: ruleFor(kind, KZ_2709_EDITION_ID), trigger: { at }, calendar, prescribedCount }));
}

function withExtraHoliday(date: string) {
  const extra: CalendarEntry = { id: `extra-${date}`, kind: 'HOLIDAY', date, label: { kk: 'Қосымша', ru: 'Дополнительный', en: 'Extra day off' }, source, religious: false, status: 'ADOPTED' };
  return buildProductionCalendar([...KZ_CALENDAR_ENTRIES, extra], { fromYear: 2024, toYear: 2027 });
}

describe('impact analysis', () => {
  it('lists the open deadlines a new day off would move, with old and new due and why — and changes nothing', () => {
    const protest = open('protest', DeadlineKind.PROTEST_CONSIDERATION, almaty('2026-06-05')); // 15.06 Monday
    const report = open('report', DeadlineKind.SUBMISSION_RESULT_REPORT, almaty('2026-06-11')); // 12, 15, 16.06
    const far = open('far', DeadlineKind.PROTEST_CONSIDERATION, almaty('2026-07-01'));
    const sanction = open('sanction', DeadlineKind.SANCTION_DECISION, almaty('2026-06-14', 23));
    const after = withExtraHoliday('2026-06-15');
    const report_ = analyseCalendarChange([protest, report, far, sanction], calendar, after);
    expect(report_.conflicts).toEqual([]);
    expect(report_.changes.map((c) => [c.deadlineId, c.oldDueLocalDate, c.newDueLocalDate])).toEqual([
      ['protest', '2026-06-15', '2026-06-16'],
      ['report', '2026-06-16', '2026-06-17'],
    ]);
    expect(report_.changes[0].reason.en).toBe('the production calendar changed: 15.06.2026 is now a non-working day (Extra day off)');
    expect(report_.changes[0].reason.ru).toBe('изменён производственный календарь: 15.06.2026 теперь нерабочий день (Дополнительный)');
    expect(report_.changes[0].explanation.en).toContain('15.06.2026, a non-working day (Extra day off) → rolls to the next working day 16.06.2026');
    expect(protest.dueAt.toISOString()).toBe('2026-06-15T19:00:00.000Z');
  });

  it('lists the deadlines a rule change moves, and flags those it cannot apply to', () => {
    const policy = open('policy', DeadlineKind.ORDER_REPORT, almaty('2026-06-10'));
    const protest = open('protest', DeadlineKind.PROTEST_CONSIDERATION, almaty('2026-06-05'), 12);
    const oldRule = ruleFor(DeadlineKind.ORDER_REPORT, KZ_2709_EDITION_ID);
    const slower = analyseRuleChange([policy, protest], { ...oldRule, count: 2 }, calendar);
    expect(slower.changes.map((c) => [c.deadlineId, c.oldDueLocalDate, c.newDueLocalDate])).toEqual([['policy', '2026-06-11', '2026-06-12']]);
    const protestRule = ruleFor(DeadlineKind.PROTEST_CONSIDERATION, KZ_2709_EDITION_ID);
    const stricter = analyseRuleChange([policy, protest], { ...protestRule, setBy: { by: 'PROSECUTOR', required: false, min: { count: 15, citation: protestRule.citation }, max: null } }, calendar);
    expect(stricter.changes).toEqual([]);
    expect(stricter.conflicts).toEqual([{ deadlineId: 'protest', message: expect.stringContaining('TERM_BELOW_STATUTORY_MINIMUM') }]);
  });

  it('reports exactly the deadlines whose due changed', () => {
    const kinds = [
      DeadlineKind.PROTEST_CONSIDERATION,
      DeadlineKind.SUBMISSION_CONSIDERATION,
      DeadlineKind.SUBMISSION_RESULT_REPORT,
      DeadlineKind.ORDER_REPORT,
      DeadlineKind.SANCTION_DECISION,
      DeadlineKind.INSPECTION_DURATION,
    ];
    const deadlineArb = fc.record({ kind: fc.constantFrom(...kinds), day: fc.integer({ min: 0, max: 200 }), hour: fc.integer({ min: 0, max: 23 }) });
    fc.assert(
      fc.property(fc.array(deadlineArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 230 }), (specs, holidayOffset) => {
        const holiday = addDays('2026-04-01', holidayOffset);
        fc.pre(!isWeekend(holiday) && !calendar.nonWorking.has(holiday));
        const after = withExtraHoliday(holiday);
        const records = specs.map((s, i) => open(`d${i}`, s.kind, almaty(addDays('2026-04-01', s.day), s.hour)));
        const expected = records
          .filter((r) => computeDue(r.rule, r.trigger.at, calendar).dueAt.getTime() !== computeDue(r.rule, r.trigger.at, after).dueAt.getTime())
          .map((r) => r.id);
        expect(analyseCalendarChange(records, calendar, after).changes.map((c) => c.deadlineId)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
