import { IntegrationClientEntity, IntegrationScope, UserRole } from '@app/persistence';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/**
 * The access matrix: every route the running API serves (its live OpenAPI document, generated
 * from the controllers) × every kind of caller, own office and foreign office. A route without a
 * row here fails the first test, so nobody adds an endpoint without deciding who may call it.
 *
 * Each row says whom the guard admits, what the route's object is, and the exact answer an
 * admitted caller within reach gets (`ok`). The expectations follow: anonymous → 401; a role or
 * scope the row does not admit → 403; an admitted caller on an object outside its reach → 404 (the
 * same answer as a missing object); an admitted caller within reach → exactly `ok`: 2xx for a valid
 * request, or, where a valid request would change what later rows read (administration called
 * with an id that does not exist, a body that is refused), the named refusal — never a 5xx.
 */
const { PROSECUTOR, SUPERVISOR, ADMINISTRATOR } = UserRole;
const ALL_ROLES = [PROSECUTOR, SUPERVISOR, ADMINISTRATOR];
const ALL_SCOPES = Object.values(IntegrationScope);
const FILERS = [PROSECUTOR, SUPERVISOR];

type ObjectKind = 'act' | 'case' | 'none';
/** The exact answer for an admitted caller within reach: a status, and the problem's code for a refusal. */
interface Ok {
  status: number;
  code?: string;
}
interface Row {
  public?: true;
  /** Required for every row that is not public. */
  ok?: Ok;
  /** Sends the object's current ETag as If-Match (the route refuses a write without it). */
  ifMatch?: true;
  roles?: UserRole[];
  scopes?: IntegrationScope[];
  /** What the route's object is: {id}, or body.caseId for filing routes; an object of ALA-BOS. */
  object?: ObjectKind;
  /** A supervisor of a higher office reads the object but may not act as its author. */
  higherOfficeRefused?: true;
  body?: (fixture: Fixture) => object;
  /** Values for path parameters other than an object id (ACT_FILE, CASE_FILE: the fixture's files). */
  params?: Record<string, string>;
  /** A query string the route needs to get past validation. */
  query?: string;
}
interface Fixture {
  caseId: string;
  actId: string;
  actFileId: string;
  caseFileId: string;
}

const file = (fields: object) => (f: Fixture) => ({ caseId: f.caseId, title: 'Matrix act', addresseeName: 'LLP Matrix', text: ACT_TEXT, ...fields });
const RANDOM_ID = '00000000-0000-4000-8000-00000000abcd';
let caseNumber = 0;

