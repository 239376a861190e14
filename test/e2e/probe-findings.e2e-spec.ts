import { createSecretKey } from 'node:crypto';
import { FixedClock } from '@app/config';
import { IntegrationScope } from '@app/persistence';
import { JwtService } from '@nestjs/jwt';
import { SecurityLog } from '../../apps/api/src/http/security-log';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';

/**
 * The findings of the attacker's and operator's probe (issue 16), one block each: every test here
 * failed before its fix.
 */
const NOW = new Date('2026-11-20T06:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the probe’s findings', () => {
  const clock = new FixedClock(NOW);
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
  });
  afterAll(() => api?.stop());
  beforeEach(() => clock.set(NOW));

  const login = (name: string) => api.http.post('/api/v1/auth/login').send({ login: name, password: 'demo-password-2709' }).expect(200);
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe('finding 1: an event instant earlier than the state it follows', () => {
    async function issuedProtest(number: string): Promise<string> {
      const headers = await api.as('bostandyk.prosecutor');
      const caseId = await api.openCase('bostandyk.prosecutor', number);
      const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
      await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
      return filed.body.id as string;
    }

    it('refuses a receipt before the act was issued, with the reason, and changes nothing', async () => {
      const actId = await issuedProtest('F1-BEFORE-ISSUE');
      const headers = await api.as('bostandyk.prosecutor');
      const refused = await api.http
        .post(`/api/v1/acts/${actId}/events`)
        .set(headers)
        .send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-12T05:00:00Z' } });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'EVENT_BEFORE_PRIOR_STATE', state: 'ISSUED', event: 'DELIVERY_CONFIRMED' });
      expect(refused.body.title).toContain('2026-11-20T06:00:00.000Z');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/receivedAt$/), code: 'EVENT_BEFORE_PRIOR_STATE' })]);
      const act = await api.http.get(`/api/v1/acts/${actId}`).set(headers).expect(200);
      expect({ state: act.body.state, deadlines: act.body.deadlines }).toEqual({ state: 'ISSUED', deadlines: [] });
    });

    it('accepts a receipt at or after the issue, and then refuses a decision before the receipt', async () => {
      const actId = await issuedProtest('F1-AFTER-ISSUE');
      const headers = await api.as('bostandyk.prosecutor');
      clock.set(new Date('2026-11-25T06:00:00Z'));
      await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-11-21T05:00:00Z' } }).expect(200);
      const early = await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'OUTCOME_SATISFIED', payload: { decidedAt: '2026-11-20T09:00:00Z' } });
      expect({ status: early.status, code: early.body.code, state: early.body.state }).toEqual({ status: 422, code: 'EVENT_BEFORE_PRIOR_STATE', state: 'DELIVERED' });
      await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'OUTCOME_SATISFIED', payload: { decidedAt: '2026-11-24T09:00:00Z' } }).expect(200);
    });
  });

  describe('finding 4: case numbers are unique per office and a conflict reveals nothing outside it', () => {
    it('lets another office use a number Almaty uses, and refuses it only within the same office', async () => {
      await api.openCase('bostandyk.prosecutor', 'DEMO-ALA-BOS-0001');
      const sairam = await api.http
        .post('/api/v1/cases')
        .set(await api.as('sairam.prosecutor'))
        .send({ number: 'DEMO-ALA-BOS-0001', subject: 'Another office’s own case', addresseeName: 'Akimat of Sairam district' });
      expect(sairam.status).toBe(201);
      const sameOffice = await api.http
        .post('/api/v1/cases')
        .set(await api.as('bostandyk.head'))
        .send({ number: 'DEMO-ALA-BOS-0001', subject: 'A duplicate', addresseeName: 'Akimat' });
      expect(sameOffice.status).toBe(409);
      expect(sameOffice.body).toMatchObject({ code: 'CASE_NUMBER_TAKEN', errors: [{ field: 'number', code: 'CASE_NUMBER_TAKEN' }] });
      expect(sameOffice.body.title).toMatch(/your office/);
    });
  });

  describe('finding 5: tokens', () => {
    const signer = () => new JwtService({ secret: createSecretKey(Buffer.from(api.context.config.JWT_SECRET, 'utf8')), signOptions: { algorithm: 'HS256' } });

    it('refuses a validly signed access token without exp', async () => {
      const adminId = await api.userId('admin');
      const token = await signer().signAsync({ sub: adminId, typ: 'access', ver: 0 });
      expect((await api.http.get('/api/v1/me').set(bearer(token))).status).toBe(401);
    });

    it('answers 401, not 500, for a token whose subject is not a UUID', async () => {
      const token = await signer().signAsync({ sub: 'not-a-uuid', typ: 'access', ver: 0 }, { expiresIn: 60 });
      const response = await api.http.get('/api/v1/me').set(bearer(token));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('a password reset ends the user’s access tokens at once', async () => {
      const { body } = await login('medeu.prosecutor');
      await api.http.get('/api/v1/me').set(bearer(body.accessToken)).expect(200);
      const id = await api.userId('medeu.prosecutor');
      await api.http.post(`/api/v1/admin/users/${id}/password`).set(await api.as('admin')).send({ password: 'demo-password-2709' }).expect(204);
      expect((await api.http.get('/api/v1/me').set(bearer(body.accessToken))).status).toBe(401);
      await login('medeu.prosecutor');
    });

    it('a reactivated user’s old access and refresh tokens stay dead', async () => {
      const { body } = await login('temirtau.prosecutor');
      const admin = await api.as('admin');
      const id = await api.userId('temirtau.prosecutor');
      await api.http.post(`/api/v1/admin/users/${id}/deactivate`).set(admin).expect(200);
      await api.http.post(`/api/v1/admin/users/${id}/reactivate`).set(admin).expect(200);
      expect((await api.http.get('/api/v1/me').set(bearer(body.accessToken))).status).toBe(401);
      expect((await api.http.post('/api/v1/auth/refresh').send({ refreshToken: body.refreshToken })).status).toBe(401);
      await login('temirtau.prosecutor');
    });

    it('a replayed refresh token revokes its family and the user’s access tokens', async () => {
      const { body } = await login('karaganda.head');
      const rotated = await api.http.post('/api/v1/auth/refresh').send({ refreshToken: body.refreshToken }).expect(200);
      await api.http.get('/api/v1/me').set(bearer(rotated.body.accessToken)).expect(200);
      await api.http.post('/api/v1/auth/refresh').send({ refreshToken: body.refreshToken }).expect(401);
      expect((await api.http.get('/api/v1/me').set(bearer(rotated.body.accessToken))).status).toBe(401);
    });

    it('POST /auth/logout ends a token client’s session: its refresh token and access tokens', async () => {
      const { body } = await login('turkistan.head');
      await api.http.post('/api/v1/auth/logout').send({ refreshToken: body.refreshToken }).expect(204);
      expect((await api.http.get('/api/v1/me').set(bearer(body.accessToken))).status).toBe(401);
      expect((await api.http.post('/api/v1/auth/refresh').send({ refreshToken: body.refreshToken })).status).toBe(401);
      await api.http.get('/api/v1/me').set(bearer((await login('turkistan.head')).body.accessToken)).expect(200);
    });

    it('signing out of a browser session ends its access token too', async () => {
      const started = await api.http.post('/api/v1/auth/session').send({ login: 'gpo.head', password: 'demo-password-2709' }).expect(200);
      const cookie = String(started.headers['set-cookie']).split(';')[0];
      await api.http.get('/api/v1/me').set(bearer(started.body.accessToken)).expect(200);
      await api.http.delete('/api/v1/auth/session').set('Cookie', cookie).expect(204);
      expect((await api.http.get('/api/v1/me').set(bearer(started.body.accessToken))).status).toBe(401);
    });
  });

  describe('finding 6: the smaller ones', () => {
    it('keeps a client’s X-Request-Id as the client request id, never as the audit row’s own', async () => {
      const response = await api.http
        .post('/api/v1/cases')
        .set(await api.as('bostandyk.prosecutor'))
        .set('X-Request-Id', 'client-trace-1')
        .send({ number: 'F6-REQUEST-ID', subject: 'Request ids', addresseeName: 'Akimat' })
        .expect(201);
      const requestId = response.headers['x-request-id'];
      expect(requestId).toMatch(UUID);
      expect(response.headers['x-client-request-id']).toBe('client-trace-1');
      const [row] = await api.dataSource.query(`SELECT request_id, client_request_id FROM audit_log WHERE entity_id = $1 AND action = 'case.created'`, [response.body.id]);
      expect(row).toEqual({ request_id: requestId, client_request_id: 'client-trace-1' });
    });

    it('logs denied attempts with the caller and the address: a refused login, a 401 and a 403 on a write', async () => {
      const record = jest.spyOn(api.app.get(SecurityLog), 'record');
      try {
        await api.http.post('/api/v1/auth/login').send({ login: 'bostandyk.prosecutor', password: 'wrong' }).expect(401);
        await api.http.post('/api/v1/cases').send({ number: 'X', subject: 'X', addresseeName: 'X' }).expect(401);
        const prosecutor = await api.as('bostandyk.prosecutor');
        await api.http.post('/api/v1/admin/offices').set(prosecutor).send({}).expect(403);
        await api.http.get('/api/v1/admin/offices').set(prosecutor).expect(403);
        const prosecutorId = await api.userId('bostandyk.prosecutor');
        expect(record.mock.calls.map(([event]) => event)).toEqual([
          expect.objectContaining({ event: 'LOGIN_REFUSED', code: 'INVALID_CREDENTIALS', login: 'bostandyk.prosecutor', address: expect.any(String), method: 'POST', path: '/api/v1/auth/login' }),
          expect.objectContaining({ event: 'WRITE_DENIED', code: 'UNAUTHENTICATED', caller: null, address: expect.any(String), method: 'POST', path: '/api/v1/cases' }),
          expect.objectContaining({ event: 'WRITE_DENIED', code: 'FORBIDDEN', caller: `user:${prosecutorId}`, method: 'POST', path: '/api/v1/admin/offices' }),
        ]);
      } finally {
        record.mockRestore();
      }
    });

    it.each([
      ['loopback', 'http://127.0.0.1:9/hook'],
      ['loopback by name', 'http://localhost/hook'],
      ['IPv6 loopback', 'http://[::1]/hook'],
      ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
      ['a private range', 'http://10.1.2.3/hook'],
      ['another private range', 'https://192.168.0.10/hook'],
      ['an IPv4-mapped private address', 'http://[::ffff:10.0.0.1]/hook'],
    ])('refuses a webhook target on %s', async (_what, url) => {
      const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.WEBHOOKS_READ], officeCodes: ['ALA'] });
      const response = await api.http.post('/api/v1/admin/webhook-subscriptions').set(await api.as('admin')).send({ clientId: client.id, url, events: ['deadline.missed'] });
      expect({ status: response.status, code: response.body.code, errors: response.body.errors }).toEqual({
        status: 422,
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'url', code: 'WEBHOOK_TARGET_NOT_ALLOWED' })],
      });
    });

    it('the change feed’s cursor is opaque: it does not carry the country-wide change count', async () => {
      const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CHANGES_READ], officeCodes: ['TUR'] });
      const page = await api.http.get('/api/v1/changes').set('X-Api-Key', client.key).expect(200);
      const decoded = Buffer.from(page.body.nextCursor as string, 'base64url').toString('utf8');
      const [{ horizon }] = await api.dataSource.query('SELECT max(id)::text AS horizon FROM audit_log');
      expect(decoded).not.toContain(horizon);
      expect(page.body.nextCursor).not.toBe(Buffer.from(horizon).toString('base64url'));
      const tampered = `${(page.body.nextCursor as string).slice(0, -2)}${(page.body.nextCursor as string).endsWith('A') ? 'BB' : 'AA'}`;
      expect((await api.http.get('/api/v1/changes').query({ after: tampered }).set('X-Api-Key', client.key)).status).toBe(422);
    });
  });
});
