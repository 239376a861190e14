import { KZ_CALENDAR_ENTRIES, KZ_PRODUCTION_CALENDAR } from '@app/domain';
import { CalendarEntryEntity } from '@app/persistence';
import { SeedProductionCalendar1795309282186 } from '../../migrations/1795309282186-SeedProductionCalendar';
import { SeedProductionCalendar2022And20231796409800000 } from '../../migrations/1796409800000-SeedProductionCalendar2022And2023';
import { toCalendarEntry } from '@app/workflow';
import { ProductionCalendarService } from '@app/workflow';
import { ApiHarness } from '../support/api-harness';

describe('production calendar seed (migrations SeedProductionCalendar, SeedProductionCalendar2022And2023)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  it('the seeded rows equal KZ_CALENDAR_ENTRIES of the domain today', async () => {
    const rows = await api.dataSource.getRepository(CalendarEntryEntity).find();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(rows.map(toCalendarEntry).sort(byId)).toEqual([...KZ_CALENDAR_ENTRIES].sort(byId));
  });

  it('the service builds the same calendar as the domain seed', async () => {
    const calendar = await api.app.get(ProductionCalendarService).current();
    expect(calendar.fromYear).toBe(KZ_PRODUCTION_CALENDAR.fromYear);
    expect(calendar.toYear).toBe(KZ_PRODUCTION_CALENDAR.toYear);
    expect(new Map(calendar.nonWorking)).toEqual(new Map(KZ_PRODUCTION_CALENDAR.nonWorking));
    expect(new Map(calendar.workingWeekendDays)).toEqual(new Map(KZ_PRODUCTION_CALENDAR.workingWeekendDays));
  });

  it('covers every year from 2022, the year before Law No. 155-VII entered into force, to next year', async () => {
    const calendar = await api.app.get(ProductionCalendarService).current();
    expect([calendar.fromYear, calendar.toYear]).toEqual([2022, 2027]);
  });

  it('down() deletes exactly the seeded ids and leaves an entry an administrator added', async () => {
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO calendar_entries (id, kind, date, religious, label, source, status)
         VALUES ('ADMIN-2028-01-01', 'HOLIDAY', '2028-01-01', false, '{"kk":"a","ru":"b","en":"c"}', '{"kk":"a","ru":"b","en":"c"}', 'DRAFT')`,
      );
      await new SeedProductionCalendar2022And20231796409800000().down(runner);
      expect(Number((await runner.query("SELECT count(*) AS n FROM calendar_entries WHERE date < '2024-01-01'"))[0].n)).toBe(0);
      await new SeedProductionCalendar1795309282186().down(runner);
      expect(await runner.query('SELECT id FROM calendar_entries')).toEqual([{ id: 'ADMIN-2028-01-01' }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await api.dataSource.getRepository(CalendarEntryEntity).count()).toBe(KZ_CALENDAR_ENTRIES.length);
  });
});
