import { FixedClock } from '@app/config';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

const RECEIVED = '2026-03-12T05:00:00Z'; // protest due at the end of 26.03.2026 (Nauryz roll-over)

describe('supervision: overdue list and counts for a subtree', () => {
  let api: ApiHarness;
  const clock = new FixedClock(new Date('2026-03-20T06:00:00Z'));
  const ISSUED = new Date('2026-03-11T06:00:00Z');
  const acts: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
    for (const [login, office] of [['bostandyk.prosecutor', 'BOS'], ['medeu.prosecutor', 'MED'], ['temirtau.prosecutor', 'TEM']]) {
      const caseId = await api.openCase(login, `2026-${office}-0001`);
      const headers = await api.as(login);
      const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: `Protest ${office}`, addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT });
      acts[office] = filed.body.id;
      clock.set(ISSUED); // issued before it was received
      await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(headers).send({ event: 'ISSUE', payload: {} }).expect(200);
      clock.set(new Date('2026-03-20T06:00:00Z'));
      await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: RECEIVED } }).expect(200);
    }
    // Medeu's protest is satisfied in time: not overdue.
    await api.http
      .post(`/api/v1/acts/${acts.MED}/events`)
      .set(await api.as('medeu.prosecutor'))
      .send({ event: 'OUTCOME_SATISFIED', payload: { decidedAt: '2026-03-19T05:00:00Z' } })
      .expect(200);
    clock.set(new Date('2026-03-30T06:00:00Z')); // three days after 26.03 24:00
  });
  afterAll(() => api?.stop());

  it('the Almaty head sees Bostandyk’s overdue protest, not Medeu’s met one nor Karaganda’s', async () => {
    const response = await api.http.get('/api/v1/supervision/overdue').set(await api.as('almaty.head')).expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        kind: 'PROTEST_CONSIDERATION',
        dueAt: '2026-03-26T19:00:00.000Z',
        daysOverdue: 3,
        article: 'art. 19.3',
        act: expect.objectContaining({ id: acts.BOS, type: 'PROTEST' }),
        office: expect.objectContaining({ code: 'ALA-BOS' }),
      }),
    ]);
  });

  it('the General Prosecutor’s Office sees every region; filters narrow it', async () => {
    const headers = await api.as('gpo.head');
    const all = await api.http.get('/api/v1/supervision/overdue').set(headers).expect(200);
    expect(all.body.items.map((i: { act: { id: string } }) => i.act.id).sort()).toEqual([acts.BOS, acts.TEM].sort());
    const karaganda = await api.officeId('KAR');
    const narrowed = await api.http.get('/api/v1/supervision/overdue').query({ officeId: karaganda }).set(headers).expect(200);
    expect(narrowed.body.items.map((i: { act: { id: string } }) => i.act.id)).toEqual([acts.TEM]);
    const tooFresh = await api.http.get('/api/v1/supervision/overdue').query({ minDaysOverdue: 4 }).set(headers).expect(200);
    expect(tooFresh.body.items).toEqual([]);
  });

  it('pages with a keyset cursor, each item once', async () => {
    const headers = await api.as('gpo.head');
    const first = await api.http.get('/api/v1/supervision/overdue').query({ limit: 1 }).set(headers).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api.http.get('/api/v1/supervision/overdue').query({ limit: 1, cursor: first.body.nextCursor }).set(headers).expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].deadlineId).not.toBe(first.body.items[0].deadlineId);
    expect(second.body.nextCursor).toBeNull();
  });

  it('prosecutors and administrators are refused (403)', async () => {
    for (const login of ['bostandyk.prosecutor', 'admin']) {
      const response = await api.http.get('/api/v1/supervision/overdue').set(await api.as(login)).expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
  });

  it('counts acts by office × type × state with the overdue ones', async () => {
    const response = await api.http.get('/api/v1/supervision/counts').set(await api.as('almaty.head')).expect(200);
    expect(response.body.items).toEqual([
      { officeId: expect.any(String), officeCode: 'ALA-BOS', type: 'PROTEST', state: 'DELIVERED', acts: 1, overdue: 1 },
      { officeId: expect.any(String), officeCode: 'ALA-MED', type: 'PROTEST', state: 'SATISFIED', acts: 1, overdue: 0 },
    ]);
  });
});
