import { createHash } from 'node:crypto';
import { DEMO_PASSWORD } from '../../tools/demo-data/seed-demo';
import { ApiHarness } from '../support/api-harness';

const NAME = { kk: 'Алмалы ауданының прокуратурасы', ru: 'Прокуратура Алмалинского района', en: "Almaly District Prosecutor's Office" };

describe('administration', () => {
  let api: ApiHarness;
  let admin: { Authorization: string };

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await api.dataSource.query(sql, params))[0].n;
  const auditCount = () => count('SELECT count(*)::int AS n FROM audit_log');
  const lastAudit = async () =>
    (await api.dataSource.query('SELECT action, entity_type, entity_id, before, after, actor_role FROM audit_log ORDER BY id DESC LIMIT 1'))[0];
  const login = (user: string, password: string) => api.http.post('/api/v1/auth/login').send({ login: user, password });

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.as('admin');
  });
  afterAll(() => api?.stop());

  it.each([
    ['get', '/api/v1/admin/offices'],
    ['post', '/api/v1/admin/offices'],
    ['get', '/api/v1/admin/users'],
    ['post', '/api/v1/admin/users'],
    ['get', '/api/v1/admin/integration-clients'],
    ['post', '/api/v1/admin/integration-clients'],
  ] as const)('%s %s is for administrators only (403 FORBIDDEN for a supervisor, nothing written)', async (method, path) => {
    const [offices, users, audits] = [await count('SELECT count(*)::int AS n FROM offices'), await count('SELECT count(*)::int AS n FROM users'), await auditCount()];
    const response = await api.http[method](path).set(await api.as('gpo.head')).send({}).expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect([await count('SELECT count(*)::int AS n FROM offices'), await count('SELECT count(*)::int AS n FROM users'), await auditCount()]).toEqual([
      offices,
      users,
      audits,
    ]);
  });

  describe('offices', () => {
    it('lists the hierarchy in tree order with consistent path and depth', async () => {
      const response = await api.http.get('/api/v1/admin/offices').set(admin).expect(200);
      expect(response.body.map((office: { code: string }) => office.code)).toEqual(['GPO', 'ALA', 'ALA-BOS', 'ALA-MED', 'KAR', 'KAR-IDE', 'KAR-TEM', 'TUR', 'TUR-SAI']);
      const byId = new Map(response.body.map((office: { id: string }) => [office.id, office]));
      for (const office of response.body as Array<{ id: string; parentId: string | null; path: string; depth: number }>) {
        const parent = office.parentId ? (byId.get(office.parentId) as { path: string; depth: number }) : null;
        expect(office.path).toBe(`${parent ? parent.path : '/'}${office.id}/`);
        expect(office.depth).toBe(parent ? parent.depth + 1 : 0);
      }
      expect(response.body[2]).toMatchObject({ code: 'ALA-BOS', level: 'DISTRICT', kind: 'DISTRICT', name: { en: "Bostandyk District Prosecutor's Office" } });
    });

    it('opens a district office under a regional one: path, depth and audit row right, and it sits in the tree', async () => {
      const ala = (await api.dataSource.query(`SELECT id, path FROM offices WHERE code = 'ALA'`))[0];
      const response = await api.http
        .post('/api/v1/admin/offices')
        .set(admin)
        .send({ code: 'ALA-ALM', parentId: ala.id, level: 'DISTRICT', kind: 'DISTRICT', name: NAME })
        .expect(201);
      const id = response.body.id as string;
      const [row] = await api.dataSource.query('SELECT code, parent_id, level, kind, path, depth, name_kk, name_ru, name_en FROM offices WHERE id = $1', [id]);
      expect(row).toEqual({
        code: 'ALA-ALM', parent_id: ala.id, level: 'DISTRICT', kind: 'DISTRICT', path: `${ala.path}${id}/`, depth: 2, name_kk: NAME.kk, name_ru: NAME.ru, name_en: NAME.en,
      });
      expect(await lastAudit()).toEqual({ action: 'office.created', entity_type: 'office', entity_id: id, before: null, after: response.body, actor_role: 'ADMINISTRATOR' });
      const tree = await api.http.get('/api/v1/admin/offices').set(admin).expect(200);
      expect(tree.body.map((office: { code: string }) => office.code)).toEqual(['GPO', 'ALA', 'ALA-ALM', 'ALA-BOS', 'ALA-MED', 'KAR', 'KAR-IDE', 'KAR-TEM', 'TUR', 'TUR-SAI']);
    });

    it('opens a regional office under the GPO', async () => {
      const response = await api.http
        .post('/api/v1/admin/offices')
        .set(admin)
        .send({ code: 'AST', parentId: await api.officeId('GPO'), level: 'REGIONAL', kind: 'CAPITAL', name: { kk: 'Астана', ru: 'Астана', en: 'Astana' } })
        .expect(201);
      expect(response.body).toMatchObject({ code: 'AST', depth: 1, level: 'REGIONAL' });
    });

    it.each([
      ['a second General Prosecutor\'s Office', { level: 'GENERAL', kind: 'GENERAL_PROSECUTORS_OFFICE', parent: 'GPO' }, 'level', 'OFFICE_LEVEL_NOT_ALLOWED', 422],
      ['a district directly under the GPO', { level: 'DISTRICT', kind: 'DISTRICT', parent: 'GPO' }, 'parentId', 'PARENT_LEVEL_MISMATCH', 422],
      ['a regional office under a regional one', { level: 'REGIONAL', kind: 'REGION', parent: 'ALA' }, 'parentId', 'PARENT_LEVEL_MISMATCH', 422],
      ['a district office of a regional kind', { level: 'DISTRICT', kind: 'REGION', parent: 'ALA' }, 'kind', 'OFFICE_KIND_NOT_OF_LEVEL', 422],
      ['an unknown kind', { level: 'DISTRICT', kind: 'VILLAGE', parent: 'ALA' }, 'kind', 'INVALID_IS_ENUM', 422],
    ])('refuses %s, writing nothing', async (_name, office, field, code, status) => {
      const [offices, audits] = [await count('SELECT count(*)::int AS n FROM offices'), await auditCount()];
      const response = await api.http
        .post('/api/v1/admin/offices')
        .set(admin)
        .send({ code: 'NEW-1', parentId: await api.officeId(office.parent), level: office.level, kind: office.kind, name: NAME })
        .expect(status);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, code }));
      expect([await count('SELECT count(*)::int AS n FROM offices'), await auditCount()]).toEqual([offices, audits]);
    });

    it('refuses a taken code (409), an unknown parent and a missing name (422), writing nothing', async () => {
      const [offices, audits] = [await count('SELECT count(*)::int AS n FROM offices'), await auditCount()];
      const body = { code: 'ALA-BOS', parentId: await api.officeId('ALA'), level: 'DISTRICT', kind: 'DISTRICT', name: NAME };
      expect((await api.http.post('/api/v1/admin/offices').set(admin).send(body).expect(409)).body.code).toBe('OFFICE_CODE_TAKEN');
      const unknown = await api.http.post('/api/v1/admin/offices').set(admin).send({ ...body, code: 'NEW-2', parentId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'parentId', code: 'OFFICE_NOT_FOUND' })]);
      const nameless = await api.http.post('/api/v1/admin/offices').set(admin).send({ ...body, code: 'NEW-3', name: undefined }).expect(422);
      expect(nameless.body.errors).toContainEqual(expect.objectContaining({ field: 'name' }));
      expect([await count('SELECT count(*)::int AS n FROM offices'), await auditCount()]).toEqual([offices, audits]);
    });

    it('renames an office, auditing before and after; unknown (404) and malformed (422) ids change nothing', async () => {
      const id = await api.officeId('KAR-IDE');
      const name = { kk: 'Қарағанды табиғат қорғау прокуратурасы', ru: 'Карагандинская природоохранная прокуратура', en: "Karaganda Nature Protection Prosecutor's Office" };
      const response = await api.http.patch(`/api/v1/admin/offices/${id}`).set(admin).send({ name }).expect(200);
      expect(response.body).toMatchObject({ id, code: 'KAR-IDE', name });
      expect((await api.dataSource.query('SELECT name_en FROM offices WHERE id = $1', [id]))[0].name_en).toBe(name.en);
      expect(await lastAudit()).toMatchObject({ action: 'office.renamed', entity_id: id, before: { name: { en: "Karaganda Environmental Prosecutor's Office" } }, after: { name } });
      const audits = await auditCount();
      expect((await api.http.patch('/api/v1/admin/offices/00000000-0000-4000-8000-000000000000').set(admin).send({ name }).expect(404)).body.code).toBe('NOT_FOUND');
      const malformed = await api.http.patch('/api/v1/admin/offices/KAR-IDE').set(admin).send({ name }).expect(422);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'INVALID_IS_UUID' })]);
      await api.http.patch(`/api/v1/admin/offices/${id}`).set(admin).send({ name, code: 'X' }).expect(422);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe('users', () => {
    const NEW_PASSWORD = 'a-long-new-password-1';

    it('lists users by office and by role, never with a password hash', async () => {
      const byOffice = await api.http.get(`/api/v1/admin/users?officeId=${await api.officeId('ALA-BOS')}`).set(admin).expect(200);
      expect(byOffice.body.map((user: { login: string }) => user.login)).toEqual(['bostandyk.head', 'bostandyk.prosecutor']);
      expect(byOffice.body[0]).toEqual({
        id: expect.any(String), login: 'bostandyk.head', fullName: expect.any(String), email: 'bostandyk.head@demo.prokuratura.kz', role: 'SUPERVISOR',
        officeId: await api.officeId('ALA-BOS'), officeCode: 'ALA-BOS', isActive: true, createdAt: expect.any(String),
      });
      const admins = await api.http.get('/api/v1/admin/users?role=ADMINISTRATOR&active=true').set(admin).expect(200);
      expect(admins.body.map((user: { login: string }) => user.login)).toEqual(['admin']);
      expect(JSON.stringify(admins.body)).not.toMatch(/password/i);
      await api.http.get('/api/v1/admin/users?role=KING').set(admin).expect(422);
    });

    it('creates a user whose password is stored only as a bcrypt hash; the user can log in', async () => {
      const body = { login: 'medeu.head', fullName: 'Прокурор района Д. Омаров', role: 'SUPERVISOR', officeId: await api.officeId('ALA-MED'), password: NEW_PASSWORD };
      const response = await api.http.post('/api/v1/admin/users').set(admin).send(body).expect(201);
      expect(response.body).toMatchObject({ login: 'medeu.head', role: 'SUPERVISOR', officeCode: 'ALA-MED', email: null, isActive: true });
      expect(JSON.stringify(response.body)).not.toMatch(/password/i);
      const [row] = await api.dataSource.query('SELECT password_hash FROM users WHERE login = $1', ['medeu.head']);
      expect(row.password_hash).toMatch(/^\$2[aby]\$10\$/);
      expect(await lastAudit()).toEqual({ action: 'user.created', entity_type: 'user', entity_id: response.body.id, before: null, after: response.body, actor_role: 'ADMINISTRATOR' });
      await login('medeu.head', NEW_PASSWORD).expect(200);
    });

    it('refuses a taken login with 409 LOGIN_TAKEN and malformed fields with 422, writing nothing', async () => {
      const [users, audits] = [await count('SELECT count(*)::int AS n FROM users'), await auditCount()];
      const body = { login: 'bostandyk.head', fullName: 'X', role: 'PROSECUTOR', officeId: await api.officeId('ALA-BOS'), password: NEW_PASSWORD };
      const taken = await api.http.post('/api/v1/admin/users').set(admin).send(body).expect(409);
      expect(taken.body).toMatchObject({ status: 409, code: 'LOGIN_TAKEN' });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...body, login: 'Upper.Case' }, 'login'],
        [{ ...body, login: 'fresh.user', password: 'short' }, 'password'],
        [{ ...body, login: 'fresh.user', password: 'ж'.repeat(40) }, 'password'],
        [{ ...body, login: 'fresh.user', role: 'ROOT' }, 'role'],
        [{ ...body, login: 'fresh.user', officeId: '00000000-0000-4000-8000-000000000000' }, 'officeId'],
        [{ ...body, login: 'fresh.user', passwordHash: 'x' }, 'passwordHash'],
      ];
      for (const [invalid, field] of cases) {
        const response = await api.http.post('/api/v1/admin/users').set(admin).send(invalid).expect(422);
        expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
      }
      expect([await count('SELECT count(*)::int AS n FROM users'), await auditCount()]).toEqual([users, audits]);
    });

    it('changes role and office, effective at the next request, with before and after audited', async () => {
      const id = await api.userId('karaganda.head');
      const headers = await api.as('karaganda.head');
      const response = await api.http.patch(`/api/v1/admin/users/${id}`).set(admin).send({ role: 'PROSECUTOR', officeId: await api.officeId('KAR-TEM') }).expect(200);
      expect(response.body).toMatchObject({ role: 'PROSECUTOR', officeCode: 'KAR-TEM' });
      const me = await api.http.get('/api/v1/me').set(headers).expect(200);
      expect(me.body).toMatchObject({ role: 'PROSECUTOR', office: { code: 'KAR-TEM' } });
      expect(await lastAudit()).toMatchObject({ action: 'user.updated', entity_id: id, before: { role: 'SUPERVISOR', officeCode: 'KAR' }, after: { role: 'PROSECUTOR', officeCode: 'KAR-TEM' } });
      const unknownOffice = await api.http.patch(`/api/v1/admin/users/${id}`).set(admin).send({ officeId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(unknownOffice.body.errors).toEqual([expect.objectContaining({ field: 'officeId', code: 'OFFICE_NOT_FOUND' })]);
      const audits = await auditCount();
      for (const field of ['fullName', 'role', 'officeId']) {
        const response = await api.http.patch(`/api/v1/admin/users/${id}`).set(admin).send({ [field]: null }).expect(422);
        expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
      }
      expect(await auditCount()).toBe(audits);
    });

    it('deactivates (login refused, sessions revoked) and reactivates an account', async () => {
      const id = await api.userId('medeu.prosecutor');
      const headers = await api.as('medeu.prosecutor');
      await login('medeu.prosecutor', DEMO_PASSWORD).expect(200);
      const response = await api.http.post(`/api/v1/admin/users/${id}/deactivate`).set(admin).expect(200);
      expect(response.body.isActive).toBe(false);
      await api.http.get('/api/v1/me').set(headers).expect(401);
      await login('medeu.prosecutor', DEMO_PASSWORD).expect(401);
      expect(await count('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [id])).toBe(0);
      expect(await lastAudit()).toMatchObject({ action: 'user.deactivated', before: { isActive: true }, after: { isActive: false } });

      await api.http.post(`/api/v1/admin/users/${id}/reactivate`).set(admin).expect(200);
      expect(await lastAudit()).toMatchObject({ action: 'user.reactivated', after: { isActive: true } });
      await login('medeu.prosecutor', DEMO_PASSWORD).expect(200);
    });

    it('resets a password: the old one stops working, sessions are revoked, no hash reaches the audit log', async () => {
      const id = await api.userId('temirtau.prosecutor');
      await login('temirtau.prosecutor', DEMO_PASSWORD).expect(200);
      await api.http.post(`/api/v1/admin/users/${id}/password`).set(admin).send({ password: NEW_PASSWORD }).expect(204);
      await login('temirtau.prosecutor', DEMO_PASSWORD).expect(401);
      await login('temirtau.prosecutor', NEW_PASSWORD).expect(200);
      expect(await count('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [id])).toBe(1);
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: 'user.password_reset', entity_id: id });
      expect(JSON.stringify(audit)).not.toMatch(/\$2[aby]\$|password_hash|passwordHash/);
      await api.http.post(`/api/v1/admin/users/${id}/password`).set(admin).send({ password: 'short' }).expect(422);
    });

    it('an administrator cannot lock themselves out (409 SELF_LOCKOUT); unknown users are 404', async () => {
      const [audits, id] = [await auditCount(), await api.userId('admin')];
      expect((await api.http.post(`/api/v1/admin/users/${id}/deactivate`).set(admin).expect(409)).body.code).toBe('SELF_LOCKOUT');
      expect((await api.http.patch(`/api/v1/admin/users/${id}`).set(admin).send({ role: 'SUPERVISOR' }).expect(409)).body.code).toBe('SELF_LOCKOUT');
      expect((await api.http.post('/api/v1/admin/users/00000000-0000-4000-8000-000000000000/reactivate').set(admin).expect(404)).body.code).toBe('NOT_FOUND');
      expect(await auditCount()).toBe(audits);
      expect((await api.dataSource.query(`SELECT role, is_active FROM users WHERE login = 'admin'`))[0]).toEqual({ role: 'ADMINISTRATOR', is_active: true });
    });
  });

  describe('integration clients', () => {
    it('creates a client, showing its key once; only prefix and hash are stored; the key works until revoked', async () => {
      const body = { name: 'e-Otinish', scopes: ['cases:read'], officeIds: [await api.officeId('ALA')] };
      const response = await api.http.post('/api/v1/admin/integration-clients').set(admin).send(body).expect(201);
      const { apiKey, client } = response.body as { apiKey: string; client: { id: string; keyPrefix: string } };
      expect(apiKey).toMatch(/^pak_[A-Za-z0-9_-]{43}$/);
      expect(client).toMatchObject({ name: 'e-Otinish', scopes: ['cases:read'], officeIds: body.officeIds, isActive: true, keyPrefix: apiKey.slice(0, 12) });
      const [row] = await api.dataSource.query('SELECT key_prefix, key_hash FROM integration_clients WHERE id = $1', [client.id]);
      expect(row).toEqual({ key_prefix: apiKey.slice(0, 12), key_hash: createHash('sha256').update(apiKey).digest('hex') });
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: 'integration_client.created', entity_id: client.id, after: client });
      expect(JSON.stringify(audit)).not.toContain(apiKey.slice(12));

      const listed = await api.http.get('/api/v1/admin/integration-clients').set(admin).expect(200);
      expect(listed.body).toEqual([client]);
      expect(JSON.stringify(listed.body)).not.toContain(apiKey.slice(12));

      const me = await api.http.get('/api/v1/me').set('X-Api-Key', apiKey).expect(200);
      expect(me.body).toMatchObject({ kind: 'integration', name: 'e-Otinish', offices: [{ code: 'ALA' }] });
      const revoked = await api.http.post(`/api/v1/admin/integration-clients/${client.id}/revoke`).set(admin).expect(200);
      expect(revoked.body).toMatchObject({ id: client.id, isActive: false });
      expect(await lastAudit()).toMatchObject({ action: 'integration_client.revoked', before: { isActive: true }, after: { isActive: false } });
      expect((await api.http.get('/api/v1/me').set('X-Api-Key', apiKey).expect(401)).body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses unknown scopes, missing offices and unknown clients, writing nothing', async () => {
      const [clients, audits] = [await count('SELECT count(*)::int AS n FROM integration_clients'), await auditCount()];
      const officeIds = [await api.officeId('KAR')];
      const cases: Array<[Record<string, unknown>, string, string?]> = [
        [{ name: 'x', scopes: ['acts:write'], officeIds }, 'scopes'],
        [{ name: 'x', scopes: [], officeIds }, 'scopes'],
        [{ name: 'x', scopes: ['cases:read'], officeIds: [] }, 'officeIds'],
        [{ name: 'x', scopes: ['cases:read'], officeIds: ['00000000-0000-4000-8000-000000000000'] }, 'officeIds', 'OFFICE_NOT_FOUND'],
        [{ name: 'x', scopes: ['cases:read'], officeIds, keyHash: 'mine' }, 'keyHash', 'UNKNOWN_FIELD'],
      ];
      for (const [body, field, code] of cases) {
        const response = await api.http.post('/api/v1/admin/integration-clients').set(admin).send(body).expect(422);
        expect(response.body.errors).toContainEqual(expect.objectContaining(code ? { field, code } : { field }));
      }
      await api.http.post('/api/v1/admin/integration-clients/00000000-0000-4000-8000-000000000000/revoke').set(admin).expect(404);
      expect([await count('SELECT count(*)::int AS n FROM integration_clients'), await auditCount()]).toEqual([clients, audits]);
    });
  });
});
