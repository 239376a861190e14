import { ApiHarness } from '../support/api-harness';
import { requestFingerprint } from '../../apps/api/src/idempotency/request-fingerprint';
import { Client } from 'pg';

describe('Idempotency-Key on POST', () => {
  let api: ApiHarness;
  let prosecutor: Record<string, string>;

  const caseBody = (number: string) => ({ number, subject: 'Legality of land allocation decisions', addresseeName: 'Akimat of Bostandyk district' });
  const createCase = (body: object, key?: string, headers = prosecutor) => {
    const call = api.http.post('/api/v1/cases').set(headers);
    return (key === undefined ? call : call.set('Idempotency-Key', key)).send(body);
  };
  const casesNumbered = async (number: string): Promise<number> =>
    (await api.dataSource.query('SELECT count(*)::int AS n FROM cases WHERE number = $1', [number]))[0].n;
  const auditRowsOf = async (number: string): Promise<number> =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.created' AND after->>'number' = $1`, [number]))[0].n;
  const keyRows = async (key: string) => api.dataSource.query('SELECT principal, fingerprint, response_status, response_body FROM idempotency_keys WHERE key = $1', [key]);

  beforeAll(async () => {
    api = await ApiHarness.start();
    prosecutor = await api.as('bostandyk.prosecutor');
  });
  afterAll(() => api?.stop());

  it('replays the stored response to a retry without running the handler again', async () => {
    const first = await createCase(caseBody('IDEM-001'), 'key-001').expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const [stored] = await keyRows('key-001');
    expect(stored).toMatchObject({ principal: expect.stringMatching(/^user:/), response_status: 201, response_body: first.body });

    // The same request, its keys in another order: the same fingerprint.
    const retry = await createCase({ addresseeName: 'Akimat of Bostandyk district', subject: 'Legality of land allocation decisions', number: 'IDEM-001' }, 'key-001').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await casesNumbered('IDEM-001')).toBe(1);
    expect(await auditRowsOf('IDEM-001')).toBe(1);
  });

  it('refuses the same key with another body with 422 IDEMPOTENCY_KEY_REUSED, changing nothing', async () => {
    const first = await createCase(caseBody('IDEM-002'), 'key-002').expect(201);
    const before = await keyRows('key-002');
    const reused = await createCase(caseBody('IDEM-003'), 'key-002').expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    expect(await casesNumbered('IDEM-003')).toBe(0);
    expect(await keyRows('key-002')).toEqual(before);
    expect(before[0].response_body).toEqual(first.body);
  });

  it('keeps keys apart per caller', async () => {
    await createCase(caseBody('IDEM-004'), 'shared-key').expect(201);
    const other = await createCase(caseBody('IDEM-005'), 'shared-key', await api.as('medeu.prosecutor')).expect(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(await casesNumbered('IDEM-005')).toBe(1);
    expect((await keyRows('shared-key')).map((row: { principal: string }) => row.principal)).toHaveLength(2);
  });

  it('answers 409 IDEMPOTENCY_REQUEST_IN_PROGRESS to a duplicate sent while the first still runs', async () => {
    const locker = new Client({ connectionString: api.context.databaseUrl });
    await locker.connect();
    let first: Promise<{ status: number; body: unknown }> | undefined;
    try {
      // Hold the first request inside its handler: its INSERT into cases waits for this lock.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE');
      first = createCase(caseBody('IDEM-006'), 'key-006').then((response) => response);
      await waitUntil(async () => (await keyRows('key-006')).length === 1, 'the first request to claim its key');

      const duplicate = await createCase(caseBody('IDEM-006'), 'key-006').expect(409);
      expect(duplicate.body).toMatchObject({ code: 'IDEMPOTENCY_REQUEST_IN_PROGRESS', detail: 'Retry once the earlier request has answered.' });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const firstResponse = await first!;
    expect(firstResponse.status).toBe(201);
    const retry = await createCase(caseBody('IDEM-006'), 'key-006').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(firstResponse.body);
    expect(await casesNumbered('IDEM-006')).toBe(1);
  });

  it('says the outcome is unknown when the request holding the key died before storing its response', async () => {
    const body = caseBody('IDEM-007');
    const principal = `user:${(await api.dataSource.query(`SELECT id FROM users WHERE login = 'bostandyk.prosecutor'`))[0].id}`;
    await api.dataSource.query(`INSERT INTO idempotency_keys (principal, key, fingerprint, created_at) VALUES ($1, 'key-007', $2, now() - interval '1 hour')`, [
      principal,
      requestFingerprint('POST', '/api/v1/cases', body),
    ]);
    const response = await createCase(body, 'key-007').expect(409);
    expect(response.body.code).toBe('IDEMPOTENCY_REQUEST_IN_PROGRESS');
    expect(response.body.detail).toMatch(/stopped without recording its outcome/);
    expect(await casesNumbered('IDEM-007')).toBe(0);
  });

  it('frees the key of a request that failed, so the client can retry with it', async () => {
    const invalid = await createCase({ number: 'IDEM-008' }, 'key-008').expect(422);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(await keyRows('key-008')).toEqual([]);
    await createCase(caseBody('IDEM-008'), 'key-008').expect(201);

    // A refusal by the handler itself (the number is taken) frees the key too.
    const taken = await createCase(caseBody('IDEM-008'), 'key-009').expect(409);
    expect(taken.body.code).toBe('CASE_NUMBER_TAKEN');
    expect(await keyRows('key-009')).toEqual([]);
    expect(await casesNumbered('IDEM-008')).toBe(1);
  });

  it.each([
    ['an empty key', ''],
    ['a key over 200 characters', 'k'.repeat(201)],
  ])('refuses %s with 422 naming Idempotency-Key, creating nothing', async (_name, key) => {
    const response = await createCase(caseBody('IDEM-010'), key).expect(422);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'Idempotency-Key', code: 'INVALID_IDEMPOTENCY_KEY' }] });
    expect(await casesNumbered('IDEM-010')).toBe(0);
  });

  it('accepts a key of exactly 200 printable characters', async () => {
    await createCase(caseBody('IDEM-011'), `~ ${'k'.repeat(198)}`).expect(201);
    expect(await keyRows(`~ ${'k'.repeat(198)}`)).toHaveLength(1);
  });

  it('leaves POSTs without the header and public routes alone', async () => {
    await createCase(caseBody('IDEM-012')).expect(201);
    await api.http.post('/api/v1/auth/login').set('Idempotency-Key', 'login-key').send({ login: 'admin', password: 'demo-password-2709' }).expect(200);
    await api.http.post('/api/v1/auth/login').set('Idempotency-Key', 'login-key').send({ login: 'admin', password: 'demo-password-2709' }).expect(200);
    expect(await keyRows('login-key')).toEqual([]);
  });
});

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
