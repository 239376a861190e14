import { KNOWN_STATUTE_EDITION_IDS, loadConfig } from '@app/config';
import { KNOWN_STATUTE_EDITIONS, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '@app/domain';
import { noEditionRefusal, StatuteEditions } from './statute-editions.service';

const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/acts', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('StatuteEditions', () => {
  it('validates against the same editions the domain ships (config may not import the domain)', () => {
    expect([...KNOWN_STATUTE_EDITION_IDS]).toEqual(KNOWN_STATUTE_EDITIONS.map((edition) => edition.id));
  });

  it('installs the 1995 law alone by default', () => {
    const editions = new StatuteEditions(loadConfig(env));
    expect(editions.editions.map((edition) => edition.id)).toEqual([KZ_2709_EDITION_ID]);
    expect(editions.judge('2026-12-04')).toMatchObject({ ok: true, edition: { id: KZ_2709_EDITION_ID } });
  });

  it('installs both, and names the gap of the 2017 law in the refusal', () => {
    const editions = new StatuteEditions(loadConfig({ ...env, STATUTE_EDITIONS: `${KZ_155_VII_EDITION_ID},${KZ_2709_EDITION_ID}` }));
    expect(editions.judge('2026-12-04')).toMatchObject({ ok: true, edition: { id: KZ_155_VII_EDITION_ID } });
    const gap = editions.judge('2019-06-01');
    if (gap.ok) throw new Error('expected a gap');
    expect(noEditionRefusal(gap, 'caseId')).toMatchObject({ code: 'NO_EDITION_IN_FORCE', citation: null, field: 'caseId', message: expect.stringContaining('11.07.2017–17.11.2022') });
  });
});