const MATRIX: Record<string, Row> = {
  'POST /api/v1/auth/login': { public: true },
  'POST /api/v1/auth/refresh': { public: true },
  'POST /api/v1/auth/logout': { public: true },
  'GET /api/v1/me': { ok: { status: 200 }, roles: ALL_ROLES, scopes: ALL_SCOPES },
  'PATCH /api/v1/me': { ok: { status: 200 }, roles: ALL_ROLES, body: () => ({ language: 'kk' }) },
  'POST /api/v1/auth/session': { public: true },
  'POST /api/v1/auth/session/refresh': { public: true },
  'DELETE /api/v1/auth/session': { public: true },
  'GET /api/v1/act-types': { ok: { status: 200 }, roles: ALL_ROLES, scopes: ALL_SCOPES },

  // A valid case each time: a number of its own per call, so the admitted callers' cases never clash.
  'POST /api/v1/cases': { ok: { status: 201 }, roles: FILERS, body: () => ({ number: `2026-MATRIX-${(caseNumber += 1)}`, subject: 'Matrix case', addresseeName: 'LLP Matrix' }) },
  'GET /api/v1/cases': { ok: { status: 200 }, roles: FILERS },
  'GET /api/v1/cases/{id}': { ok: { status: 200 }, roles: FILERS, object: 'case' },
  'GET /api/v1/cases/{id}/status': { ok: { status: 200 }, roles: FILERS, scopes: [IntegrationScope.CASES_READ], object: 'case' },

  'POST /api/v1/acts/protests': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({ target: 'DECISION_OR_ACTION' }) },
  'POST /api/v1/acts/resolutions': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({ kind: 'INSPECTION' }) },
  'POST /api/v1/acts/sanctions': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/instructions': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({ termDays: 5 }) },
  'POST /api/v1/acts/court-applications': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/orders': {
    ok: { status: 201 },
    roles: FILERS,
    object: 'case',
    higherOfficeRefused: true,
    body: file({ target: 'DECISION_OR_ACTION', violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true, violatedNorms: ['n'], proposedMeasures: ['m'], termDays: 10 }),
  },
  'POST /api/v1/acts/submissions': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/warnings': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/appeals': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/explanations': { ok: { status: 201 }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  // Law No. 155-VII's acts: under the default installation (1995 alone) an admitted caller within reach gets 422 ACT_TYPE_NOT_IN_EDITION.
  'POST /api/v1/acts/petitions': { ok: { status: 422, code: 'ACT_TYPE_NOT_IN_EDITION' }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({}) },
  'POST /api/v1/acts/inadmissibility-explanations': { ok: { status: 422, code: 'ACT_TYPE_NOT_IN_EDITION' }, roles: FILERS, object: 'case', higherOfficeRefused: true, body: file({ form: 'ORAL' }) },
  'GET /api/v1/acts': { ok: { status: 200 }, roles: FILERS },
  'GET /api/v1/acts/{id}': { ok: { status: 200 }, roles: FILERS, object: 'act' },
  'PATCH /api/v1/acts/{id}': { ok: { status: 200 }, roles: FILERS, object: 'act', higherOfficeRefused: true, ifMatch: true, body: () => ({ title: 'Matrix act, corrected' }) },
  // An event the draft's state does not allow: reach is checked, nothing changes (409 within reach).
  'POST /api/v1/acts/{id}/events': { ok: { status: 409, code: 'EVENT_NOT_ALLOWED_IN_STATE' }, roles: FILERS, object: 'act', body: () => ({ event: 'OUTCOME_SATISFIED', payload: {} }) },
  'GET /api/v1/acts/{id}/document': { ok: { status: 200 }, roles: FILERS, object: 'act', query: 'lang=ru' },
  // No PDF in kk was prepared: 409 within reach, nothing recorded.
  'POST /api/v1/acts/{id}/signatures': { ok: { status: 409, code: 'DOCUMENT_NOT_PREPARED' }, roles: FILERS, object: 'act', higherOfficeRefused: true, body: () => ({ language: 'kk', cms: 'AAAA' }) },
  // Sent as JSON: 415 within reach, nothing stored.
  'POST /api/v1/acts/{id}/attachments': { ok: { status: 415, code: 'MULTIPART_REQUIRED' }, roles: FILERS, object: 'act', higherOfficeRefused: true },
  'GET /api/v1/acts/{id}/attachments': { ok: { status: 200 }, roles: FILERS, object: 'act' },
  'GET /api/v1/acts/{id}/attachments/{attachmentId}': { ok: { status: 200 }, roles: FILERS, object: 'act', params: { attachmentId: 'ACT_FILE' } },
  // The own office's call removes the file; the others are refused before it matters (403, 404).
  'DELETE /api/v1/acts/{id}/attachments/{attachmentId}': { ok: { status: 204 }, roles: FILERS, object: 'act', higherOfficeRefused: true, params: { attachmentId: 'ACT_FILE' } },
  'POST /api/v1/cases/{id}/attachments': { ok: { status: 415, code: 'MULTIPART_REQUIRED' }, roles: FILERS, object: 'case', higherOfficeRefused: true },
  'GET /api/v1/cases/{id}/attachments': { ok: { status: 200 }, roles: FILERS, object: 'case' },
  'GET /api/v1/cases/{id}/attachments/{attachmentId}': { ok: { status: 200 }, roles: FILERS, object: 'case', params: { attachmentId: 'CASE_FILE' } },
  'DELETE /api/v1/cases/{id}/attachments/{attachmentId}': { ok: { status: 204 }, roles: FILERS, object: 'case', higherOfficeRefused: true, params: { attachmentId: 'CASE_FILE' } },

  'GET /api/v1/supervision/overdue': { ok: { status: 200 }, roles: [SUPERVISOR] },
  'GET /api/v1/supervision/overdue.csv': { ok: { status: 200 }, roles: [SUPERVISOR] },
  'GET /api/v1/supervision/counts': { ok: { status: 200 }, roles: [SUPERVISOR] },
  'GET /api/v1/supervision/dashboard': { ok: { status: 200 }, roles: [SUPERVISOR] },
  // Work allocation: an assignee nobody may be given work (RANDOM_ID), so within reach the answer is 422 and nothing changes.
  'POST /api/v1/cases/{id}/assignment': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [SUPERVISOR], object: 'case', body: () => ({ prosecutorId: RANDOM_ID, reason: 'Matrix' }) },
  'POST /api/v1/acts/{id}/assignment': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [SUPERVISOR], object: 'act', body: () => ({ prosecutorId: RANDOM_ID, reason: 'Matrix' }) },
  'GET /api/v1/me/work': { ok: { status: 200 }, roles: FILERS },
  'GET /api/v1/offices': { ok: { status: 200 }, roles: FILERS },
  'GET /api/v1/people': { ok: { status: 200 }, roles: FILERS },
  'GET /api/v1/supervision/people/{userId}/work': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [SUPERVISOR], params: { userId: RANDOM_ID } },
  'GET /api/v1/absences': { ok: { status: 200 }, roles: ALL_ROLES },
  'POST /api/v1/absences': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [SUPERVISOR, ADMINISTRATOR], body: () => ({ userId: RANDOM_ID, startsOn: '2099-01-01', endsOn: '2099-01-02', deputyId: RANDOM_ID, reason: 'Matrix' }) },
  'GET /api/v1/absences/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: ALL_ROLES, params: { id: RANDOM_ID } },
  'DELETE /api/v1/absences/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [SUPERVISOR, ADMINISTRATOR], params: { id: RANDOM_ID } },
  'GET /api/v1/changes': { ok: { status: 200 }, roles: [SUPERVISOR], scopes: [IntegrationScope.CHANGES_READ] },

  'GET /api/v1/calendar/entries': { ok: { status: 200 }, roles: ALL_ROLES, scopes: ALL_SCOPES },
  'GET /api/v1/calendar/entries/{id}': { ok: { status: 200 }, roles: ALL_ROLES, scopes: ALL_SCOPES, params: { id: 'KZ-2026-01-07-ORTHODOX_CHRISTMAS' } },
  'GET /api/v1/calendar/days/{date}': { ok: { status: 200 }, roles: ALL_ROLES, scopes: ALL_SCOPES, params: { date: '2026-03-23' } },
  'POST /api/v1/calendar/entries': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR] },
  'PATCH /api/v1/calendar/entries/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'DELETE /api/v1/calendar/entries/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'POST /api/v1/calendar/impact': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR, SUPERVISOR] },

  'GET /api/v1/admin/offices': { ok: { status: 200 }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/offices': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR] },
  'PATCH /api/v1/admin/offices/{id}': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'GET /api/v1/admin/users': { ok: { status: 200 }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/users': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR] },
  'PATCH /api/v1/admin/users/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'POST /api/v1/admin/users/{id}/deactivate': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'POST /api/v1/admin/users/{id}/reactivate': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'POST /api/v1/admin/users/{id}/password': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  'GET /api/v1/admin/integration-clients': { ok: { status: 200 }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/integration-clients': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/integration-clients/{id}/revoke': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },

  'GET /api/v1/me/notifications': { ok: { status: 200 }, roles: ALL_ROLES },
  // A notification of nobody: one's own inbox is checked in inbox.e2e-spec (others' answer 404).
  'POST /api/v1/me/notifications/{id}/read': { ok: { status: 404, code: 'NOT_FOUND' }, roles: ALL_ROLES, params: { id: RANDOM_ID } },

  'GET /api/v1/admin/webhook-subscriptions': { ok: { status: 200 }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/webhook-subscriptions': { ok: { status: 422, code: 'VALIDATION_FAILED' }, roles: [ADMINISTRATOR] },
  'POST /api/v1/admin/webhook-subscriptions/{id}/deactivate': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
  // An integration reads only its own subscriptions' deliveries (webhooks.e2e-spec).
  'GET /api/v1/webhook-deliveries': { ok: { status: 200 }, roles: [ADMINISTRATOR], scopes: [IntegrationScope.WEBHOOKS_READ] },
  'GET /api/v1/webhook-deliveries/{id}': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], scopes: [IntegrationScope.WEBHOOKS_READ], params: { id: RANDOM_ID } },
  'POST /api/v1/webhook-deliveries/{id}/redeliver': { ok: { status: 404, code: 'NOT_FOUND' }, roles: [ADMINISTRATOR], params: { id: RANDOM_ID } },
};

