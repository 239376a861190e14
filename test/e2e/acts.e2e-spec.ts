import { FixedClock } from '@app/config';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/** 20.03.2026, 11:00 in Almaty: the protest below was received on 12.03, before Nauryz. */
const NOW = new Date('2026-03-20T06:00:00Z');
/** Acts here are issued on 11.03.2026, before the receipts the tests report (12.03): no event may precede the issue. */
const ISSUED = new Date('2026-03-11T06:00:00Z');

describe('acts: filing, events, deadlines (real PostgreSQL)', () => {
  let api: ApiHarness;
  const clock = new FixedClock(NOW);
  let caseId: string;
  let counter = 0;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
    caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-0001');
  });
  afterAll(() => api?.stop());
  beforeEach(() => clock.set(NOW));

  const protest = (overrides: Record<string, unknown> = {}) => ({
    caseId,
    title: `Protest against akimat resolution No. ${(counter += 1)}`,
    addresseeName: 'Akimat of Bostandyk district',
    target: 'NON_NORMATIVE_LEGAL_ACT',
    text: ACT_TEXT,
    ...overrides,
  });
  const file = async (login: string, segment: string, body: object) => api.http.post(`/api/v1/acts/${segment}`).set(await api.as(login)).send(body);
  const fire = async (login: string, actId: string, event: string, payload: object = {}, headers: Record<string, string> = {}) => {
    const now = clock.now();
    if (event === 'ISSUE') clock.set(ISSUED);
    try {
      return await api.http.post(`/api/v1/acts/${actId}/events`).set(await api.as(login)).set(headers).send({ event, payload });
    } finally {
      clock.set(now);
    }
  };
  const countRows = async (table: string) => Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('a protest received 12.03.2026 is due at the end of 26.03.2026: the 10th day falls in Nauryz (art. 19.3)', async () => {
    const filed = await file('bostandyk.prosecutor', 'protests', protest());
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ type: 'PROTEST', state: 'DRAFT', version: 1, editionId: 'KZ-2709@2016-12-28', allowedEvents: expect.arrayContaining(['ISSUE']) });
    const id = filed.body.id as string;

    await fire('bostandyk.prosecutor', id, 'ISSUE').then((r) => expect(r.status).toBe(200));
    const delivered = await fire('bostandyk.prosecutor', id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' });
    expect(delivered.status).toBe(200);
    expect(delivered.body.state).toBe('DELIVERED');
    expect(delivered.body.version).toBe(3);
    const [deadline] = delivered.body.deadlines;
    expect(deadline).toMatchObject({ kind: 'PROTEST_CONSIDERATION', status: 'OPEN', article: 'art. 19.3', dueAt: '2026-03-26T19:00:00.000Z', runsAgainst: 'ADDRESSEE' });
    expect(deadline.explanation.en).toContain('22.03.2026, a non-working day (Nauryz)');
    expect(deadline.explanation.ru).toContain('Наурыз');
    expect(delivered.body.nextDueAt).toBe('2026-03-26T19:00:00.000Z');
    expect(delivered.body.history.map((h: { event: string }) => h.event)).toEqual(['FILED', 'ISSUE', 'DELIVERY_CONFIRMED']);

    const rows = await api.dataSource.query(`SELECT state, version, next_due_at FROM acts WHERE id = $1`, [id]);
    expect(rows[0]).toMatchObject({ state: 'DELIVERED', version: 3 });
    const audit = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['act.filed', 'act.transitioned', 'act.transitioned']);
  });

  it.each([
    ['an order against a normative legal act', 'orders', { target: 'OTHER_NORMATIVE_LEGAL_ACT', violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true, violatedNorms: ['x'], proposedMeasures: ['y'], termDays: 10 }, 'ORDER_AGAINST_NORMATIVE_ACT', 'art. 24.1', undefined],
    ['a protest term below 10 days', 'protests', { target: 'NON_NORMATIVE_LEGAL_ACT', termDays: 9 }, 'TERM_BELOW_STATUTORY_MINIMUM', 'art. 19.3', 'termDays'],
    ['a submission term over 30 days', 'submissions', { termDays: 31 }, 'TERM_ABOVE_STATUTORY_MAXIMUM', 'art. 25.2', 'termDays'],
    ['an anonymous application', 'warnings', { basedOnApplication: true, applicantIdentified: false }, 'ANONYMOUS_APPLICATION', 'art. 7.4', 'applicantIdentified'],
  ])('refuses %s at filing with 422, the code, the article and the field — and stores nothing', async (_name, segment, fields, code, article, field) => {
    const [acts, audit] = [await countRows('acts'), await countRows('audit_log')];
    const response = await file('bostandyk.prosecutor', segment, { caseId, title: 'Refused act', addresseeName: 'LLP Example', ...fields });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code, article });
    if (field) expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect([await countRows('acts'), await countRows('audit_log')]).toEqual([acts, audit]);
  });

  it('refuses an unknown body field and a field of another resolution kind with 422 naming the field', async () => {
    const unknown = await file('bostandyk.prosecutor', 'protests', protest({ colour: 'red' }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'colour', code: 'UNKNOWN_FIELD' })]);
    const stray = await file('bostandyk.prosecutor', 'resolutions', { caseId, title: 'Inspection', addresseeName: 'LLP', kind: 'INSPECTION', termDays: 5 });
    expect(stray.status).toBe(422);
    expect(stray.body.errors).toEqual([expect.objectContaining({ field: 'termDays', code: 'FIELD_NOT_APPLICABLE' })]);
  });

  it('an event the state does not allow answers 409 with the state, the event and the article, and changes nothing', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    const response = await fire('bostandyk.prosecutor', act.id, 'OUTCOME_REJECTED', { decidedAt: '2026-03-19T05:00:00Z' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'DRAFT', event: 'OUTCOME_REJECTED', article: 'art. 19' });
    const [row] = await api.dataSource.query('SELECT state, version FROM acts WHERE id = $1', [act.id]);
    expect(row).toEqual({ state: 'DRAFT', version: 1 });
  });

  it('a bad event payload answers 422 naming the field', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    await fire('bostandyk.prosecutor', act.id, 'ISSUE');
    const future = await fire('bostandyk.prosecutor', act.id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-04-01T00:00:00Z' });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'INVALID_PAYLOAD', errors: [expect.objectContaining({ field: 'receivedAt' })] });
  });

  it('reach: another district answers 404, the city head reads, another region answers 404', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    const get = async (login: string) => api.http.get(`/api/v1/acts/${act.id}`).set(await api.as(login));
    expect((await get('medeu.prosecutor')).status).toBe(404);
    expect((await get('karaganda.head')).status).toBe(404);
    const unknown = await api.http.get('/api/v1/acts/00000000-0000-4000-8000-000000000000').set(await api.as('medeu.prosecutor'));
    expect((await get('medeu.prosecutor')).body).toEqual(unknown.body.instance ? { ...unknown.body, instance: expect.any(String) } : unknown.body);
    const head = await get('almaty.head');
    expect(head.status).toBe(200);
    expect(head.body.allowedEvents).toEqual([]); // a higher supervisor fires nothing on a draft
  });

  it('the higher prosecutor cancels; the same event from the district head is refused with 403 and art. 8.3', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    await fire('bostandyk.prosecutor', act.id, 'ISSUE');
    const own = await fire('bostandyk.head', act.id, 'CANCELLED_BY_HIGHER_PROSECUTOR', { summary: 'Unfounded' });
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({ code: 'NOT_HIGHER_PROSECUTOR', article: 'art. 8.3', state: 'ISSUED' });
    const higher = await fire('almaty.head', act.id, 'CANCELLED_BY_HIGHER_PROSECUTOR', { summary: 'Unfounded' });
    expect(higher.status).toBe(200);
    expect(higher.body.state).toBe('CANCELLED');
  });

  it('two racing transitions: exactly one applies, the other answers 409; a stale If-Match answers 412', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    const headers = await api.as('bostandyk.prosecutor');
    clock.set(ISSUED);
    const results = await Promise.all(
      [1, 2].map(() => api.http.post(`/api/v1/acts/${act.id}/events`).set(headers).send({ event: 'ISSUE', payload: {} })),
    );
    clock.set(NOW);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [row] = await api.dataSource.query('SELECT state, version FROM acts WHERE id = $1', [act.id]);
    expect(row).toEqual({ state: 'ISSUED', version: 2 });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM act_transitions WHERE act_id = $1', [act.id])).toEqual([{ n: 2 }]);

    const stale = await fire('bostandyk.prosecutor', act.id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    const fresh = await fire('bostandyk.prosecutor', act.id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' }, { 'If-Match': '"2"' });
    expect(fresh.status).toBe(200);
  });

  it('a rejected protest goes to court: a linked court application is opened (art. 23.2)', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    await fire('bostandyk.prosecutor', act.id, 'ISSUE');
    await fire('bostandyk.prosecutor', act.id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' });
    const rejected = await fire('bostandyk.prosecutor', act.id, 'OUTCOME_REJECTED', { decidedAt: '2026-03-18T05:00:00Z' });
    expect(rejected.body.state).toBe('REJECTED');
    expect(rejected.body.deadlines[0]).toMatchObject({ status: 'MET', metAt: '2026-03-18T05:00:00.000Z' });
    const referred = await fire('bostandyk.prosecutor', act.id, 'REFER_TO_COURT');
    expect(referred.status).toBe(200);
    expect(referred.body.state).toBe('REFERRED_TO_COURT');
    const linked = await api.dataSource.query('SELECT type, state, link_reason FROM acts WHERE linked_act_id = $1', [act.id]);
    expect(linked).toEqual([{ type: 'COURT_APPLICATION', state: 'DRAFT', link_reason: 'ACT_REJECTED' }]);
  });

  it('suspension pending a complaint pauses the clock; resuming extends the due date by exactly the pause', async () => {
    const { body: act } = await file('bostandyk.prosecutor', 'protests', protest());
    await fire('bostandyk.prosecutor', act.id, 'ISSUE');
    const delivered = await fire('bostandyk.prosecutor', act.id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' });
    const due = Date.parse(delivered.body.deadlines[0].dueAt);
    await fire('bostandyk.prosecutor', act.id, 'COMPLAINT_FILED', { filedAt: '2026-03-19T05:00:00Z', forum: 'HIGHER_PROSECUTOR' });
    const suspended = await fire('almaty.head', act.id, 'SUSPENDED_BY_HIGHER_PROSECUTOR');
    expect(suspended.body).toMatchObject({ state: 'SUSPENDED', complaintPending: true, nextDueAt: null });
    expect(suspended.body.deadlines[0].status).toBe('PAUSED');
    clock.advance(2 * 86_400_000);
    const resumed = await fire('almaty.head', act.id, 'COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR');
    expect(resumed.body).toMatchObject({ state: 'DELIVERED', complaintPending: false });
    expect(resumed.body.deadlines[0].status).toBe('OPEN');
    expect(Date.parse(resumed.body.deadlines[0].dueAt) - due).toBe(2 * 86_400_000);
  });

  it('lists acts in reach with filters and keyset pagination, every act exactly once', async () => {
    const headers = await api.as('bostandyk.prosecutor');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { type: 'PROTEST', limit: '3', ...(cursor ? { cursor } : {}) };
      const page = await api.http.get('/api/v1/acts').query(query).set(headers).expect(200);
      seen.push(...page.body.items.map((a: { id: string }) => a.id));
      expect(page.body.items.every((a: { type: string }) => a.type === 'PROTEST')).toBe(true);
      cursor = page.body.nextCursor;
    } while (cursor);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM acts WHERE type = 'PROTEST'`);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    const other = await api.http.get('/api/v1/acts').set(await api.as('medeu.prosecutor')).expect(200);
    expect(other.body.items).toEqual([]);
    const bad = await api.http.get('/api/v1/acts').query({ cursor: 'garbage' }).set(headers).expect(422);
    expect(bad.body.errors[0].field).toBe('cursor');
  });

  it('lists cases in reach newest first, in keyset pages, every case exactly once; the office filter keeps to a subtree', async () => {
    for (const n of [1, 2, 3, 4, 5]) await api.openCase('bostandyk.prosecutor', `2026-ALA-BOS-LIST-${n}`);
    const city = await api.as('almaty.head');
    const seen: Array<{ id: string; createdAt: string }> = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { limit: '2', ...(cursor ? { cursor } : {}) };
      const page = await api.http.get('/api/v1/cases').query(query).set(city).expect(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const rows = await api.dataSource.query(`SELECT c.id FROM cases c JOIN offices o ON o.id = c.office_id WHERE o.code LIKE 'ALA%' ORDER BY c.created_at DESC, c.id DESC`);
    expect(seen.map((c) => c.id)).toEqual(rows.map((r: { id: string }) => r.id));

    const [bostandyk] = await api.dataSource.query(`SELECT id FROM offices WHERE code = 'ALA-BOS'`);
    const district = await api.http.get('/api/v1/cases').query({ officeId: bostandyk.id, limit: '200' }).set(city).expect(200);
    const inDistrict = await api.dataSource.query(`SELECT id FROM cases WHERE office_id = $1`, [bostandyk.id]);
    expect(district.body.items.map((c: { id: string }) => c.id).sort()).toEqual(inDistrict.map((r: { id: string }) => r.id).sort());
    expect((await api.http.get('/api/v1/cases').set(await api.as('medeu.prosecutor')).expect(200)).body.items).toEqual([]);
  });

  it('keyset pages skip nothing when rows were created within one millisecond (the cursor holds milliseconds)', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(await api.openCase('bostandyk.prosecutor', `2026-ALA-BOS-SAME-MS-${n}`));
    // Three instants inside 12:00:00.123 — PostgreSQL's clock has microseconds, a JSON instant has not.
    const instants = ['2030-01-01T12:00:00.123900Z', '2030-01-01T12:00:00.123500Z', '2030-01-01T12:00:00.123100Z'];
    for (const [i, id] of ids.entries()) await api.dataSource.query(`UPDATE cases SET created_at = $2::timestamptz WHERE id = $1`, [id, instants[i]]);
    const headers = await api.as('bostandyk.prosecutor');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { limit: '1', ...(cursor ? { cursor } : {}) };
      const page = await api.http.get('/api/v1/cases').query(query).set(headers).expect(200);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length < 3);
    expect(seen.slice(0, 3).sort()).toEqual([...ids].sort());
  });

  it('overdue filter: acts whose earliest open deadline has passed', async () => {
    clock.set(new Date('2026-03-28T06:00:00Z')); // after 26.03 24:00
    const overdue = await api.http.get('/api/v1/acts').query({ overdue: 'true' }).set(await api.as('almaty.head')).expect(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    for (const act of overdue.body.items) expect(Date.parse(act.nextDueAt)).toBeLessThan(Date.parse('2026-03-28T06:00:00Z'));
  });

  it('a case closes when its last act ends and reopens when an act is filed into it, each change audited once', async () => {
    const ownCase = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-CLOSE');
    const status = async () => (await api.dataSource.query(`SELECT status, version FROM cases WHERE id = $1`, [ownCase]))[0];
    const changes = async () =>
      (await api.dataSource.query(`SELECT after->>'status' AS status FROM audit_log WHERE action = 'case.status_changed' AND entity_id = $1 ORDER BY id`, [ownCase])).map(
        (row: { status: string }) => row.status,
      );
    const first = await file('bostandyk.prosecutor', 'protests', protest({ caseId: ownCase }));
    const second = await file('bostandyk.prosecutor', 'protests', protest({ caseId: ownCase }));
    for (const act of [first, second]) await fire('bostandyk.prosecutor', act.body.id, 'ISSUE').then((r) => expect(r.status).toBe(200));
    const opened = await status();
    expect(opened.status).toBe('OPEN');

    await fire('bostandyk.prosecutor', first.body.id, 'WITHDRAW', { summary: 'the violation was remedied' }).then((r) => expect(r.status).toBe(200));
    expect(await status()).toEqual(opened); // one act still runs: the case stays open, unchanged
    await fire('bostandyk.prosecutor', second.body.id, 'WITHDRAW', { summary: 'the violation was remedied' }).then((r) => expect(r.status).toBe(200));
    expect(await status()).toEqual({ status: 'CLOSED', version: opened.version + 1 });

    await file('bostandyk.prosecutor', 'protests', protest({ caseId: ownCase })).then((r) => expect(r.status).toBe(201));
    expect(await status()).toEqual({ status: 'OPEN', version: opened.version + 2 });
    expect(await changes()).toEqual(['CLOSED', 'OPEN']);
  });
});

describe('acts: the ETag is the version, and If-Match takes it back', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock: new FixedClock(NOW) });
  });
  afterAll(() => api?.stop());

  it('GET answers ETag "<version>"; If-Match with that ETag applies; 304 for a matching If-None-Match', async () => {
    const caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-ETAG');
    const headers = await api.as('bostandyk.prosecutor');
    const filed = await api.http.post('/api/v1/acts/warnings').set(headers).send({ caseId, title: 'Warning', addresseeName: 'LLP', text: ACT_TEXT }).expect(201);
    const read = await api.http.get(`/api/v1/acts/${filed.body.id}`).set(headers).expect(200);
    expect(read.headers.etag).toBe('"1"');
    await api.http.get(`/api/v1/acts/${filed.body.id}`).set(headers).set('If-None-Match', '"1"').expect(304);
    const issued = await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(headers).set('If-Match', read.headers.etag).send({ event: 'ISSUE' }).expect(200);
    expect(issued.headers.etag).toBe('"2"');
    await api.http.get(`/api/v1/acts/${filed.body.id}`).set(headers).set('If-None-Match', '"1"').expect(200);
  });
});
