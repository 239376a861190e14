import { DEMO_PASSWORD } from '../../tools/demo-data/seed-demo';
import { ApiHarness } from '../support/api-harness';

/** The web workspace's session: the access token in the body, the refresh token in an httpOnly cookie. */
describe('browser sessions and preferences', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  const cookieOf = (setCookie: string | string[] | undefined): string => {
    const header = ([] as string[]).concat(setCookie ?? []).find((line) => line.startsWith('pao_session='));
    if (!header) throw new Error('no session cookie was set');
    return header;
  };
  const start = (login: string, password = DEMO_PASSWORD) => api.http.post('/api/v1/auth/session').set('Host', '127.0.0.1').send({ login, password });

  it('answers the access token and keeps the refresh token in an httpOnly, SameSite=Strict cookie scoped to the session routes', async () => {
    const response = await start('bostandyk.prosecutor').expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
    const cookie = cookieOf(response.headers['set-cookie']);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth\/session/);
    expect(cookie).toMatch(/; Secure/);
    await api.http.get('/api/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
  });

  it('refreshes with the cookie alone and rotates it; a replayed cookie revokes the session', async () => {
    const first = cookieOf((await start('bostandyk.prosecutor').expect(200)).headers['set-cookie']).split(';')[0];
    const refreshed = await api.http.post('/api/v1/auth/session/refresh').set('Cookie', first).expect(200);
    const second = cookieOf(refreshed.headers['set-cookie']).split(';')[0];
    expect(second).not.toBe(first);
    await api.http.get('/api/v1/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    // The first cookie again: a replay — the whole family is revoked, the rotated cookie with it.
    expect((await api.http.post('/api/v1/auth/session/refresh').set('Cookie', first).expect(401)).body.code).toBe('INVALID_REFRESH_TOKEN');
    await api.http.post('/api/v1/auth/session/refresh').set('Cookie', second).expect(401);
  });

  it('refuses a refresh without a session cookie', async () => {
    expect((await api.http.post('/api/v1/auth/session/refresh').expect(401)).body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('signs out: the session’s refresh token is revoked and the cookie cleared', async () => {
    const cookie = cookieOf((await start('bostandyk.prosecutor').expect(200)).headers['set-cookie']).split(';')[0];
    const ended = await api.http.delete('/api/v1/auth/session').set('Cookie', cookie).expect(204);
    expect(cookieOf(ended.headers['set-cookie'])).toMatch(/^pao_session=;.*Expires=Thu, 01 Jan 1970/);
    await api.http.post('/api/v1/auth/session/refresh').set('Cookie', cookie).expect(401);
  });

  it('tells the owner of a deactivated account why, and only someone who knows its password', async () => {
    await api.dataSource.query(`UPDATE users SET is_active = false WHERE login = 'sairam.prosecutor'`);
    try {
      expect((await start('sairam.prosecutor').expect(401)).body.code).toBe('ACCOUNT_DEACTIVATED');
      expect((await start('sairam.prosecutor', 'not the password').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      expect((await start('nobody.at.all').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    } finally {
      await api.dataSource.query(`UPDATE users SET is_active = true WHERE login = 'sairam.prosecutor'`);
    }
  });

  it('remembers the language a user chose, and counts their unread notices', async () => {
    const headers = await api.as('medeu.prosecutor');
    expect((await api.http.get('/api/v1/me').set(headers).expect(200)).body).toMatchObject({ language: null, unreadNotifications: 0 });
    expect((await api.http.patch('/api/v1/me').set(headers).send({ language: 'kk' }).expect(200)).body.language).toBe('kk');
    expect((await api.http.get('/api/v1/me').set(await api.as('medeu.prosecutor')).expect(200)).body.language).toBe('kk');
    const refused = await api.http.patch('/api/v1/me').set(headers).send({ language: 'de' }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
  });
});
