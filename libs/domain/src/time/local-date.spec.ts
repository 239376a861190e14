import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  formatLocalDate,
  isLocalDate,
  isoDayOfWeek,
  localDate,
  parseLocalDate,
} from './local-date';

describe('LocalDate', () => {
  it('accepts only real dates', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-3-1')).toBe(false);
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-12', '2026-03-22')).toBe(10);
  });

  it('ends a month term on the same-numbered day, or the last day of a shorter month', () => {
    expect(addMonthsClamped('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('names weekdays the ISO way and formats dates as in documents', () => {
    expect(isoDayOfWeek('2026-03-21')).toBe(6);
    expect(isoDayOfWeek('2026-03-22')).toBe(7);
    expect(isoDayOfWeek('2026-03-23')).toBe(1);
    expect(formatLocalDate('2026-03-05')).toBe('05.03.2026');
  });

  it('keeps addDays and daysBetween consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -1000, max: 1000 }), (start, delta) => {
        const date = addDays(localDate(2000, 1, 1), start);
        expect(daysBetween(date, addDays(date, delta))).toBe(delta);
        expect(isLocalDate(addDays(date, delta))).toBe(true);
      }),
    );
  });
});
