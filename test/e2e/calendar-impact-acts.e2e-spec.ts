import { FixedClock } from '@app/config';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/**
 * The calendar's impact report read against deadlines the acts module wrote itself: proves the
 * ledger the acts module stores is what the calendar's codec reads back.
 */
describe('calendar impact on deadlines filed through the acts API', () => {
  let api: ApiHarness;
  let actId: string;

  beforeAll(async () => {
    const clock = new FixedClock(new Date('2026-03-11T06:00:00Z')); // issued 11.03, received 12.03, entered 20.03
    api = await ApiHarness.start({ clock });
    const caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-0042');
    const headers = await api.as('bostandyk.prosecutor');
    const filed = await api.http
      .post('/api/v1/acts/protests')
      .set(headers)
      .send({ caseId, title: 'Protest against akimat resolution No. 42', addresseeName: 'Akimat of Bostandyk district', target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT })
      .expect(201);
    actId = filed.body.id as string;
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'ISSUE', payload: {} }).expect(200);
    clock.set(new Date('2026-03-20T06:00:00Z'));
    // Received 12.03.2026: the 10 days end on Thursday 26.03.2026 (art. 19.3).
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-12T05:00:00Z' } }).expect(200);
  });
  afterAll(() => api?.stop());

  const holidayOnDueDay = { id: 'TEST-2026-03-26', kind: 'HOLIDAY', date: '2026-03-26', label: { kk: 'а', ru: 'б', en: 'c' }, source: { kk: 'а', ru: 'б', en: 'c' }, status: 'ADOPTED' };

  it('a supervisor of the office previews the move; a supervisor of another region sees nothing', async () => {
    const body = { create: holidayOnDueDay };
    const almaty = await api.http.post('/api/v1/calendar/impact').set(await api.as('almaty.head')).send(body).expect(200);
    expect(almaty.body.conflicts).toEqual([]);
    expect(almaty.body.deadlines).toEqual([
      expect.objectContaining({ actId, kind: 'PROTEST_CONSIDERATION', status: 'OPEN', oldDueLocalDate: '2026-03-26', newDueLocalDate: '2026-03-27' }),
    ]);
    const karaganda = await api.http.post('/api/v1/calendar/impact').set(await api.as('karaganda.head')).send(body).expect(200);
    expect(karaganda.body.deadlines).toEqual([]);
  });

  it('adding the holiday reports the deadline and leaves its row untouched', async () => {
    const before = await api.dataSource.query('SELECT due_at, ledger, version FROM deadlines WHERE act_id = $1', [actId]);
    const response = await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(holidayOnDueDay).expect(201);
    expect(response.body.impact.deadlines).toEqual([
      expect.objectContaining({ actId, oldDueAt: '2026-03-26T19:00:00.000Z', newDueAt: '2026-03-27T19:00:00.000Z' }),
    ]);
    expect(await api.dataSource.query('SELECT due_at, ledger, version FROM deadlines WHERE act_id = $1', [actId])).toEqual(before);
  });
});
