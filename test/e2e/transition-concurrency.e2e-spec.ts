import { FixedClock } from '@app/config';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { waitFor } from '../support/wait-for';

/**
 * An act's transition locks the act, then its deadlines. The deadline engine's batch takes them in
 * the same order (the engine suite shows it), but any session that takes them the other way round —
 * here one by hand, as the engine did before — makes a cycle PostgreSQL breaks by failing one of the
 * two: a prosecutor's event must then be tried again, never answered with a 500.
 */
describe('a transition that loses a deadlock to the deadline engine', () => {
  const clock = new FixedClock(new Date('2026-03-10T04:00:00Z'));
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
  });
  afterAll(() => api?.stop());

  it('is tried again and answers 200, its effect written once', async () => {
    const headers = await api.as('bostandyk.prosecutor');
    const caseId = await api.openCase('bostandyk.prosecutor', 'DEADLOCK-0001');
    const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    const actId = filed.body.id as string;
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    clock.set(new Date('2026-03-11T04:00:00Z'));
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-10T09:00:00Z' } }).expect(200);

    // The other side, by hand: it holds the act's deadline. Only the API's session may
    // detect the deadlock (this one waits far longer first), so the API's transaction is the one failed.
    const engine = api.dataSource.createQueryRunner();
    await engine.connect();
    try {
      await engine.startTransaction();
      await engine.query(`SET LOCAL deadlock_timeout = '60s'`);
      await engine.query('SELECT id FROM deadlines WHERE act_id = $1 FOR UPDATE', [actId]);

      // The prosecutor's event: it takes the act, then waits for the deadline the engine holds.
      const answer = api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'OUTCOME_SATISFIED', payload: { decidedAt: '2026-03-11T03:00:00Z' } }).then((response) => response);
      await waitFor('the transition to wait for the deadline lock', async () => {
        const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%deadlines%'`);
        return row.n > 0 ? true : undefined;
      });
      // It now asks for the act: a cycle. The API's session breaks it by failing its own
      // transaction, which frees the act for the other side; that lets go and the event is tried again.
      await engine.query('SELECT id FROM acts WHERE id = $1 FOR UPDATE', [actId]);
      await engine.rollbackTransaction();

      const response = await answer;
      expect({ status: response.status, state: response.body.state }).toEqual({ status: 200, state: 'SATISFIED' });
      const history = await api.dataSource.query(`SELECT count(*)::int AS n FROM act_transitions WHERE act_id = $1 AND event = 'OUTCOME_SATISFIED'`, [actId]);
      expect(history).toEqual([{ n: 1 }]);
    } finally {
      if (engine.isTransactionActive) await engine.rollbackTransaction();
      await engine.release();
    }
  });
});

describe('two transitions of one act at once', () => {
  const clock = new FixedClock(new Date('2026-03-10T04:00:00Z'));
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
  });
  afterAll(() => api?.stop());

  it('both read the act, one commits, the other finds the act moved once it gets the lock: 409 VERSION_CONFLICT, one history row', async () => {
    const headers = await api.as('bostandyk.prosecutor');
    const caseId = await api.openCase('bostandyk.prosecutor', 'RACE-0001');
    const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    const actId = filed.body.id as string;
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    clock.set(new Date('2026-03-11T04:00:00Z'));

    // A third session holds the act, so both requests read it unlocked at the same version and queue for its lock.
    const holder = api.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query('SELECT id FROM acts WHERE id = $1 FOR UPDATE', [actId]);
      const delivered = () => api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-10T09:00:00Z' } }).then((response) => response);
      const answers = [delivered(), delivered()];
      await waitFor('both transitions to wait for the act', async () => {
        const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        return row.n >= 2 ? true : undefined;
      });
      await holder.rollbackTransaction();
      const responses = await Promise.all(answers);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      expect(responses.find((response) => response.status === 409)!.body).toMatchObject({ code: 'VERSION_CONFLICT' });
      const history = await api.dataSource.query(`SELECT count(*)::int AS n FROM act_transitions WHERE act_id = $1 AND event = 'DELIVERY_CONFIRMED'`, [actId]);
      expect(history).toEqual([{ n: 1 }]);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});
