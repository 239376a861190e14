import { FixedClock } from '@app/config';
import { ActState, ActType, DeadlineKind, DeadlineStatus } from '@app/domain';
import { ApiHarness } from '../support/api-harness';
import { insertAct, insertCase, insertDeadline } from '../support/factories';

const DAY = 86_400_000;
/** 04.12.2026, 15:00 in Almaty (UTC+5). */
const NOW = new Date('2026-12-04T10:00:00Z');
/** 24:00 Almaty at the end of the local day `daysAgo` before today (0: tonight). */
const endOfDay = (daysAgo: number) => new Date(Date.UTC(2026, 11, 4, 19) - daysAgo * DAY);

/**
 * GET /api/v1/supervision/dashboard: open and overdue acts by office × type, the overdue count at
 * the end of each day (today: now), and the most overdue items — for the head's subtree only.
 */
describe('the supervisor dashboard', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock: new FixedClock(NOW) });
    const bostandyk = await insertCase(api.dataSource, { officeCode: 'ALA-BOS' });
    const medeu = await insertCase(api.dataSource, { officeCode: 'ALA-MED', responsibleLogin: 'medeu.prosecutor' });
    const karaganda = await insertCase(api.dataSource, { officeCode: 'KAR-TEM', responsibleLogin: 'temirtau.prosecutor' });
    const act = async (kase: typeof bostandyk, type: ActType, state: ActState, nextDueAt: Date | null, login = 'bostandyk.prosecutor') =>
      insertAct(api.dataSource, kase, { type, state, nextDueAt, authorLogin: login });

    // Unmet since the end of the day 10 days ago: overdue on every later day.
    const unmet = await act(bostandyk, ActType.PROTEST, ActState.DELIVERED, endOfDay(10));
    await insertDeadline(api.dataSource, unmet, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(10), status: DeadlineStatus.MISSED });
    // Ran out 20 days ago, answered 5 days ago at noon: overdue from day -19 to day -6.
    const late = await act(medeu, ActType.SUBMISSION, ActState.SATISFIED, null, 'medeu.prosecutor');
    await insertDeadline(api.dataSource, late, { kind: DeadlineKind.SUBMISSION_CONSIDERATION, dueAt: endOfDay(20), status: DeadlineStatus.MISSED, metAt: new Date(endOfDay(5).getTime() - 12 * 3600_000) });
    // Answered in time: never overdue.
    const inTime = await act(bostandyk, ActType.PROTEST, ActState.SATISFIED, null);
    await insertDeadline(api.dataSource, inTime, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(3), status: DeadlineStatus.MET, metAt: endOfDay(4) });
    // Due tonight: not overdue yet, today's point is "now".
    const tonight = await act(bostandyk, ActType.PROTEST, ActState.DELIVERED, endOfDay(0));
    await insertDeadline(api.dataSource, tonight, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(0) });
    // Another region: never in Almaty's figures.
    const elsewhere = await act(karaganda, ActType.PROTEST, ActState.DELIVERED, endOfDay(30), 'temirtau.prosecutor');
    await insertDeadline(api.dataSource, elsewhere, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(30), status: DeadlineStatus.MISSED });
  });
  afterAll(() => api?.stop());

  const dashboard = async (login: string, query: Record<string, string> = {}) =>
    (await api.http.get('/api/v1/supervision/dashboard').query(query).set(await api.as(login)).expect(200)).body as {
      asOf: string;
      cells: Array<{ office: { code: string; name: { kk: string } }; type: string; open: number; overdue: number }>;
      overdueSeries: Array<{ day: string; at: string; overdue: number }>;
      mostOverdue: Array<{ office: { code: string }; daysOverdue: number }>;
    };

  it('counts the overdue deadlines at the end of each day, and now for today', async () => {
    const { overdueSeries } = await dashboard('almaty.head');
    expect(overdueSeries).toHaveLength(90);
    expect(overdueSeries.at(-1)).toEqual({ day: '2026-12-04', at: NOW.toISOString(), overdue: 1 });
    expect(overdueSeries.at(-2)).toMatchObject({ day: '2026-12-03', at: endOfDay(1).toISOString() });
    const daysAgo = (n: number) => overdueSeries[overdueSeries.length - 1 - n].overdue;
    // day -20: nothing ran out yet (due at its 24:00); -19 … -10: the late one; -9 … -5: both; -4 … -1: the unmet one.
    expect([daysAgo(21), daysAgo(20), daysAgo(19), daysAgo(11), daysAgo(10), daysAgo(9), daysAgo(6), daysAgo(5), daysAgo(4), daysAgo(1)]).toEqual([0, 0, 1, 1, 1, 2, 2, 1, 1, 1]);
  });

  it('counts open acts (not yet in a terminal state) and overdue ones by office and act type, with office names', async () => {
    const { cells } = await dashboard('almaty.head');
    const byKey = Object.fromEntries(cells.map((cell) => [`${cell.office.code} ${cell.type}`, [cell.open, cell.overdue]]));
    expect(byKey).toEqual({ 'ALA-BOS PROTEST': [2, 1] });
    expect(cells[0].office.name.kk).toBe('Бостандық ауданының прокуратурасы');
  });

  it('lists the most overdue first, within the subtree only', async () => {
    const { mostOverdue } = await dashboard('almaty.head');
    expect(mostOverdue.map((item) => [item.office.code, item.daysOverdue])).toEqual([['ALA-BOS', 9]]);
    const karaganda = await dashboard('karaganda.head');
    expect(karaganda.mostOverdue.map((item) => item.office.code)).toEqual(['KAR-TEM']);
    expect(karaganda.overdueSeries.at(-1)?.overdue).toBe(1);
  });

  it('narrows to one office of the subtree, and answers only what lies within reach', async () => {
    const medeu = await dashboard('almaty.head', { officeId: await api.officeId('ALA-MED'), days: '30' });
    expect(medeu.overdueSeries).toHaveLength(30);
    expect(medeu.overdueSeries.at(-1)?.overdue).toBe(0);
    expect(medeu.overdueSeries[medeu.overdueSeries.length - 1 - 9].overdue).toBe(1);
    const outside = await dashboard('almaty.head', { officeId: await api.officeId('KAR') });
    expect([outside.cells, outside.mostOverdue, outside.overdueSeries.every((point) => point.overdue === 0)]).toEqual([[], [], true]);
  });

  it('is for supervisors', async () => {
    await api.http.get('/api/v1/supervision/dashboard').set(await api.as('bostandyk.prosecutor')).expect(403);
  });
});

