import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { Response } from 'supertest';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/**
 * A table of bad inputs per endpoint. Every row is sent by a caller the route admits, and must
 * answer application/problem+json with the expected status, code and field (and article, when the
 * statute is the reason), and change nothing: every table a write could touch is fingerprinted
 * before and after the row.
 *
 * Status policy (apps/api/src/http/problem-details.filter.ts): 400 when the request cannot be read
 * (malformed JSON, nesting too deep, a path that is not valid percent-encoding), 413 for a body
 * over BODY_LIMIT_BYTES, 415 for a body that is not JSON, 422 with the field for a readable request
 * with a wrong value — in the body, the query or the path.
 */

type Caller = 'anonymous' | 'bostandyk.prosecutor' | 'almaty.head' | 'admin' | 'integration';

interface Fixture {
  caseId: string;
  /** A protest, ISSUED: the next event it takes is DELIVERY_CONFIRMED. */
  actId: string;
  userId: string;
  officeId: string;
}

/** A body sent as written, for what JSON.stringify cannot produce. */
interface RawBody {
  type: string;
  text: string;
}

interface BadInput {
  /** The route as the OpenAPI document names it. */
  route: string;
  caller: Caller;
  /** What is wrong, in words. */
  input: string;
  /** The URL with parameters filled in and the query; the route's path when omitted. */
  url?: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  raw?: RawBody;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** The field named in `errors[]`, with its code when it says more than the status does. */
  field?: string;
  fieldCode?: string;
  article?: string;
}

const NO_SUCH_ID = '00000000-0000-4000-8000-00000000abcd';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const label = { kk: 'Мереке', ru: 'Праздник', en: 'Holiday' };
const act = (fields: object) => (f: Fixture) => ({ caseId: f.caseId, title: 'Bad input act', addresseeName: 'Akimat of the district', text: ACT_TEXT, ...fields });
const order = (fields: object) =>
  act({ target: 'DECISION_OR_ACTION', violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true, violatedNorms: ['Labour Code, art. 113'], proposedMeasures: ['Pay'], termDays: 10, ...fields });
