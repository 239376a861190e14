import { checkDeadlineConsistency } from '../../tools/fault-check/deadline-consistency';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/** PATCH /api/v1/acts/{id}: a draft is corrected before it is issued — against the version read, and held to the statute again. */
describe('correcting a draft', () => {
  let api: ApiHarness;
  let caseId: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    caseId = await api.openCase('bostandyk.prosecutor', 'DRAFT-0001');
  });
  afterAll(() => api?.stop());

  const fileProtest = async (extra: Record<string, unknown> = {}) => {
    const response = await api.http
      .post('/api/v1/acts/protests')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ caseId, title: 'Protest against resolution No. 7', addresseeName: 'Akimat', target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT, ...extra })
      .expect(201);
    return response.body as { id: string; version: number };
  };
  /** PATCH as `login`, expecting `status`. */
  const revise = async (id: string, body: Record<string, unknown>, ifMatch: string | null, status: number, login = 'bostandyk.prosecutor') => {
    const request = api.http.patch(`/api/v1/acts/${id}`).set(await api.as(login));
    if (ifMatch !== null) request.set('If-Match', ifMatch);
    return request.send(body).expect(status);
  };
  const row = async (id: string) =>
    (await api.dataSource.query('SELECT title, addressee_name, attributes, version FROM acts WHERE id = $1', [id]))[0] as { title: string; addressee_name: string; attributes: Record<string, unknown>; version: number };

  it('changes the fields sent, raises the version, and keeps the correction in the history and the audit log', async () => {
    const draft = await fileProtest();
    const response = await revise(draft.id, { title: 'Protest against resolution No. 7 of 01.03.2026', termDays: 15 }, `"${draft.version}"`, 200);
    expect(response.headers.etag).toBe(`"${draft.version + 1}"`);
    expect(response.body).toMatchObject({ state: 'DRAFT', version: draft.version + 1, title: 'Protest against resolution No. 7 of 01.03.2026', addresseeName: 'Akimat' });
    expect(response.body.attributes).toMatchObject({ termDays: 15, target: 'NON_NORMATIVE_LEGAL_ACT' });
    expect(response.body.history.at(-1)).toMatchObject({ event: 'DRAFT_REVISED', fromState: 'DRAFT', toState: 'DRAFT', payload: { title: 'Protest against resolution No. 7 of 01.03.2026', termDays: 15 } });
    const [audit] = await api.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'act.draft_revised' AND entity_id = $1`, [draft.id]);
    expect([audit.before.title, audit.after.title, audit.after.version]).toEqual(['Protest against resolution No. 7', 'Protest against resolution No. 7 of 01.03.2026', draft.version + 1]);
  });

  it('clears a field sent as null (the statutory term applies again)', async () => {
    const draft = await fileProtest({ termDays: 20 });
    const response = await revise(draft.id, { termDays: null }, `"${draft.version}"`, 200);
    expect(response.body.attributes.termDays).toBeNull();
  });

  it('wants the version read: 428 without If-Match, 412 with a stale one — and changes nothing', async () => {
    const draft = await fileProtest();
    expect((await revise(draft.id, { title: 'Another title' }, null, 428)).body.code).toBe('IF_MATCH_REQUIRED');
    expect((await revise(draft.id, { title: 'Another title' }, `"${draft.version + 5}"`, 412)).body.code).toBe('PRECONDITION_FAILED');
    expect((await row(draft.id)).title).toBe('Protest against resolution No. 7');
  });

  it('holds the corrected draft to the statute: a protest term under 10 days is refused with art. 19.3 on the field', async () => {
    const draft = await fileProtest();
    const response = await revise(draft.id, { termDays: 5 }, `"${draft.version}"`, 422);
    expect(response.body).toMatchObject({ code: 'TERM_BELOW_STATUTORY_MINIMUM', article: 'art. 19.3', errors: [{ field: 'termDays', code: 'TERM_BELOW_STATUTORY_MINIMUM' }] });
    expect(await row(draft.id)).toMatchObject({ version: draft.version, attributes: expect.objectContaining({ termDays: null }) });
  });

  it('refuses a field the form does not have, the case, and a value of the wrong type, naming each', async () => {
    const draft = await fileProtest();
    const fields = async (body: Record<string, unknown>) =>
      ((await revise(draft.id, body, `"${draft.version}"`, 422)).body.errors as Array<{ field: string; code: string }>).map((error) => [error.field, error.code]);
    expect(await fields({ colour: 'red' })).toEqual([['colour', 'UNKNOWN_FIELD']]);
    expect(await fields({ caseId })).toEqual([['caseId', 'UNKNOWN_FIELD']]);
    expect(await fields({ target: 'A_BRIDGE' })).toEqual([['target', 'INVALID_IS_ENUM']]);
    expect((await row(draft.id)).version).toBe(draft.version);
  });

  it('never changes a resolution’s kind: the form has no such field', async () => {
    const filed = await api.http
      .post('/api/v1/acts/resolutions')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ caseId, title: 'Resolution to inspect', addresseeName: 'Akimat', kind: 'INSPECTION', text: ACT_TEXT })
      .expect(201);
    const response = await revise(filed.body.id, { kind: 'OPEN_PROCEEDINGS' }, `"${filed.body.version}"`, 422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'kind', code: 'UNKNOWN_FIELD' })]);
  });

  it('refuses an issued act: it changes through its events', async () => {
    const draft = await fileProtest();
    const issued = await api.http.post(`/api/v1/acts/${draft.id}/events`).set(await api.as('bostandyk.prosecutor')).send({ event: 'ISSUE' }).expect(200);
    const response = await revise(draft.id, { title: 'Too late' }, `"${issued.body.version}"`, 409);
    expect(response.body).toMatchObject({ code: 'ACT_NOT_A_DRAFT', state: 'ISSUED' });
  });

  it('is for the draft’s own office: 404 beyond reach, 403 for the head above', async () => {
    const draft = await fileProtest();
    expect((await revise(draft.id, { title: 'Elsewhere' }, `"${draft.version}"`, 404, 'medeu.prosecutor')).body.code).toBe('NOT_FOUND');
    expect((await revise(draft.id, { title: 'From above' }, `"${draft.version}"`, 403, 'almaty.head')).body.code).toBe('NOT_ACT_OFFICE');
    expect((await row(draft.id)).title).toBe('Protest against resolution No. 7');
  });

  it('leaves every corrected act whole for the offline consistency check (a history row and an audit row per version)', async () => {
    const report = await checkDeadlineConsistency(api.context.databaseUrl);
    expect({ acts: report.figures.acts > 5, violations: report.violations }).toEqual({ acts: true, violations: {} });
  });
});
