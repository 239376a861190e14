import fc from 'fast-check';
import { isWorkingDay, KZ_PRODUCTION_CALENDAR } from '../calendar';
import { localDateTimeToInstant, toLocalDate, toLocalDateTime } from '../time';
import { escalationAt, planReminders } from './deadline-plan';

const calendar = KZ_PRODUCTION_CALENDAR;
const at = (iso: string) => new Date(iso);

describe('planReminders', () => {
  it('a protest due at 24:00 on 26.03.2026: 3 days and 1 day before, and 09:00 on the last day', () => {
    const dueAt = at('2026-03-26T19:00:00Z'); // 27.03 00:00 Almaty = end of 26.03
    const plan = planReminders({ unit: 'CALENDAR_DAY', triggeredAt: at('2026-03-12T05:00:00Z'), dueAt });
    expect(plan.map((r) => [r.step, r.fireAt.toISOString()])).toEqual([
      ['REMIND_3D', '2026-03-23T19:00:00.000Z'],
      ['REMIND_1D', '2026-03-25T19:00:00.000Z'],
      ['REMIND_LAST_DAY', '2026-03-26T04:00:00.000Z'],
    ]);
  });

  it('a sanction requested at 23:30 on 31.12.2026: 12 and 2 hours before 23:30 on 1 January', () => {
    const plan = planReminders({ unit: 'HOUR', triggeredAt: at('2026-12-31T18:30:00Z'), dueAt: at('2027-01-01T18:30:00Z') });
    expect(plan.map((r) => [r.step, r.fireAt.toISOString()])).toEqual([
      ['REMIND_12H', '2027-01-01T06:30:00.000Z'],
      ['REMIND_2H', '2027-01-01T16:30:00.000Z'],
    ]);
  });

  it('drops reminders that would fire before the clock started', () => {
    const plan = planReminders({ unit: 'WORKING_DAY', triggeredAt: at('2026-04-01T05:00:00Z'), dueAt: at('2026-04-02T19:00:00Z') });
    expect(plan.map((r) => r.step)).toEqual(['REMIND_1D', 'REMIND_LAST_DAY']);
  });

  it('every reminder falls strictly between the trigger and the due instant, in order, without duplicates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 6, 1) }),
        fc.integer({ min: 1, max: 60 * 24 }),
        fc.constantFrom('CALENDAR_DAY', 'WORKING_DAY', 'MONTH', 'HOUR' as const),
        (start, lengthHours, unit) => {
          const triggeredAt = new Date(start);
          const dueAt = new Date(start + lengthHours * 3_600_000);
          const plan = planReminders({ unit, triggeredAt, dueAt });
          const times = plan.map((r) => r.fireAt.getTime());
          expect([...times].sort((a, b) => a - b)).toEqual(times);
          expect(new Set(times).size).toBe(times.length);
          for (const t of times) expect(t > start && t < dueAt.getTime()).toBe(true);
        },
      ),
    );
  });
});

describe('escalationAt', () => {
  it('level 1 at the breach; level 2 one working day later at the same local time, skipping the Nauryz days off', () => {
    const breach = localDateTimeToInstant('2026-03-20', 0, 0); // Friday 20.03 00:00
    expect(escalationAt(breach, 1, calendar, { immediate: false })).toEqual(breach);
    expect(escalationAt(breach, 2, calendar, { immediate: false })).toEqual(localDateTimeToInstant('2026-03-26', 0, 0));
    expect(escalationAt(breach, 3, calendar, { immediate: false })).toEqual(localDateTimeToInstant('2026-03-27', 0, 0));
  });

  it('a sanction escalates at once: every level at the breach (art. 21.2)', () => {
    const breach = at('2027-01-01T18:30:00Z');
    for (const level of [1, 2, 3]) expect(escalationAt(breach, level, calendar, { immediate: true })).toEqual(breach);
  });

  it('later levels always land on working days, in increasing order', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 2), max: Date.UTC(2027, 10, 1) }), (ms) => {
        const breach = new Date(ms);
        const levels = [2, 3, 4].map((level) => escalationAt(breach, level, calendar, { immediate: false }));
        for (const instant of levels) expect(isWorkingDay(toLocalDate(instant), calendar)).toBe(true);
        expect(levels[0] < levels[1] && levels[1] < levels[2]).toBe(true);
        expect(toLocalDateTime(levels[0]).hour).toBe(toLocalDateTime(breach).hour);
      }),
    );
  });

  it('refuses level 0', () => {
    expect(() => escalationAt(at('2026-01-05T05:00:00Z'), 0, calendar, { immediate: false })).toThrow(RangeError);
  });
});