// The queue board (/admin/queues, administrators only) is not in the document either: ops-queue-board.e2e-spec pins its access.
/** Operational endpoints outside the API: open by design (probes), checked in health.e2e-spec. */
const OUTSIDE_THE_API = /^\/health\//;

type Reach = 'own' | 'higher' | 'foreign';
interface CallerSpec {
  name: string;
  login?: string;
  role?: UserRole;
  integrationOffice?: string;
  reach: Reach;
}
const CALLERS: CallerSpec[] = [
  { name: 'prosecutor of the object’s office', login: 'bostandyk.prosecutor', role: PROSECUTOR, reach: 'own' },
  { name: 'prosecutor of another district', login: 'medeu.prosecutor', role: PROSECUTOR, reach: 'foreign' },
  { name: 'supervisor of the city above', login: 'almaty.head', role: SUPERVISOR, reach: 'higher' },
  { name: 'supervisor of another region', login: 'karaganda.head', role: SUPERVISOR, reach: 'foreign' },
  { name: 'administrator', login: 'admin', role: ADMINISTRATOR, reach: 'foreign' },
  { name: 'integration granted Almaty', integrationOffice: 'ALA', reach: 'higher' },
  { name: 'integration granted Karaganda', integrationOffice: 'KAR', reach: 'foreign' },
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
/** `METHOD /path` of every operation in an OpenAPI document. */
const routesOf = (document: { paths: Record<string, Record<string, unknown>> }): string[] =>
  Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => HTTP_METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );

