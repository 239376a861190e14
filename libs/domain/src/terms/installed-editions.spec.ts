import { installEditions } from './installed-editions';
import { KZ_155_VII_EDITION_2023, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_2016, KZ_2709_EDITION_ID } from './statute-edition';

describe('installed editions: which edition judges an act issued on a day', () => {
  const both = installEditions([KZ_155_VII_EDITION_2023, KZ_2709_EDITION_2016]);

  it.each([
    ['the 1995 law alone judges every day from its start', [KZ_2709_EDITION_2016], '2026-03-12', KZ_2709_EDITION_ID],
    ['... even the days the later law governs in reality', [KZ_2709_EDITION_2016], '2023-01-10', KZ_2709_EDITION_ID],
    ['with both, the 1995 law up to its last certain day', [KZ_2709_EDITION_2016, KZ_155_VII_EDITION_2023], '2017-07-10', KZ_2709_EDITION_ID],
    ['with both, 155-VII from the day it entered into force', [KZ_2709_EDITION_2016, KZ_155_VII_EDITION_2023], '2022-11-18', KZ_155_VII_EDITION_ID],
    ['the newest installed edition judges every later day', [KZ_2709_EDITION_2016, KZ_155_VII_EDITION_2023], '2031-01-01', KZ_155_VII_EDITION_ID],
    ['155-VII alone', [KZ_155_VII_EDITION_2023], '2026-12-04', KZ_155_VII_EDITION_ID],
  ])('%s (%s … %s)', (_case, editions, date, expected) => {
    const verdict = installEditions(editions).judge(date);
    expect(verdict.ok && verdict.edition.id).toBe(expected);
  });

  it('refuses a day of the 2017 law, which is not installed, naming the gap in three languages', () => {
    for (const date of ['2017-07-11', '2020-05-05', '2022-11-17']) {
      const verdict = both.judge(date);
      expect(verdict).toMatchObject({ ok: false, gap: { from: '2017-07-11', to: '2022-11-17', before: { id: KZ_2709_EDITION_ID }, after: { id: KZ_155_VII_EDITION_ID } } });
    }
    const verdict = both.judge('2020-05-05');
    if (verdict.ok) throw new Error('expected a gap');
    expect(verdict.gap.message.en).toContain('11.07.2017–17.11.2022');
    expect(verdict.gap.message.en).toContain('155-VII');
    expect(verdict.gap.message.ru).toContain('11.07.2017–17.11.2022');
    expect(verdict.gap.message.kk).toContain('11.07.2017–17.11.2022');
  });

  it('refuses a day before the oldest installed edition', () => {
    expect(both.judge('2016-12-27')).toMatchObject({ ok: false, gap: { from: null, to: '2016-12-27', before: null, after: { id: KZ_2709_EDITION_ID } } });
    expect(installEditions([KZ_155_VII_EDITION_2023]).judge('2022-11-17')).toMatchObject({ ok: false, gap: { from: null, to: '2022-11-17' } });
  });

  it('lists the coverage oldest first, and knows what is installed', () => {
    expect(both.coverage.map(({ edition, from, to }) => [edition.id, from, to])).toEqual([
      [KZ_2709_EDITION_ID, '2016-12-28', '2017-07-10'],
      [KZ_155_VII_EDITION_ID, '2022-11-18', null],
    ]);
    expect(both.isInstalled(KZ_155_VII_EDITION_ID)).toBe(true);
    expect(installEditions([KZ_2709_EDITION_2016]).isInstalled(KZ_155_VII_EDITION_ID)).toBe(false);
  });

  it('refuses to install nothing, or an edition twice', () => {
    expect(() => installEditions([])).toThrow(/At least one/);
    expect(() => installEditions([KZ_2709_EDITION_2016, KZ_2709_EDITION_2016])).toThrow(/twice/);
  });
});