/**
 * One meaning of "overdue" everywhere: once the deadline engine has marked a deadline MISSED, the
 * act's next_due_at moves on (here: to nothing), yet the act stays overdue — in the counts, on the
 * dashboard and in the acts list — for as long as the overdue list shows its deadline.
 */
describe('an act whose missed deadline is still unmet', () => {
  let api: ApiHarness;
  let missedId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock: new FixedClock(NOW) });
    const bostandyk = await insertCase(api.dataSource, { officeCode: 'ALA-BOS' });
    const missed = await insertAct(api.dataSource, bostandyk, { type: ActType.PROTEST, state: ActState.OVERDUE, nextDueAt: null });
    await insertDeadline(api.dataSource, missed, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(2), status: DeadlineStatus.MISSED });
    missedId = missed.id;
    const answered = await insertAct(api.dataSource, bostandyk, { type: ActType.PROTEST, state: ActState.SATISFIED, nextDueAt: null });
    await insertDeadline(api.dataSource, answered, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: endOfDay(3), status: DeadlineStatus.MISSED, metAt: endOfDay(1) });
  });
  afterAll(() => api?.stop());

  it('is overdue in the overdue list, the counts, the dashboard and GET /acts?overdue=true — and nowhere else', async () => {
    const head = await api.as('almaty.head');
    const list = await api.http.get('/api/v1/supervision/overdue').set(head).expect(200);
    expect(list.body.items.map((item: { act: { id: string } }) => item.act.id)).toEqual([missedId]);
    const counts = await api.http.get('/api/v1/supervision/counts').set(head).expect(200);
    expect(counts.body.items.filter((row: { overdue: number }) => row.overdue > 0)).toEqual([expect.objectContaining({ officeCode: 'ALA-BOS', type: 'PROTEST', state: 'OVERDUE', acts: 1, overdue: 1 })]);
    const { body } = await api.http.get('/api/v1/supervision/dashboard').set(head).expect(200);
    expect(body.cells).toEqual([expect.objectContaining({ type: 'PROTEST', open: 1, overdue: 1 })]);
    const overdueActs = await api.http.get('/api/v1/acts?overdue=true').set(head).expect(200);
    expect(overdueActs.body.items.map((act: { id: string }) => act.id)).toEqual([missedId]);
    const others = await api.http.get('/api/v1/acts?overdue=false').set(head).expect(200);
    expect(others.body.items.map((act: { id: string }) => act.id)).not.toContain(missedId);
    expect(others.body.items).toHaveLength(1);
  });
});
