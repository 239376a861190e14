import { FixedClock } from '@app/config';
import { checkDeadlineConsistency } from '../../tools/fault-check/deadline-consistency';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/**
 * A calendar change applied to deadlines the acts module wrote itself (docs/adr/0011): previewed,
 * then applied — the open deadline it moves is recounted in the edit's transaction (old due kept
 * in the ledger, explanation naming the change, jobs re-planned through the outbox, the act's
 * version raised, the prosecutor told), and a deadline already missed stays missed.
 */
describe('calendar changes that move deadlines filed through the acts API', () => {
  let api: ApiHarness;
  let actId: string;
  let lateActId: string;

  const fire = async (id: string, event: string, payload: object = {}) =>
    api.http.post(`/api/v1/acts/${id}/events`).set(await api.as('bostandyk.prosecutor')).send({ event, payload }).expect(200);

  beforeAll(async () => {
    const clock = new FixedClock(new Date('2026-03-01T06:00:00Z')); // opened 01.03; issued 01.03 and 11.03, received 02.03 and 12.03, entered 20.03
    api = await ApiHarness.start({ clock });
    const caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-0042');
    const headers = await api.as('bostandyk.prosecutor');
    const protest = (title: string) =>
      api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title, addresseeName: 'Akimat of Bostandyk district', target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT }).expect(201);
    // Each protest is issued before it is received (a receipt before the issue is refused).
    lateActId = (await protest('Protest against akimat resolution No. 43')).body.id as string;
    await fire(lateActId, 'ISSUE');
    clock.set(new Date('2026-03-11T06:00:00Z'));
    actId = (await protest('Protest against akimat resolution No. 42')).body.id as string;
    await fire(actId, 'ISSUE');
    clock.set(new Date('2026-03-20T06:00:00Z'));
    // Received 12.03.2026: the 10 days end on Thursday 26.03.2026 (art. 19.3).
    await fire(actId, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' });

    // Received 02.03.2026: due Thursday 12.03.2026 24:00; considered on Friday 13.03 — late: MISSED, met late.
    await fire(lateActId, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-02T05:00:00Z' });
    await fire(lateActId, 'CONSIDERATION_SCHEDULED', { notifiedAt: '2026-03-03T05:00:00Z', meetingAt: '2026-03-13T05:00:00Z' });
    await fire(lateActId, 'OUTCOME_SATISFIED', { decidedAt: '2026-03-13T06:00:00Z' });
  });
  afterAll(() => api?.stop());

  const entry = (date: string) => ({ id: `TEST-${date}`, kind: 'HOLIDAY', date, label: { kk: 'Сынақ күні', ru: 'Тестовый день', en: 'Test day' }, source: { kk: 'а', ru: 'б', en: 'Test decree' }, status: 'ADOPTED' });
  const deadlineOf = async (id: string) =>
    (await api.dataSource.query('SELECT id, status, due_at, met_at, missed_at, ledger, explanation, version FROM deadlines WHERE act_id = $1', [id]))[0];

  it('a supervisor of the office previews the move; a supervisor of another region sees nothing; nothing is written', async () => {
    const before = await deadlineOf(actId);
    const body = { create: entry('2026-03-26') };
    const almaty = await api.http.post('/api/v1/calendar/impact').set(await api.as('almaty.head')).send(body).expect(200);
    expect(almaty.body.conflicts).toEqual([]);
    expect(almaty.body.keptMissed).toEqual([]);
    expect(almaty.body.deadlines).toEqual([
      expect.objectContaining({ actId, kind: 'PROTEST_CONSIDERATION', status: 'OPEN', oldDueLocalDate: '2026-03-26', newDueLocalDate: '2026-03-27' }),
    ]);
    const karaganda = await api.http.post('/api/v1/calendar/impact').set(await api.as('karaganda.head')).send(body).expect(200);
    expect(karaganda.body.deadlines).toEqual([]);
    expect(await deadlineOf(actId)).toEqual(before);
  });

  it('applying the holiday recounts the deadline in the same transaction, keeping the old due in its ledger', async () => {
    const before = await deadlineOf(actId);
    const actBefore = await api.http.get(`/api/v1/acts/${actId}`).set(await api.as('bostandyk.prosecutor')).expect(200);
    const response = await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(entry('2026-03-26')).expect(201);
    expect(response.body.impact.deadlines).toEqual([
      expect.objectContaining({ actId, oldDueAt: '2026-03-26T19:00:00.000Z', newDueAt: '2026-03-27T19:00:00.000Z' }),
    ]);
    expect(response.body.recount).toEqual({ deadlines: 1, acts: 1, notices: expect.any(Number) });
    expect(response.body.recount.notices).toBeGreaterThanOrEqual(1);

    const after = await deadlineOf(actId);
    expect(after.status).toBe('OPEN');
    expect(after.due_at.toISOString()).toBe('2026-03-27T19:00:00.000Z');
    expect(after.version).toBe(before.version + 1);
    expect(after.ledger.revisions).toEqual([
      expect.objectContaining({ previousDueAt: '2026-03-26T19:00:00.000Z', dueAt: '2026-03-27T19:00:00.000Z', at: '2026-03-20T06:00:00.000Z' }),
    ]);
    expect(after.ledger.revisions[0].previousExplanation.en).toContain('26.03.2026');
    expect(after.explanation.en).toContain('recounted on 20.03.2026 because the production calendar changed: 26.03.2026 is now a non-working day (Test day)');
    expect(after.explanation.en).toContain('due before: 26.03.2026 24:00');
    expect(after.explanation.ru).toContain('пересчитан 20.03.2026');
    expect(after.explanation.kk).toContain('қайта есептелді');

    // Its reminder and due jobs are re-planned: the outbox announces the new version to the relay.
    const outbox = await api.dataSource.query("SELECT count(*)::int AS n FROM outbox WHERE topic = 'deadline.changed' AND payload->>'deadlineId' = $1", [after.id]);
    expect(outbox[0].n).toBeGreaterThanOrEqual(2);

    // The act moved on: a new version (ETag), the new next due instant, an audit row naming the recount.
    const actAfter = await api.http.get(`/api/v1/acts/${actId}`).set(await api.as('bostandyk.prosecutor')).expect(200);
    expect(actAfter.headers.etag).not.toBe(actBefore.headers.etag);
    expect(actAfter.body.deadlines[0]).toMatchObject({ dueAt: '2026-03-27T19:00:00.000Z' });
    const [audit] = await api.dataSource.query("SELECT after FROM audit_log WHERE action = 'deadline.recounted' AND entity_id = $1", [actId]);
    expect(audit.after.recounted).toEqual([{ kind: 'PROTEST_CONSIDERATION', from: '2026-03-26T19:00:00.000Z', to: '2026-03-27T19:00:00.000Z' }]);
  });

  it('tells the responsible prosecutor of the moved date, in Kazakh, Russian and English', async () => {
    const inbox = await api.http.get('/api/v1/me/notifications').set(await api.as('bostandyk.prosecutor')).expect(200);
    const moved = inbox.body.items.filter((item: { kind: string }) => item.kind === 'DUE_MOVED');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ actId, subject: { en: expect.stringContaining('Deadline moved: Protest'), ru: expect.stringContaining('Срок перенесён'), kk: expect.stringContaining('Мерзім ауыстырылды') } });
    expect(moved[0].body.en).toContain('was 26.03.2026 24:00, now 27.03.2026 24:00 (Asia/Almaty)');
    expect(moved[0].body.ru).toContain('было 26.03.2026 24:00, стало 27.03.2026 24:00');
  });

  it('keeps a deadline missed under the old calendar missed, and reports it (docs/adr/0011)', async () => {
    const before = await deadlineOf(lateActId);
    expect(before).toMatchObject({ status: 'MISSED' });
    expect(before.due_at.toISOString()).toBe('2026-03-12T19:00:00.000Z');
    // A holiday on 12.03.2026 would have moved the due to Friday 13.03 24:00 — after the late consideration.
    const preview = await api.http.post('/api/v1/calendar/impact').set(await api.as('admin')).send({ create: entry('2026-03-12') }).expect(200);
    expect(preview.body.deadlines).toEqual([]);
    expect(preview.body.keptMissed).toEqual([
      expect.objectContaining({ actId: lateActId, kind: 'PROTEST_CONSIDERATION', dueLocalDate: '2026-03-12', wouldBeDueLocalDate: '2026-03-13', wouldBeDueAt: '2026-03-13T19:00:00.000Z' }),
    ]);
    const applied = await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(entry('2026-03-12')).expect(201);
    expect(applied.body.impact.keptMissed).toHaveLength(1);
    expect(applied.body.recount).toEqual({ deadlines: 0, acts: 0, notices: 0 });
    expect(await deadlineOf(lateActId)).toEqual(before);
  });

  it('moves a deadline back when a holiday is removed again', async () => {
    const response = await api.http.delete('/api/v1/calendar/entries/TEST-2026-03-26').set(await api.as('admin')).expect(200);
    expect(response.body.impact.deadlines).toEqual([expect.objectContaining({ actId, oldDueLocalDate: '2026-03-27', newDueLocalDate: '2026-03-26' })]);
    const after = await deadlineOf(actId);
    expect(after.due_at.toISOString()).toBe('2026-03-26T19:00:00.000Z');
    expect(after.ledger.revisions.map((revision: { previousDueAt: string }) => revision.previousDueAt)).toEqual(['2026-03-26T19:00:00.000Z', '2026-03-27T19:00:00.000Z']);
  });

  it('leaves the offline consistency check nothing to flag about the acts: every version is accounted for', async () => {
    // No worker runs in this file, so the breach side of the check (notices, escalations) is not asked here.
    const report = await checkDeadlineConsistency(api.context.databaseUrl);
    expect(Object.keys(report.violations).filter((violation) => violation.startsWith('ACT_') || violation.startsWith('TRANSITION_'))).toEqual([]);
  });
});