const holiday = (fields: object) => ({ id: 'KZ-2030-01-02-BAD', kind: 'HOLIDAY', date: '2030-01-02', label, source: label, status: 'DRAFT', ...fields });
const newCase = (fields: object) => ({ number: '2026-ALA-BOS-BAD-1', subject: 'Legality of decisions', addresseeName: 'Akimat', ...fields });
const events = (f: Fixture) => `/api/v1/acts/${f.actId}/events`;
const deeplyNested = (depth: number) => `{"number":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

const P = 'bostandyk.prosecutor';
const S = 'almaty.head';
const A = 'admin';

const TABLE: BadInput[] = [
  // auth
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'malformed JSON', raw: { type: 'application/json', text: '{"login": "admin",' }, status: 400, code: 'MALFORMED_JSON' },
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'a JSON string, not an object', raw: { type: 'application/json', text: '"admin"' }, status: 400, code: 'MALFORMED_JSON' },
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'form-encoded body', raw: { type: 'application/x-www-form-urlencoded', text: 'login=admin&password=x' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'login is a number', body: () => ({ login: 42, password: 'x' }), status: 422, code: 'VALIDATION_FAILED', field: 'login', fieldCode: 'INVALID_IS_STRING' },
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'unknown field role', body: () => ({ login: 'admin', password: 'x', role: 'ADMINISTRATOR' }), status: 422, code: 'VALIDATION_FAILED', field: 'role', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'POST /api/v1/auth/login', caller: 'anonymous', input: 'NUL in the login', body: () => ({ login: 'admin\u0000', password: 'x' }), status: 422, code: 'VALIDATION_FAILED', field: 'login', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'POST /api/v1/auth/refresh', caller: 'anonymous', input: 'refresh token is no JWT', body: () => ({ refreshToken: 'abc' }), status: 422, code: 'VALIDATION_FAILED', field: 'refreshToken', fieldCode: 'INVALID_IS_JWT' },
  { route: 'POST /api/v1/auth/refresh', caller: 'anonymous', input: 'text/plain body', raw: { type: 'text/plain', text: 'abc' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { route: 'POST /api/v1/auth/logout', caller: 'anonymous', input: 'refresh token is no JWT', body: () => ({ refreshToken: 'abc' }), status: 422, code: 'VALIDATION_FAILED', field: 'refreshToken', fieldCode: 'INVALID_IS_JWT' },
  { route: 'POST /api/v1/auth/logout', caller: 'anonymous', input: 'no body', body: () => ({}), status: 422, code: 'VALIDATION_FAILED', field: 'refreshToken' },

  // cases
  { route: 'POST /api/v1/cases', caller: P, input: 'body over the limit (300 kB)', body: () => newCase({ subject: 'x'.repeat(300_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { route: 'POST /api/v1/cases', caller: P, input: 'truncated JSON', raw: { type: 'application/json', text: '{"number": ' }, status: 400, code: 'MALFORMED_JSON' },
  { route: 'POST /api/v1/cases', caller: P, input: 'nested 1000 levels deep', raw: { type: 'application/json', text: deeplyNested(1000) }, status: 400, code: 'BODY_TOO_DEEP' },
  { route: 'POST /api/v1/cases', caller: P, input: 'number is a number', body: () => newCase({ number: 123 }), status: 422, code: 'VALIDATION_FAILED', field: 'number', fieldCode: 'INVALID_IS_STRING' },
  { route: 'POST /api/v1/cases', caller: P, input: 'unknown field officeId', body: () => newCase({ officeId: NO_SUCH_ID }), status: 422, code: 'VALIDATION_FAILED', field: 'officeId', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'POST /api/v1/cases', caller: P, input: 'NUL in the subject', body: () => newCase({ subject: 'abc\u0000def' }), status: 422, code: 'VALIDATION_FAILED', field: 'subject', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'POST /api/v1/cases', caller: P, input: 'unpaired surrogate in the subject', raw: { type: 'application/json', text: JSON.stringify(newCase({})).replace('Legality', 'Legality\\ud800') }, status: 422, code: 'VALIDATION_FAILED', field: 'subject', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'POST /api/v1/cases', caller: P, input: 'invalid body with an Idempotency-Key', headers: { 'Idempotency-Key': 'bad-input-1' }, body: () => newCase({ responsibleProsecutorId: 'me' }), status: 422, code: 'VALIDATION_FAILED', field: 'responsibleProsecutorId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/cases', caller: P, input: 'an application without applicantIdentified', body: () => newCase({ application: {} }), status: 422, code: 'VALIDATION_FAILED', field: 'application.applicantIdentified', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'POST /api/v1/cases', caller: P, input: 'an anonymous application (1995 law installed)', body: () => newCase({ number: '2026-ALA-BOS-BAD-2', application: { applicantIdentified: false } }), status: 422, code: 'ANONYMOUS_APPLICATION', field: 'application.applicantIdentified', article: 'art. 7.4' },
  { route: 'GET /api/v1/cases', caller: P, input: 'limit=abc', url: () => '/api/v1/cases?limit=abc', status: 422, code: 'VALIDATION_FAILED', field: 'limit', fieldCode: 'INVALID_IS_INT' },
  { route: 'GET /api/v1/cases', caller: P, input: 'status given twice', url: () => '/api/v1/cases?status=OPEN&status=CLOSED', status: 422, code: 'VALIDATION_FAILED', field: 'status' },
  { route: 'GET /api/v1/cases', caller: P, input: 'cursor holding 30 February', url: () => `/api/v1/cases?cursor=${b64(['2026-02-30T00:00:00.000Z', NO_SUCH_ID])}`, status: 422, code: 'VALIDATION_FAILED', field: 'cursor', fieldCode: 'INVALID_CURSOR' },
  { route: 'GET /api/v1/cases', caller: P, input: 'cursor holding year 275760', url: () => `/api/v1/cases?cursor=${b64(['+275760-09-13T00:00:00.000Z', NO_SUCH_ID])}`, status: 422, code: 'VALIDATION_FAILED', field: 'cursor', fieldCode: 'INVALID_CURSOR' },
  { route: 'GET /api/v1/cases/{id}', caller: P, input: 'id is no UUID', url: () => '/api/v1/cases/not-a-uuid', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/cases/{id}', caller: P, input: 'id is not valid percent-encoding', url: () => '/api/v1/cases/%E0%A4%A', status: 400, code: 'BAD_REQUEST' },
  // a malformed id names no case: the same 404 as an unknown one (case-status.reader.ts)
  { route: 'GET /api/v1/cases/{id}/status', caller: 'integration', input: 'id is no UUID', url: () => '/api/v1/cases/123/status', status: 404, code: 'NOT_FOUND' },
  { route: 'GET /api/v1/cases/{id}/status', caller: P, input: 'NUL in the id', url: () => '/api/v1/cases/a%00b/status', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_CHARACTERS' },

  // filing acts
  { route: 'POST /api/v1/acts/protests', caller: P, input: 'term below 10 days', body: act({ target: 'DECISION_OR_ACTION', termDays: 5 }), status: 422, code: 'TERM_BELOW_STATUTORY_MINIMUM', field: 'termDays', article: 'art. 19.3' },
  { route: 'POST /api/v1/acts/protests', caller: P, input: 'unknown target', body: act({ target: 'MOOD' }), status: 422, code: 'VALIDATION_FAILED', field: 'target', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/acts/protests', caller: P, input: 'termDays is a fraction', body: act({ target: 'DECISION_OR_ACTION', termDays: 10.5 }), status: 422, code: 'VALIDATION_FAILED', field: 'termDays', fieldCode: 'INVALID_IS_INT' },
  { route: 'POST /api/v1/acts/resolutions', caller: P, input: 'kind missing', body: act({}), status: 422, code: 'VALIDATION_FAILED', field: 'kind', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/acts/sanctions', caller: P, input: 'boolean sent as "yes"', body: act({ covertActionObtainingProtectedSecrets: 'yes' }), status: 422, code: 'VALIDATION_FAILED', field: 'covertActionObtainingProtectedSecrets', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'POST /api/v1/acts/instructions', caller: P, input: 'termDays 0', body: act({ termDays: 0 }), status: 422, code: 'VALIDATION_FAILED', field: 'termDays', fieldCode: 'INVALID_MIN' },
  { route: 'POST /api/v1/acts/instructions', caller: P, input: 'termDays 367', body: act({ termDays: 367 }), status: 422, code: 'VALIDATION_FAILED', field: 'termDays', fieldCode: 'INVALID_MAX' },
  { route: 'POST /api/v1/acts/court-applications', caller: P, input: 'anonymous application', body: act({ basedOnApplication: true, applicantIdentified: false }), status: 422, code: 'ANONYMOUS_APPLICATION', field: 'applicantIdentified', article: 'art. 7.4' },
  { route: 'POST /api/v1/acts/orders', caller: P, input: 'no violated norm', body: order({ violatedNorms: [] }), status: 422, code: 'VALIDATION_FAILED', field: 'violatedNorms', fieldCode: 'INVALID_ARRAY_MIN_SIZE' },
  { route: 'POST /api/v1/acts/orders', caller: P, input: 'termDays missing', body: order({ termDays: undefined }), status: 422, code: 'VALIDATION_FAILED', field: 'termDays', fieldCode: 'INVALID_IS_INT' },
  { route: 'POST /api/v1/acts/submissions', caller: P, input: 'term above 30 days', body: act({ termDays: 31 }), status: 422, code: 'TERM_ABOVE_STATUTORY_MAXIMUM', field: 'termDays', article: 'art. 25.2' },
  { route: 'POST /api/v1/acts/warnings', caller: P, input: 'caseId is no UUID', body: (f) => ({ ...act({})(f), caseId: 'case-1' }), status: 422, code: 'VALIDATION_FAILED', field: 'caseId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/acts/appeals', caller: P, input: 'field of another act type', body: act({ basedOnApplication: true }), status: 422, code: 'VALIDATION_FAILED', field: 'basedOnApplication', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'POST /api/v1/acts/explanations', caller: S, input: 'title of 2 characters', body: act({ title: 'ab' }), status: 422, code: 'VALIDATION_FAILED', field: 'title', fieldCode: 'INVALID_MIN_LENGTH' },
  // Law No. 155-VII's acts and fields, under the default installation (the 1995 law alone)
  { route: 'POST /api/v1/acts/petitions', caller: P, input: 'a petition while only Law No. 2709 is installed', body: act({}), status: 422, code: 'ACT_TYPE_NOT_IN_EDITION', field: 'type', article: 'art. 18.1(1)' },
  { route: 'POST /api/v1/acts/inadmissibility-explanations', caller: P, input: 'unknown form', body: act({ form: 'SUNG' }), status: 422, code: 'VALIDATION_FAILED', field: 'form', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/acts/protests', caller: P, input: 'a 155-VII field on a 1995 act', body: act({ target: 'DECISION_OR_ACTION', targetIssuer: 'PRESIDENT' }), status: 422, code: 'VALIDATION_FAILED', field: 'targetIssuer', fieldCode: 'FIELD_NOT_APPLICABLE' },

  // reading acts
  { route: 'GET /api/v1/acts', caller: P, input: 'dueBefore is no date', url: () => '/api/v1/acts?dueBefore=soon', status: 422, code: 'VALIDATION_FAILED', field: 'dueBefore', fieldCode: 'INVALID_IS_ISO8601' },
  { route: 'GET /api/v1/acts', caller: P, input: 'limit 201', url: () => '/api/v1/acts?limit=201', status: 422, code: 'VALIDATION_FAILED', field: 'limit', fieldCode: 'INVALID_MAX' },
  { route: 'GET /api/v1/acts', caller: S, input: 'overdue=maybe', url: () => '/api/v1/acts?overdue=maybe', status: 422, code: 'VALIDATION_FAILED', field: 'overdue', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'GET /api/v1/acts', caller: P, input: 'unknown query parameter', url: () => '/api/v1/acts?color=red', status: 422, code: 'VALIDATION_FAILED', field: 'color', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'GET /api/v1/acts', caller: P, input: 'malformed cursor', url: () => '/api/v1/acts?cursor=abc', status: 422, code: 'VALIDATION_FAILED', field: 'cursor', fieldCode: 'INVALID_CURSOR' },
  { route: 'GET /api/v1/acts/{id}', caller: P, input: 'id is no UUID', url: () => '/api/v1/acts/123', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'PATCH /api/v1/acts/{id}', caller: P, input: 'id is no UUID', url: () => '/api/v1/acts/123', body: () => ({ title: 'Corrected' }), status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'PATCH /api/v1/acts/{id}', caller: P, input: 'an issued act', url: (f) => `/api/v1/acts/${f.actId}`, headers: { 'If-Match': '"2"' }, body: () => ({ title: 'Corrected' }), status: 409, code: 'ACT_NOT_A_DRAFT' },
  { route: 'PATCH /api/v1/acts/{id}', caller: P, input: 'malformed JSON', url: (f) => `/api/v1/acts/${f.actId}`, raw: { type: 'application/json', text: '{"title":' }, status: 400, code: 'MALFORMED_JSON' },

  // documents, signatures and files (the fixture act is issued)
  { route: 'GET /api/v1/acts/{id}/document', caller: P, input: 'lang missing', url: (f) => `/api/v1/acts/${f.actId}/document`, status: 422, code: 'VALIDATION_FAILED', field: 'lang', fieldCode: 'INVALID_IS_IN' },
  { route: 'GET /api/v1/acts/{id}/document', caller: P, input: 'lang=en', url: (f) => `/api/v1/acts/${f.actId}/document?lang=en`, status: 422, code: 'VALIDATION_FAILED', field: 'lang', fieldCode: 'INVALID_IS_IN' },
  { route: 'GET /api/v1/acts/{id}/document', caller: P, input: 'a language the act is not written in', url: (f) => `/api/v1/acts/${f.actId}/document?lang=kk`, status: 409, code: 'ACT_TEXT_LANGUAGE_MISSING' },
  { route: 'POST /api/v1/acts/{id}/signatures', caller: P, input: 'cms is not base64', url: (f) => `/api/v1/acts/${f.actId}/signatures`, body: () => ({ language: 'ru', cms: 'not base64!' }), status: 422, code: 'VALIDATION_FAILED', field: 'cms', fieldCode: 'INVALID_IS_BASE64' },
  { route: 'POST /api/v1/acts/{id}/signatures', caller: P, input: 'an issued act', url: (f) => `/api/v1/acts/${f.actId}/signatures`, body: () => ({ language: 'ru', cms: 'AAAA' }), status: 409, code: 'ACT_NOT_A_DRAFT' },
  { route: 'POST /api/v1/acts/{id}/attachments', caller: P, input: 'an issued act', url: (f) => `/api/v1/acts/${f.actId}/attachments`, raw: { type: 'multipart/form-data; boundary=x', text: '--x--\r\n' }, status: 409, code: 'ATTACHMENT_LOCKED' },
  { route: 'POST /api/v1/acts/{id}/attachments', caller: P, input: 'id is no UUID', url: () => '/api/v1/acts/123/attachments', body: () => ({}), status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/acts/{id}/attachments', caller: P, input: 'id is no UUID', url: () => '/api/v1/acts/123/attachments', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/acts/{id}/attachments/{attachmentId}', caller: P, input: 'attachmentId is no UUID', url: (f) => `/api/v1/acts/${f.actId}/attachments/x`, status: 422, code: 'VALIDATION_FAILED', field: 'attachmentId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'DELETE /api/v1/acts/{id}/attachments/{attachmentId}', caller: P, input: 'attachmentId is no UUID', url: (f) => `/api/v1/acts/${f.actId}/attachments/x`, status: 422, code: 'VALIDATION_FAILED', field: 'attachmentId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/cases/{id}/attachments', caller: P, input: 'JSON, not multipart', url: (f) => `/api/v1/cases/${f.caseId}/attachments`, body: () => ({ file: 'x' }), status: 415, code: 'MULTIPART_REQUIRED' },
  { route: 'POST /api/v1/cases/{id}/attachments', caller: P, input: 'a form field, no file', url: (f) => `/api/v1/cases/${f.caseId}/attachments`, raw: { type: 'multipart/form-data; boundary=x', text: '--x\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--x--\r\n' }, status: 400, code: 'INVALID_UPLOAD' },
  { route: 'POST /api/v1/cases/{id}/attachments', caller: P, input: 'multipart without its boundary', url: (f) => `/api/v1/cases/${f.caseId}/attachments`, raw: { type: 'multipart/form-data', text: 'abc' }, status: 400, code: 'INVALID_UPLOAD' },
  { route: 'GET /api/v1/cases/{id}/attachments', caller: P, input: 'id is no UUID', url: () => '/api/v1/cases/123/attachments', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/cases/{id}/attachments/{attachmentId}', caller: P, input: 'attachmentId is no UUID', url: (f) => `/api/v1/cases/${f.caseId}/attachments/x`, status: 422, code: 'VALIDATION_FAILED', field: 'attachmentId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'DELETE /api/v1/cases/{id}/attachments/{attachmentId}', caller: P, input: 'attachmentId is no UUID', url: (f) => `/api/v1/cases/${f.caseId}/attachments/x`, status: 422, code: 'VALIDATION_FAILED', field: 'attachmentId', fieldCode: 'INVALID_IS_UUID' },

  // events
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'id is no UUID', url: () => '/api/v1/acts/123/events', body: () => ({ event: 'ISSUE' }), status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'unknown event', url: events, body: () => ({ event: 'CELEBRATE' }), status: 422, code: 'VALIDATION_FAILED', field: 'event', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'payload is an array', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: [1] }), status: 422, code: 'VALIDATION_FAILED', field: 'payload', fieldCode: 'INVALID_IS_OBJECT' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'receivedAt without a time zone', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-02T10:00:00' } }), status: 422, code: 'INVALID_PAYLOAD', field: 'receivedAt', article: 'art. 19.3' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'receivedAt in the future', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2099-03-02T10:00:00Z' } }), status: 422, code: 'INVALID_PAYLOAD', field: 'receivedAt', article: 'art. 19.3' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'payload field of another event', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-02T10:00:00Z', court: 'x' } }), status: 422, code: 'INVALID_PAYLOAD', field: 'court' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'NUL in a payload text', url: events, body: () => ({ event: 'WITHDRAW', payload: { summary: 'a\u0000b' } }), status: 422, code: 'VALIDATION_FAILED', field: 'payload.summary', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'payload nested 40 levels deep', url: events, raw: { type: 'application/json', text: `{"event":"WITHDRAW","payload":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}` }, status: 400, code: 'BODY_TOO_DEEP' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'If-Match is no version', url: events, headers: { 'If-Match': 'yesterday' }, body: () => ({ event: 'WITHDRAW', payload: { summary: 'x' } }), status: 400, code: 'INVALID_IF_MATCH', field: 'If-Match' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'Idempotency-Key of 201 characters', url: events, headers: { 'Idempotency-Key': 'k'.repeat(201) }, body: () => ({ event: 'ISSUE' }), status: 422, code: 'VALIDATION_FAILED', field: 'Idempotency-Key' },

  // the web workspace's session and preferences
  { route: 'POST /api/v1/auth/session', caller: 'anonymous', input: 'malformed JSON', raw: { type: 'application/json', text: '{"login":' }, status: 400, code: 'MALFORMED_JSON' },
  { route: 'POST /api/v1/auth/session', caller: 'anonymous', input: 'unknown field remember', body: () => ({ login: 'admin', password: 'x', remember: true }), status: 422, code: 'VALIDATION_FAILED', field: 'remember', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'POST /api/v1/auth/session/refresh', caller: 'anonymous', input: 'form-encoded body', raw: { type: 'application/x-www-form-urlencoded', text: 'refresh=1' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { route: 'DELETE /api/v1/auth/session', caller: 'anonymous', input: 'text/plain body', raw: { type: 'text/plain', text: 'bye' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { route: 'PATCH /api/v1/me', caller: P, input: 'a language the system does not speak', body: () => ({ language: 'de' }), status: 422, code: 'VALIDATION_FAILED', field: 'language', fieldCode: 'INVALID_IS_IN' },
  { route: 'PATCH /api/v1/me', caller: P, input: 'unknown field role', body: () => ({ language: 'kk', role: 'ADMINISTRATOR' }), status: 422, code: 'VALIDATION_FAILED', field: 'role', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'GET /api/v1/supervision/dashboard', caller: S, input: 'days 6', url: () => '/api/v1/supervision/dashboard?days=6', status: 422, code: 'VALIDATION_FAILED', field: 'days', fieldCode: 'INVALID_MIN' },
  { route: 'GET /api/v1/supervision/dashboard', caller: S, input: 'officeId is no UUID', url: () => '/api/v1/supervision/dashboard?officeId=ALA', status: 422, code: 'VALIDATION_FAILED', field: 'officeId', fieldCode: 'INVALID_IS_UUID' },

  // work allocation
  { route: 'POST /api/v1/cases/{id}/assignment', caller: S, input: 'id is no UUID', url: () => '/api/v1/cases/case-1/assignment', body: (f) => ({ prosecutorId: f.userId, reason: 'Workload' }), status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/cases/{id}/assignment', caller: S, input: 'prosecutorId is no UUID', url: (f) => `/api/v1/cases/${f.caseId}/assignment`, body: () => ({ prosecutorId: 'Kasymov', reason: 'Workload' }), status: 422, code: 'VALIDATION_FAILED', field: 'prosecutorId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/cases/{id}/assignment', caller: S, input: 'a prosecutor of another district', url: (f) => `/api/v1/cases/${f.caseId}/assignment`, body: (f) => ({ prosecutorId: f.userId, reason: 'Workload' }), status: 422, code: 'VALIDATION_FAILED', field: 'prosecutorId', fieldCode: 'NOT_ELIGIBLE_ASSIGNEE' },
  { route: 'POST /api/v1/cases/{id}/assignment', caller: S, input: 'reason missing', url: (f) => `/api/v1/cases/${f.caseId}/assignment`, body: (f) => ({ prosecutorId: f.userId }), status: 422, code: 'VALIDATION_FAILED', field: 'reason' },
  { route: 'POST /api/v1/acts/{id}/assignment', caller: S, input: 'If-Match is no version', url: (f) => `/api/v1/acts/${f.actId}/assignment`, headers: { 'If-Match': 'latest' }, body: (f) => ({ prosecutorId: f.userId, reason: 'Workload' }), status: 400, code: 'INVALID_IF_MATCH', field: 'If-Match' },
  { route: 'POST /api/v1/acts/{id}/assignment', caller: S, input: 'unknown field notify', url: (f) => `/api/v1/acts/${f.actId}/assignment`, body: (f) => ({ prosecutorId: f.userId, reason: 'Workload', notify: false }), status: 422, code: 'VALIDATION_FAILED', field: 'notify', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'GET /api/v1/supervision/people/{userId}/work', caller: S, input: 'userId is no UUID', url: () => '/api/v1/supervision/people/kasymov/work', status: 422, code: 'VALIDATION_FAILED', field: 'userId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/absences', caller: A, input: 'ends before it starts', body: (f) => ({ userId: f.userId, startsOn: '2099-01-10', endsOn: '2099-01-09', deputyId: f.userId, reason: 'Leave' }), status: 422, code: 'VALIDATION_FAILED', field: 'endsOn', fieldCode: 'ENDS_BEFORE_START' },
  { route: 'POST /api/v1/absences', caller: A, input: '30 February', body: (f) => ({ userId: f.userId, startsOn: '2099-02-30', endsOn: '2099-03-02', deputyId: f.userId, reason: 'Leave' }), status: 422, code: 'VALIDATION_FAILED', field: 'startsOn', fieldCode: 'INVALID_IS_LOCAL_DATE' },
  { route: 'POST /api/v1/absences', caller: A, input: 'the user as their own deputy', body: (f) => ({ userId: f.userId, startsOn: '2099-01-01', endsOn: '2099-01-02', deputyId: f.userId, reason: 'Leave' }), status: 422, code: 'VALIDATION_FAILED', field: 'deputyId', fieldCode: 'NOT_ELIGIBLE_DEPUTY' },
  { route: 'POST /api/v1/absences', caller: A, input: 'an absence already over', body: (f) => ({ userId: f.userId, startsOn: '2020-01-01', endsOn: '2020-01-02', deputyId: f.userId, reason: 'Leave' }), status: 422, code: 'VALIDATION_FAILED', field: 'endsOn', fieldCode: 'IN_THE_PAST' },
  { route: 'GET /api/v1/absences', caller: S, input: 'current=maybe', url: () => '/api/v1/absences?current=maybe', status: 422, code: 'VALIDATION_FAILED', field: 'current', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'GET /api/v1/absences', caller: S, input: 'userId is no UUID', url: () => '/api/v1/absences?userId=me', status: 422, code: 'VALIDATION_FAILED', field: 'userId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/absences/{id}', caller: S, input: 'id is no UUID', url: () => '/api/v1/absences/1', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'DELETE /api/v1/absences/{id}', caller: A, input: 'id is no UUID', url: () => '/api/v1/absences/1', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/users/{id}/deactivate', caller: A, input: 'reassignTo is no UUID', url: (f) => `/api/v1/admin/users/${f.userId}/deactivate`, body: () => ({ reassignTo: 'someone', reason: 'Transferred' }), status: 422, code: 'VALIDATION_FAILED', field: 'reassignTo', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/users/{id}/deactivate', caller: A, input: 'reassignTo without a reason', url: (f) => `/api/v1/admin/users/${f.userId}/deactivate`, body: (f) => ({ reassignTo: f.userId }), status: 422, code: 'VALIDATION_FAILED', field: 'reason' },

  { route: 'GET /api/v1/people', caller: S, input: 'officeId is no UUID', url: () => '/api/v1/people?officeId=ALA-BOS', status: 422, code: 'VALIDATION_FAILED', field: 'officeId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/people', caller: P, input: 'active=yes', url: () => '/api/v1/people?active=yes', status: 422, code: 'VALIDATION_FAILED', field: 'active', fieldCode: 'INVALID_IS_BOOLEAN' },

  // supervision and the change feed
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'limit 0', url: () => '/api/v1/supervision/overdue?limit=0', status: 422, code: 'VALIDATION_FAILED', field: 'limit', fieldCode: 'INVALID_MIN' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'minDaysOverdue -1', url: () => '/api/v1/supervision/overdue?minDaysOverdue=-1', status: 422, code: 'VALIDATION_FAILED', field: 'minDaysOverdue', fieldCode: 'INVALID_MIN' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'unknown sort', url: () => '/api/v1/supervision/overdue?sort=random', status: 422, code: 'VALIDATION_FAILED', field: 'sort', fieldCode: 'INVALID_IS_IN' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'officeId is no UUID', url: () => '/api/v1/supervision/overdue?officeId=ALA', status: 422, code: 'VALIDATION_FAILED', field: 'officeId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'cursor is no JSON', url: () => '/api/v1/supervision/overdue?cursor=abc', status: 422, code: 'VALIDATION_FAILED', field: 'cursor', fieldCode: 'INVALID_CURSOR' },
  { route: 'GET /api/v1/changes', caller: 'integration', input: 'after is no cursor of the feed', url: () => '/api/v1/changes?after=abc', status: 422, code: 'VALIDATION_FAILED', field: 'after' },
  { route: 'GET /api/v1/changes', caller: S, input: 'limit 1001', url: () => '/api/v1/changes?limit=1001', status: 422, code: 'VALIDATION_FAILED', field: 'limit', fieldCode: 'INVALID_MAX' },

  // calendar
  { route: 'GET /api/v1/calendar/entries', caller: 'integration', input: 'year=abc', url: () => '/api/v1/calendar/entries?year=abc', status: 422, code: 'VALIDATION_FAILED', field: 'year' },
  { route: 'GET /api/v1/calendar/entries', caller: P, input: 'unknown status', url: () => '/api/v1/calendar/entries?status=RUMOURED', status: 422, code: 'VALIDATION_FAILED', field: 'status', fieldCode: 'INVALID_IS_IN' },
  { route: 'GET /api/v1/calendar/entries/{id}', caller: P, input: 'NUL in the id', url: () => '/api/v1/calendar/entries/KZ%00', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'GET /api/v1/calendar/days/{date}', caller: P, input: '30 February', url: () => '/api/v1/calendar/days/2026-02-30', status: 422, code: 'VALIDATION_FAILED', field: 'date', fieldCode: 'INVALID_IS_LOCAL_DATE' },
  { route: 'POST /api/v1/calendar/entries', caller: A, input: '30 February', body: () => holiday({ date: '2030-02-30' }), status: 422, code: 'VALIDATION_FAILED', field: 'date', fieldCode: 'INVALID_IS_LOCAL_DATE' },
  { route: 'POST /api/v1/calendar/entries', caller: A, input: 'label without en', body: () => holiday({ label: { kk: 'a', ru: 'a' } }), status: 422, code: 'VALIDATION_FAILED', field: 'label.en' },
  { route: 'POST /api/v1/calendar/entries', caller: A, input: 'unknown kind', body: () => holiday({ kind: 'FESTIVAL' }), status: 422, code: 'VALIDATION_FAILED', field: 'kind', fieldCode: 'INVALID_IS_IN' },
  { route: 'PATCH /api/v1/calendar/entries/{id}', caller: A, input: 'month 13', url: () => '/api/v1/calendar/entries/KZ-2026-01-07-ORTHODOX_CHRISTMAS', body: () => ({ date: '2026-13-07' }), status: 422, code: 'VALIDATION_FAILED', field: 'date', fieldCode: 'INVALID_IS_LOCAL_DATE' },
  { route: 'PATCH /api/v1/calendar/entries/{id}', caller: A, input: 'religious null', url: () => '/api/v1/calendar/entries/KZ-2026-01-07-ORTHODOX_CHRISTMAS', body: () => ({ religious: null }), status: 422, code: 'VALIDATION_FAILED', field: 'religious', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'DELETE /api/v1/calendar/entries/{id}', caller: A, input: 'NUL in the id', url: () => '/api/v1/calendar/entries/KZ%00', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_CHARACTERS' },
  { route: 'POST /api/v1/calendar/impact', caller: S, input: 'two changes at once', body: () => ({ create: holiday({}), delete: { id: 'KZ-2026-01-07-ORTHODOX_CHRISTMAS' } }), status: 422, code: 'VALIDATION_FAILED', fieldCode: 'EXACTLY_ONE_CHANGE' },
  { route: 'POST /api/v1/calendar/impact', caller: A, input: '31 April in a proposed entry', body: () => ({ create: holiday({ date: '2030-04-31' }) }), status: 422, code: 'VALIDATION_FAILED', field: 'create.date', fieldCode: 'INVALID_IS_LOCAL_DATE' },

  // administration
  { route: 'GET /api/v1/admin/users', caller: A, input: 'active=maybe', url: () => '/api/v1/admin/users?active=maybe', status: 422, code: 'VALIDATION_FAILED', field: 'active', fieldCode: 'INVALID_IS_BOOLEAN' },
  { route: 'GET /api/v1/admin/users', caller: A, input: 'officeId is no UUID', url: () => '/api/v1/admin/users?officeId=ALA', status: 422, code: 'VALIDATION_FAILED', field: 'officeId', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/users', caller: A, input: 'password of 5 characters', body: (f) => ({ login: 'new.user', fullName: 'New User', role: 'PROSECUTOR', officeId: f.officeId, password: 'short' }), status: 422, code: 'VALIDATION_FAILED', field: 'password', fieldCode: 'INVALID_MIN_LENGTH' },
  { route: 'POST /api/v1/admin/users', caller: A, input: 'login in capitals', body: (f) => ({ login: 'New.User', fullName: 'New User', role: 'PROSECUTOR', officeId: f.officeId, password: 'long-enough-password' }), status: 422, code: 'VALIDATION_FAILED', field: 'login', fieldCode: 'INVALID_MATCHES' },
  { route: 'PATCH /api/v1/admin/users/{id}', caller: A, input: 'id is no UUID', url: () => '/api/v1/admin/users/42', body: () => ({ fullName: 'X' }), status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'PATCH /api/v1/admin/users/{id}', caller: A, input: 'role null', url: (f) => `/api/v1/admin/users/${f.userId}`, body: () => ({ role: null }), status: 422, code: 'VALIDATION_FAILED', field: 'role', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/admin/users/{id}/deactivate', caller: A, input: 'id is no UUID', url: () => '/api/v1/admin/users/42/deactivate', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/users/{id}/reactivate', caller: A, input: 'id is no UUID', url: () => '/api/v1/admin/users/42/reactivate', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/users/{id}/password', caller: A, input: 'password over 72 bytes', url: (f) => `/api/v1/admin/users/${f.userId}/password`, body: () => ({ password: 'ж'.repeat(40) }), status: 422, code: 'VALIDATION_FAILED', field: 'password', fieldCode: 'INVALID_FITS_BCRYPT' },
  { route: 'POST /api/v1/admin/offices', caller: A, input: 'code in lower case', body: (f) => ({ code: 'ala-new', parentId: f.officeId, level: 'DISTRICT', kind: 'DISTRICT', name: label }), status: 422, code: 'VALIDATION_FAILED', field: 'code', fieldCode: 'INVALID_MATCHES' },
  { route: 'PATCH /api/v1/admin/offices/{id}', caller: A, input: 'empty kk name', url: (f) => `/api/v1/admin/offices/${f.officeId}`, body: () => ({ name: { ...label, kk: '' } }), status: 422, code: 'VALIDATION_FAILED', field: 'name.kk', fieldCode: 'INVALID_MIN_LENGTH' },
  { route: 'POST /api/v1/admin/integration-clients', caller: A, input: 'no scope', body: (f) => ({ name: 'e-Otinish', scopes: [], officeIds: [f.officeId] }), status: 422, code: 'VALIDATION_FAILED', field: 'scopes', fieldCode: 'INVALID_ARRAY_MIN_SIZE' },
  { route: 'POST /api/v1/admin/integration-clients', caller: A, input: 'office id is no UUID', body: () => ({ name: 'e-Otinish', scopes: ['cases:read'], officeIds: ['ALA'] }), status: 422, code: 'VALIDATION_FAILED', field: 'officeIds', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/admin/integration-clients/{id}/revoke', caller: A, input: 'id is no UUID', url: () => '/api/v1/admin/integration-clients/42/revoke', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/me/notifications', caller: P, input: 'unread=maybe', url: () => '/api/v1/me/notifications?unread=maybe', status: 422, code: 'VALIDATION_FAILED', field: 'unread' },
  { route: 'GET /api/v1/me/notifications', caller: P, input: 'cursor is garbage', url: () => '/api/v1/me/notifications?cursor=garbage', status: 422, code: 'VALIDATION_FAILED', field: 'cursor' },
  { route: 'POST /api/v1/me/notifications/{id}/read', caller: P, input: 'id is no UUID', url: () => '/api/v1/me/notifications/42/read', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/admin/webhook-subscriptions', caller: A, input: 'clientId is no UUID', url: () => '/api/v1/admin/webhook-subscriptions?clientId=42', status: 422, code: 'VALIDATION_FAILED', field: 'clientId' },
  { route: 'POST /api/v1/admin/webhook-subscriptions', caller: A, input: 'ftp URL', body: () => ({ clientId: NO_SUCH_ID, url: 'ftp://otinish.gov.kz/hooks', events: ['deadline.missed'] }), status: 422, code: 'VALIDATION_FAILED', field: 'url', fieldCode: 'INVALID_IS_URL' },
  { route: 'POST /api/v1/admin/webhook-subscriptions', caller: A, input: 'unknown event type', body: () => ({ clientId: NO_SUCH_ID, url: 'https://otinish.gov.kz/hooks', events: ['act.deleted'] }), status: 422, code: 'VALIDATION_FAILED', field: 'events', fieldCode: 'INVALID_IS_IN' },
  { route: 'POST /api/v1/admin/webhook-subscriptions', caller: A, input: 'no such client', body: () => ({ clientId: NO_SUCH_ID, url: 'https://otinish.gov.kz/hooks', events: ['deadline.missed'] }), status: 422, code: 'VALIDATION_FAILED', field: 'clientId', fieldCode: 'CLIENT_NOT_FOUND' },
  { route: 'POST /api/v1/admin/webhook-subscriptions/{id}/deactivate', caller: A, input: 'id is no UUID', url: () => '/api/v1/admin/webhook-subscriptions/42/deactivate', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'GET /api/v1/webhook-deliveries', caller: 'integration', input: 'status=LOST', url: () => '/api/v1/webhook-deliveries?status=LOST', status: 422, code: 'VALIDATION_FAILED', field: 'status' },
  { route: 'GET /api/v1/webhook-deliveries/{id}', caller: 'integration', input: 'id is no UUID', url: () => '/api/v1/webhook-deliveries/42', status: 422, code: 'VALIDATION_FAILED', field: 'id', fieldCode: 'INVALID_IS_UUID' },
  { route: 'POST /api/v1/webhook-deliveries/{id}/redeliver', caller: A, input: 'no such delivery', url: () => `/api/v1/webhook-deliveries/${NO_SUCH_ID}/redeliver`, status: 404, code: 'NOT_FOUND' },
  // Impossible dates: refused as written, never rolled over to a real date, never a 500.
  { route: 'GET /api/v1/acts', caller: P, input: 'dueBefore on 30 February', url: () => '/api/v1/acts?dueBefore=2026-02-30', status: 422, code: 'VALIDATION_FAILED', field: 'dueBefore' },
  { route: 'GET /api/v1/acts', caller: P, input: 'dueBefore in year -271821', url: () => '/api/v1/acts?dueBefore=-271821-04-20', status: 422, code: 'VALIDATION_FAILED', field: 'dueBefore' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'cursor holding 30 February', url: () => `/api/v1/supervision/overdue?cursor=${b64(['2026-02-30T00:00:00Z', NO_SUCH_ID])}`, status: 422, code: 'VALIDATION_FAILED', field: 'cursor' },
  { route: 'GET /api/v1/supervision/overdue', caller: S, input: 'minDaysOverdue 99999999999', url: () => '/api/v1/supervision/overdue?minDaysOverdue=99999999999', status: 422, code: 'VALIDATION_FAILED', field: 'minDaysOverdue' },
  { route: 'GET /api/v1/supervision/overdue.csv', caller: S, input: 'a page size (the export has no pages)', url: () => '/api/v1/supervision/overdue.csv?limit=50', status: 422, code: 'VALIDATION_FAILED', field: 'limit', fieldCode: 'UNKNOWN_FIELD' },
  { route: 'GET /api/v1/supervision/overdue.csv', caller: S, input: 'deadlineKind unknown', url: () => '/api/v1/supervision/overdue.csv?deadlineKind=SOON', status: 422, code: 'VALIDATION_FAILED', field: 'deadlineKind', fieldCode: 'INVALID_IS_ENUM' },
  { route: 'POST /api/v1/calendar/entries', caller: A, input: 'date in year 0000', body: () => holiday({ date: '0000-01-01' }), status: 422, code: 'VALIDATION_FAILED', field: 'date' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'receivedAt in year 0000', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '0000-01-01T00:00:00Z' } }), status: 422, code: 'INVALID_PAYLOAD', field: 'receivedAt' },
  { route: 'POST /api/v1/acts/{id}/events', caller: P, input: 'receivedAt on 30 February', url: events, body: () => ({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-02-30T10:00:00Z' } }), status: 422, code: 'INVALID_PAYLOAD', field: 'receivedAt' },
];

/** Every route that takes a body, a path parameter or query parameters must have a row. */
function routesThatTakeInput(): string[] {
  const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { parameters?: Array<{ in: string }> }>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method, operation]) => ['post', 'patch', 'put', 'delete'].includes(method) || path.includes('{') || (operation.parameters ?? []).some((p) => p.in === 'query'))
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

/** Every table a request could write, as row count and a digest of its content. */
const WATCHED_TABLES = [
  'acts',
  'act_transitions',
  'deadlines',
  'cases',
  'audit_log',
  'outbox',
  'users',
  'refresh_tokens',
  'offices',
  'integration_clients',
  'calendar_entries',
  'idempotency_keys',
  'user_absences',
  'notices',
  'attachments',
  'act_documents',
  'act_signatures',
];

describe('bad input', () => {
  let api: ApiHarness;
  let fixture: Fixture;
  const headersOf = new Map<Caller, Record<string, string>>();

  const snapshot = async (): Promise<Record<string, string>> => {
    const digests: Record<string, string> = {};
    for (const table of WATCHED_TABLES) {
      const [row] = await api.dataSource.query(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`);
      digests[table] = row.digest as string;
    }
    return digests;
  };

  const send = async (row: BadInput): Promise<Response> => {
    const [method, path] = row.route.split(' ');
    let call = api.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](row.url ? row.url(fixture) : path).set(headersOf.get(row.caller) ?? {});
    if (row.headers) call = call.set(row.headers);
    if (row.raw) return call.set('Content-Type', row.raw.type).send(row.raw.text);
    return row.body ? call.send(row.body(fixture) as object) : call;
  };

  const expectRefused = async (row: BadInput) => {
    const before = await snapshot();
    const response = await send(row);
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({ status: row.status, contentType: expect.stringMatching(/^application\/problem\+json/) });
    expect(response.body).toMatchObject({ status: row.status, code: row.code, ...(row.article ? { article: row.article } : {}) });
    if (row.field || row.fieldCode) {
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ ...(row.field ? { field: row.field } : {}), ...(row.fieldCode ? { code: row.fieldCode } : {}) })]));
    }
    expect(await snapshot()).toEqual(before);
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    const prosecutor = await api.as(P);
    const caseId = await api.openCase(P, '2026-ALA-BOS-BAD-INPUT');
    const filed = await api.http.post('/api/v1/acts/protests').set(prosecutor).send({ caseId, title: 'Protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(prosecutor).send({ event: 'ISSUE' }).expect(200);
    fixture = { caseId, actId: filed.body.id as string, userId: await api.userId('medeu.prosecutor'), officeId: await api.officeId('ALA') };
    const { key, prefix, hash } = generateApiKey();
    await api.dataSource.getRepository(IntegrationClientEntity).insert({ name: 'bad-input', keyPrefix: prefix, keyHash: hash, scopes: Object.values(IntegrationScope), officeIds: [fixture.officeId] });
    for (const login of [P, S, A] as const) headersOf.set(login, await api.as(login));
    headersOf.set('integration', { 'X-Api-Key': key });
  });
  afterAll(() => api?.stop());

  it('has a row for every route that takes a body, a path parameter or a query', () => {
    const covered = new Set(TABLE.map((row) => row.route));
    expect(routesThatTakeInput().filter((route) => !covered.has(route))).toEqual([]);
  });

  it.each(TABLE)('$route as $caller, $input → $status $code', expectRefused);

});
