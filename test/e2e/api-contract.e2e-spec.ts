import { contractViolation } from '../support/api-contract';

/** The contract check every e2e answer goes through must itself refuse what drifts from the document. */
describe('the API contract check (test/support/api-contract.ts)', () => {
  const kase = {
    id: '6f1d2a8e-3c4b-4e5f-9a7b-1c2d3e4f5a6b',
    number: '2026-ALA-BOS-000123',
    subject: 'Legality of land allocation decisions',
    addresseeName: 'Akimat of Bostandyk district',
    officeId: '43d77df8-9258-4453-94e3-ba37c30c4cf1',
    responsibleProsecutorId: '0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f',
    status: 'OPEN',
    version: 1,
    application: null,
    createdAt: '2026-03-10T04:00:00.000Z',
    updatedAt: '2026-03-10T04:00:00.000Z',
  };
  const created = (body: unknown, headers: Record<string, string> = {}) => ({
    status: 201,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': 'r-1',
      'x-ratelimit-limit': '3000',
      'x-ratelimit-remaining': '2999',
      'x-ratelimit-reset': '60',
      location: `/api/v1/cases/${kase.id}`,
      ...headers,
    },
    text: JSON.stringify(body),
    body: undefined,
  });

  it('accepts an answer the document describes', () => {
    expect(contractViolation('POST', '/api/v1/cases', created(kase))).toBeNull();
  });

  it('refuses a field the schema does not name', () => {
    expect(contractViolation('POST', '/api/v1/cases', created({ ...kase, secret: 'x' }))).toMatch(/must NOT have unevaluated properties/);
  });

  it('refuses a missing field and a value outside its enum or format', () => {
    const { subject: _subject, ...withoutSubject } = kase;
    expect(contractViolation('POST', '/api/v1/cases', created(withoutSubject))).toMatch(/must have required property 'subject'/);
    expect(contractViolation('POST', '/api/v1/cases', created({ ...kase, status: 'ARCHIVED' }))).toMatch(/must be equal to one of the allowed values/);
    expect(contractViolation('POST', '/api/v1/cases', created({ ...kase, id: 'not-a-uuid' }))).toMatch(/must match format "uuid"/);
  });

  it('refuses a status the operation does not document', () => {
    expect(contractViolation('POST', '/api/v1/cases', { ...created(kase), status: 418 })).toMatch(/status not documented/);
  });

  it('refuses a content type the answer does not list, and a missing required header', () => {
    expect(contractViolation('POST', '/api/v1/cases', created(kase, { 'content-type': 'text/html' }))).toMatch(/content type 'text\/html' not documented/);
    const { location: _location, ...headers } = created(kase).headers;
    expect(contractViolation('POST', '/api/v1/cases', { ...created(kase), headers })).toMatch(/required header Location missing/);
  });

  it('holds errors to the problem document too', () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND', instance: '/api/v1/cases/x' };
    const answer = (body: unknown) => ({ status: 404, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'r-1' }, text: JSON.stringify(body), body: undefined });
    expect(contractViolation('GET', `/api/v1/cases/${kase.id}`, answer(problem))).toBeNull();
    expect(contractViolation('GET', `/api/v1/cases/${kase.id}`, answer({ ...problem, code: 'NO_SUCH_CODE' }))).toMatch(/allowed values/);
  });
});
