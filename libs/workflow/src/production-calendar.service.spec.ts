import { KZ_CALENDAR_ENTRIES } from '@app/domain';
import { CalendarRepository } from '@app/persistence';
import { toCalendarRow } from './calendar-entry.mapper';
import { CALENDAR_CACHE_TTL_MS, ProductionCalendarService } from './production-calendar.service';

/** A calendar repository whose table is `rows`, counting the reads. */
function fakeCalendarTable(rows: () => unknown[]) {
  const reads = { count: 0 };
  const table = { entries: async () => (reads.count++, rows()) };
  return { calendar: table as unknown as CalendarRepository, reads };
}

describe('ProductionCalendarService', () => {
  const seed = KZ_CALENDAR_ENTRIES.map(toCalendarRow);

  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-22T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('builds the calendar from the table and serves it from memory until the TTL runs out', async () => {
    const { calendar, reads } = fakeCalendarTable(() => seed);
    const service = new ProductionCalendarService(calendar);
    const first = await service.current();
    expect(first.nonWorking.get('2026-03-24')?.kind).toBe('SUBSTITUTE_DAY_OFF');
    expect(await service.current()).toBe(first);
    expect(reads.count).toBe(1);
    // An edit made by another process is seen once the cached copy expires.
    jest.advanceTimersByTime(CALENDAR_CACHE_TTL_MS);
    expect(await service.current()).not.toBe(first);
    expect(reads.count).toBe(2);
  });

  it('reloads at once after invalidate() (an edit made by this process)', async () => {
    let rows = seed;
    const { calendar } = fakeCalendarTable(() => rows);
    const service = new ProductionCalendarService(calendar);
    expect((await service.current()).nonWorking.has('2026-04-13')).toBe(false);
    rows = [...seed, { ...seed[0], id: 'TEST', date: '2026-04-13' }];
    service.invalidate();
    expect((await service.current()).nonWorking.get('2026-04-13')?.kind).toBe('HOLIDAY');
  });

  it('does not cache a failed load', async () => {
    let rows: unknown[] = [];
    const { calendar } = fakeCalendarTable(() => rows);
    const service = new ProductionCalendarService(calendar);
    await expect(service.current()).rejects.toThrow('calendar_entries is empty');
    rows = seed;
    await expect(service.current()).resolves.toMatchObject({ fromYear: 2022, toYear: 2027 });
  });
});
