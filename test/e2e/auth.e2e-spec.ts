import { FixedClock } from '@app/config';
import { IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { API_KEY_CACHE_TTL_MS } from '../../apps/api/src/auth/api-key-cache';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';

describe('authentication', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  it('logs in with the demo password and answers a token pair', async () => {
    const response = await api.http.post('/api/v1/auth/login').send({ login: 'bostandyk.prosecutor', password: 'demo-password-2709' }).expect(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, accessToken: expect.any(String), refreshToken: expect.any(String) });
  });

  it('refuses a wrong password and an unknown login alike, with 401 INVALID_CREDENTIALS', async () => {
    for (const body of [{ login: 'bostandyk.prosecutor', password: 'wrong' }, { login: 'nobody', password: 'wrong' }]) {
      const response = await api.http.post('/api/v1/auth/login').send(body).expect(401);
      expect(response.body).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    }
  });

  it('rejects unknown fields in the login body with 422 naming the field', async () => {
    const response = await api.http.post('/api/v1/auth/login').send({ login: 'a', password: 'b', role: 'ADMINISTRATOR' }).expect(422);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'role', code: 'UNKNOWN_FIELD' }] });
  });

  it('rotates refresh tokens; replaying a spent one revokes the whole family', async () => {
    const login = await api.http.post('/api/v1/auth/login').send({ login: 'medeu.prosecutor', password: 'demo-password-2709' }).expect(200);
    const first = login.body.refreshToken as string;
    const rotated = await api.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200);
    const second = rotated.body.refreshToken as string;
    expect(second).not.toBe(first);

    const replay = await api.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(401);
    expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');
    // The replay revoked the family: the legitimate successor is dead too.
    await api.http.post('/api/v1/auth/refresh').send({ refreshToken: second }).expect(401);
    const [{ open }] = await api.dataSource.query(
      `SELECT count(*)::int AS open FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE u.login = 'medeu.prosecutor' AND t.revoked_at IS NULL`,
    );
    expect(open).toBe(0);
  });

  it.each([
    ['no credentials', {}],
    ['a forged token', { Authorization: 'Bearer not.a.token' }],
    ['a refresh token used as an access token', 'refresh'],
  ])('answers 401 UNAUTHENTICATED with %s', async (_name, headers) => {
    let sent = headers as Record<string, string>;
    if (headers === 'refresh') {
      const login = await api.http.post('/api/v1/auth/login').send({ login: 'admin', password: 'demo-password-2709' }).expect(200);
      sent = { Authorization: `Bearer ${login.body.refreshToken}` };
    }
    const response = await api.http.get('/api/v1/me').set(sent).expect(401);
    expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('a deactivated account loses access at once, before its token expires', async () => {
    const headers = await api.as('temirtau.prosecutor');
    await api.dataSource.query(`UPDATE users SET is_active = false WHERE login = 'temirtau.prosecutor'`);
    try {
      const response = await api.http.get('/api/v1/me').set(headers).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.dataSource.query(`UPDATE users SET is_active = true WHERE login = 'temirtau.prosecutor'`);
    }
  });

  it('authenticates integrations by API key, stored only as a hash', async () => {
    const { key, prefix, hash } = generateApiKey();
    await api.dataSource.getRepository(IntegrationClientEntity).insert({
      name: 'e-Otinish',
      keyPrefix: prefix,
      keyHash: hash,
      scopes: [IntegrationScope.CASES_READ],
      officeIds: [await api.officeId('ALA')],
    });
    const [stored] = await api.dataSource.query('SELECT key_hash FROM integration_clients WHERE key_prefix = $1', [prefix]);
    expect(stored.key_hash).not.toContain(key.slice(4));
    const wrong = await api.http.get('/api/v1/me').set('X-Api-Key', `${prefix}${'x'.repeat(40)}`).expect(401);
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
    const me = await api.http.get('/api/v1/me').set('X-Api-Key', key).expect(200);
    expect(me.body).toMatchObject({ kind: 'integration', name: 'e-Otinish', scopes: ['cases:read'] });
  });

  it('GET /api/v1/me describes the signed-in user and their office', async () => {
    const response = await api.http.get('/api/v1/me').set(await api.as('almaty.head')).expect(200);
    expect(response.body).toMatchObject({ kind: 'user', login: 'almaty.head', role: 'SUPERVISOR', office: { code: 'ALA' } });
  });
});

describe('API keys, remembered for a few seconds once verified', () => {
  // A clock that moves only when told: the cache's TTL is crossed without waiting for it.
  const clock = new FixedClock(new Date('2026-11-23T06:00:00Z'));
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
  });
  afterAll(() => api?.stop());

  const me = (key: string) => api.http.get('/api/v1/me').set('X-Api-Key', key);

  it('refuses a key revoked behind the API’s back (another process, SQL) once the TTL has passed', async () => {
    const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] });
    await me(client.key).expect(200);
    // Not through this process's admin API (that forgets the key at once), and not through TypeORM.
    await api.dataSource.query('UPDATE integration_clients SET is_active = false WHERE id = $1', [client.id]);
    await me(client.key).expect(200); // still remembered: the TTL is the documented bound
    clock.advance(API_KEY_CACHE_TTL_MS);
    const refused = await me(client.key).expect(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
  });

  it('forgets every key at once when a client is revoked through the admin API', async () => {
    const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] });
    await me(client.key).expect(200);
    await api.http.post(`/api/v1/admin/integration-clients/${client.id}/revoke`).set(await api.as('admin')).expect(200);
    expect((await me(client.key).expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('does not remember refusals: a key refused once works as soon as its client is active', async () => {
    const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] });
    await api.dataSource.query('UPDATE integration_clients SET is_active = false WHERE id = $1', [client.id]);
    await me(client.key).expect(401);
    await api.dataSource.query('UPDATE integration_clients SET is_active = true WHERE id = $1', [client.id]);
    await me(client.key).expect(200);
  });
});