/** The exact answer a caller gets: the row's `ok` once access and reach are passed. */
function expected(route: string, row: Row, caller: CallerSpec): Ok {
  const admitted = caller.role ? (row.roles ?? []).includes(caller.role) : (row.scopes ?? []).length > 0;
  if (!admitted) return { status: 403 };
  if (row.object && row.object !== 'none' && caller.reach === 'foreign') return { status: 404, code: 'NOT_FOUND' };
  if (row.object && row.object !== 'none' && caller.reach === 'higher' && row.higherOfficeRefused) return { status: 403 };
  if (!row.ok) throw new Error(`the matrix row of ${route} says nothing about an admitted caller's answer (ok)`);
  return row.ok;
}

describe('access matrix', () => {
  let api: ApiHarness;
  let fixture: Fixture;
  const keys = new Map<string, string>();

  beforeAll(async () => {
    api = await ApiHarness.start();
    const caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-MATRIX');
    const prosecutor = await api.as('bostandyk.prosecutor');
    const act = await api.http.post('/api/v1/acts/warnings').set(prosecutor).send(file({})({ caseId, actId: '', actFileId: '', caseFileId: '' }));
    const scan = Buffer.from('%PDF-1.4\n% matrix scan\n');
    const actFile = await api.http.post(`/api/v1/acts/${act.body.id}/attachments`).set(prosecutor).attach('file', scan, 'scan.pdf').expect(201);
    const caseFile = await api.http.post(`/api/v1/cases/${caseId}/attachments`).set(prosecutor).attach('file', scan, 'materials.pdf').expect(201);
    fixture = { caseId, actId: act.body.id as string, actFileId: actFile.body.id as string, caseFileId: caseFile.body.id as string };
    for (const office of ['ALA', 'KAR']) {
      const { key, prefix, hash } = generateApiKey();
      await api.dataSource.getRepository(IntegrationClientEntity).insert({ name: `matrix-${office}`, keyPrefix: prefix, keyHash: hash, scopes: ALL_SCOPES, officeIds: [await api.officeId(office)] });
      keys.set(office, key);
    }
  });
  afterAll(() => api?.stop());

  it('has a row for every route the running API serves, and no row for a route that no longer exists', async () => {
    // The live document is generated from the app's controllers at boot, so a new route shows here even before openapi.json is regenerated.
    const live = await api.http.get('/docs/openapi.json').expect(200);
    const apiRoutes = routesOf(live.body as { paths: Record<string, Record<string, unknown>> }).filter((route) => !OUTSIDE_THE_API.test(route.split(' ')[1]));
    expect(apiRoutes.length).toBeGreaterThan(50);
    expect(apiRoutes.filter((route) => !MATRIX[route])).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !apiRoutes.includes(route))).toEqual([]);
  });

  it('says what an admitted caller gets on every route that is not public', () => {
    expect(Object.keys(MATRIX).filter((route) => !MATRIX[route].public && !MATRIX[route].ok)).toEqual([]);
  });

  const send = async (route: string, headers: Record<string, string>) => {
    const [method, template] = route.split(' ');
    const row = MATRIX[route];
    const fixtureFiles: Record<string, string> = { ACT_FILE: fixture.actFileId, CASE_FILE: fixture.caseFileId };
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const param = row.params?.[name];
      return param ? (fixtureFiles[param] ?? param) : row.object === 'act' ? fixture.actId : fixture.caseId;
    });
    const ifMatch: Record<string, string> = {};
    if (row.ifMatch) {
      const current = await api.http.get(path).set(headers);
      if (current.headers.etag) ifMatch['If-Match'] = current.headers.etag as string;
    }
    const request = api.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](row.query ? `${path}?${row.query}` : path).set({ ...headers, ...ifMatch });
    return method === 'GET' || method === 'DELETE' ? request : request.send(row.body?.(fixture) ?? {});
  };

  it.each(Object.keys(MATRIX))('%s: anonymous callers get 401 unless the route is public', async (route) => {
    const response = await send(route, {});
    expect(response.status).toBeLessThan(500);
    // A public route is not refused by authentication; its own 401 (a spent session cookie) is its answer.
    if (MATRIX[route].public) expect({ status: response.status, code: response.body?.code }).not.toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    else expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  const cases = Object.keys(MATRIX)
    .filter((route) => !MATRIX[route].public)
    .flatMap((route) => CALLERS.map((caller) => [route, caller.name, caller] as const));

  it.each(cases)('%s as %s', async (route, _name, caller) => {
    const headers = caller.login ? await api.as(caller.login) : { 'X-Api-Key': keys.get(caller.integrationOffice!)! };
    const response = await send(route, headers);
    const want = expected(route, MATRIX[route], caller);
    const got = { status: response.status, code: response.status >= 400 ? (response.body as { code?: string })?.code : undefined };
    expect(got.status).toBeLessThan(500);
    expect(want.code ? got : { status: got.status }).toEqual(want.code ? want : { status: want.status });
  });
});
