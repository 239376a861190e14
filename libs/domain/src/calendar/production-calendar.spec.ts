import fc from 'fast-check';
import { addDays, localDate } from '../time';
import { CalendarEntry } from './calendar-entry';
import { KZ_CALENDAR_ENTRIES, KZ_PRODUCTION_CALENDAR } from './kz-calendar-data';
import {
  addWorkingDays,
  buildProductionCalendar,
  CalendarCoverageError,
  diffCalendars,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  previousWorkingDay,
} from './production-calendar';

const calendar = KZ_PRODUCTION_CALENDAR;
const source = { kk: 's', ru: 's', en: 's' };

describe('production calendar', () => {
  it('moves both weekend Nauryz days off past Monday 23 March 2026, which is Nauryz itself', () => {
    expect(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25'].map((d) => isWorkingDay(d, calendar))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isWorkingDay('2026-03-26', calendar)).toBe(true);
    const moved = nonWorkingReason('2026-03-25', calendar);
    expect(moved).toMatchObject({ kind: 'SUBSTITUTE_DAY_OFF', entry: { date: '2026-03-22' } });
    expect(moved?.label.en).toBe('day off moved from 22.03.2026 (Nauryz)');
    expect(moved?.source.ru).toContain('О праздниках');
  });

  it('never moves a religious holiday that falls on a weekend (Kurban ait 16.06.2024, 7 January 2024)', () => {
    expect(nonWorkingReason('2024-06-16', calendar)).toMatchObject({ kind: 'HOLIDAY', entry: { religious: true } });
    expect(isWorkingDay('2024-06-17', calendar)).toBe(true);
    expect(isWorkingDay('2024-01-08', calendar)).toBe(true);
  });

  it('applies the yearly transfers: Sunday 5 January 2025 worked, Friday 3 January off', () => {
    expect(isWorkingDay('2025-01-05', calendar)).toBe(true);
    expect(nonWorkingReason('2025-01-03', calendar)).toMatchObject({ kind: 'TRANSFERRED_DAY_OFF' });
    expect(nonWorkingReason('2025-01-03', calendar)?.source.en).toContain('Order of the Minister of Labour');
    expect(isWorkingDay('2024-05-04', calendar)).toBe(true);
    expect(isWorkingDay('2024-05-08', calendar)).toBe(false);
  });

  it('explains a plain weekend and a holiday in three languages with their sources', () => {
    expect(nonWorkingReason('2026-03-14', calendar)).toMatchObject({
      kind: 'WEEKEND',
      label: { en: 'Saturday, a weekly day off', ru: 'суббота, выходной день' },
      source: { en: 'Labour Code of the Republic of Kazakhstan, art. 85' },
    });
    expect(nonWorkingReason('2026-12-16', calendar)).toMatchObject({
      kind: 'HOLIDAY',
      label: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
    });
    expect(nonWorkingReason('2026-12-15', calendar)).toBeNull();
  });

  it('steps to neighbouring working days and adds working days', () => {
    expect(nextWorkingDay('2026-03-20', calendar)).toBe('2026-03-26');
    expect(previousWorkingDay('2026-03-26', calendar)).toBe('2026-03-20');
    expect(addWorkingDays('2026-03-19', 3, calendar)).toBe('2026-03-27');
    expect(addWorkingDays('2026-03-27', -3, calendar)).toBe('2026-03-19');
    expect(addWorkingDays('2026-03-21', 0, calendar)).toBe('2026-03-21');
  });

  it('refuses to answer for a year it does not cover', () => {
    expect(() => isWorkingDay('2028-01-03', calendar)).toThrow(CalendarCoverageError);
    expect(() => nextWorkingDay('2027-12-31', calendar)).toThrow(/covers 2022–2027/);
  });

  it('ignores draft entries unless asked, and rejects inconsistent transfers', () => {
    const draft: CalendarEntry = { id: 'draft', kind: 'HOLIDAY', date: '2026-06-01', label: source, source, religious: false, status: 'DRAFT' };
    expect(isWorkingDay('2026-06-01', buildProductionCalendar([...KZ_CALENDAR_ENTRIES, draft]))).toBe(true);
    expect(isWorkingDay('2026-06-01', buildProductionCalendar([...KZ_CALENDAR_ENTRIES, draft], { statuses: ['ADOPTED', 'DRAFT'] }))).toBe(false);
    const badTransfer: CalendarEntry = { id: 'bad', kind: 'TRANSFER', dayOff: '2026-06-02', workingDay: '2026-06-03', label: source, source, status: 'ADOPTED' };
    expect(() => buildProductionCalendar([...KZ_CALENDAR_ENTRIES, badTransfer])).toThrow(/not an ordinary Saturday or Sunday/);
  });

  it('diffs two calendars by working status only', () => {
    const withAugust30: CalendarEntry = { id: 'c', kind: 'HOLIDAY', date: '2026-08-30', label: source, source, religious: false, status: 'ADOPTED' };
    const restored = buildProductionCalendar([...KZ_CALENDAR_ENTRIES, withAugust30], { fromYear: 2024, toYear: 2027 });
    // Sunday 30.08 is a day off either way; what changes is the Monday its day off moves to.
    expect(diffCalendars(calendar, restored)).toEqual([{ date: '2026-08-31', before: null, after: expect.objectContaining({ kind: 'SUBSTITUTE_DAY_OFF' }) }]);
    // Adopting the draft 2027 Kurban ait (a Sunday, religious: never moves) changes no working day.
    const withDrafts = buildProductionCalendar(KZ_CALENDAR_ENTRIES, { statuses: ['ADOPTED', 'DRAFT'] });
    expect(diffCalendars(calendar, withDrafts)).toEqual([]);
  });

  it('never lands a working-day count on a non-working day, and counts exactly N working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1300 }), fc.integer({ min: 1, max: 40 }), (offset, count) => {
        const start = addDays(localDate(2024, 1, 1), offset);
        const end = addWorkingDays(start, count, calendar);
        expect(isWorkingDay(end, calendar)).toBe(true);
        let working = 0;
        for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) working += 1;
        expect(working).toBe(count);
      }),
      { numRuns: 200 },
    );
  });
});
