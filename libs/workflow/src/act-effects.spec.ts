import { AppConfig } from '@app/config';
import { ActType, DeadlineKind, DeadlineStatus, Effect, KZ_155_VII_EDITION_ID, KZ_PRODUCTION_CALENDAR } from '@app/domain';
import { ActEntity, DeadlineEntity, DeadlinesRepository, OutboxRepository, Tx } from '@app/persistence';
import { ActEffects } from './act-effects';

/** A deadlines table of one clock per act, recording which acts were read whole and which light, and what was written. */
function fakeTables() {
  const reads = { whole: [] as string[], light: [] as string[] };
  const writes: string[] = [];
  const clock = (actId: string, whole: boolean) =>
    Object.assign(new DeadlineEntity(), {
      id: `${actId}-clock`,
      actId,
      kind: DeadlineKind.PROTEST_CONSIDERATION,
      status: DeadlineStatus.OPEN,
      dueAt: new Date('2026-12-10T19:00:00Z'),
      version: 1,
      ...(whole ? { ledger: { recorded: true }, explanation: { kk: '', ru: '', en: '' } } : {}),
    });
  const deadlines = {
    ofActs: async (ids: readonly string[]) => (reads.whole.push(...ids), new Map(ids.map((id) => [id, [clock(id, true)]]))),
    clocksOfActs: async (ids: readonly string[]) => (reads.light.push(...ids), new Map(ids.map((id) => [id, [clock(id, false)]]))),
    insert: async (_tx: Tx, rows: readonly DeadlineEntity[]) => writes.push(...rows.map((row) => `insert ${row.id}`)),
    updateClocks: async (_tx: Tx, rows: readonly DeadlineEntity[]) => writes.push(...rows.map((row) => `update ${row.id}`)),
  };
  const outbox = { announceDeadlineChanges: async (_tx: Tx, ids: readonly string[]) => writes.push(...ids.map((id) => `announce ${id}`)) };
  const effects = new ActEffects(new AppConfig(), deadlines as unknown as DeadlinesRepository, outbox as unknown as OutboxRepository);
  return { effects, reads, writes };
}

const tx = {} as Tx;
const meet: Effect = { type: 'MEET_DEADLINE', kind: DeadlineKind.PROTEST_CONSIDERATION, metAt: new Date('2026-12-05T10:00:00Z') };
const linkedAct: Effect = { type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'TERM_MISSED', citation: { edition: KZ_155_VII_EDITION_ID, article: '33', paragraph: '3' } };

describe('ActEffects.load', () => {
  it("reads an act's clocks whole only when one of its effects touches a stored clock", async () => {
    const { effects, reads } = fakeTables();
    const loaded = await effects.load(tx, [
      { actId: 'met', effects: [meet] },
      { actId: 'missed', effects: [] },
      { actId: 'linked', effects: [linkedAct] },
    ]);
    expect(reads).toEqual({ whole: ['met'], light: ['missed', 'linked'] });
    expect(loaded.get('met')?.[0].ledger).toEqual({ recorded: true });
    expect(loaded.get('missed')?.[0].ledger).toBeUndefined();
  });
});

describe('ActEffects.plan', () => {
  it("refuses to read the ledger of a clock loaded without it: an effect READS_CLOCKS does not mark", async () => {
    const { effects } = fakeTables();
    const light = (await effects.load(tx, [{ actId: 'missed', effects: [] }])).get('missed')!;
    const act = Object.assign(new ActEntity(), { id: 'missed' });
    // A MEET over clocks read for an act whose effects were said not to touch them.
    expect(() => effects.plan(act, light, [meet], KZ_PRODUCTION_CALENDAR, new Date('2026-12-05T10:00:00Z'))).toThrow('loaded without its ledger');
  });
});

describe('ActEffects.store', () => {
  it('refuses to write back a clock read without its ledger, and writes nothing', async () => {
    const { effects, writes } = fakeTables();
    const loaded = await effects.load(tx, [{ actId: 'missed', effects: [] }]);
    const clock = loaded.get('missed')![0];
    clock.status = DeadlineStatus.CANCELLED;
    await expect(effects.store(tx, [{ linkedActs: [], inserted: [], updated: [clock] }])).rejects.toThrow('loaded without its ledger');
    expect(writes).toEqual([]);
  });

  it('writes a clock read whole', async () => {
    const { effects, writes } = fakeTables();
    const clock = (await effects.load(tx, [{ actId: 'met', effects: [meet] }])).get('met')![0];
    await effects.store(tx, [{ linkedActs: [], inserted: [], updated: [clock] }]);
    expect(writes).toEqual(['update met-clock', 'announce met-clock']);
  });
});
