import { randomBytes } from 'node:crypto';
import { IntegrationScope } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/api.app';
import { PasswordChecks } from '../../apps/api/src/auth/password-checks';
import { ApiHarness } from '../support/api-harness';
import { contractRequest } from '../support/api-contract';
import { createIntegrationClient } from '../support/factories';

/**
 * Finding 2 of the probe: limits that could be walked around. Each block boots the API with the
 * setting under test set low; every test here failed before the limiter ran before authentication,
 * per route class, with a per-address login budget, a bounded password check, TRUST_PROXY and a
 * shared Redis store.
 */
const randomKey = () => `pak_${randomBytes(32).toString('base64url')}`;

describe('rate limits that cannot be walked around', () => {
  describe('before authentication', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { RATE_LIMIT_AUTH_FAILURES_MAX: '5' } });
    });
    afterAll(() => api?.stop());

    it('limits an address that keeps failing authentication: unknown keys and garbage tokens, before any lookup', async () => {
      const valid = (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] })).key;
      for (let i = 0; i < 3; i += 1) await api.http.get('/api/v1/me').set('X-Api-Key', randomKey()).expect(401);
      for (let i = 0; i < 2; i += 1) await api.http.get('/api/v1/me').set('Authorization', `Bearer ${randomBytes(24).toString('base64url')}`).expect(401);
      const refused = await api.http.get('/api/v1/me').set('X-Api-Key', randomKey());
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // the address is blocked for credentials of any kind (it is guessing), not for anonymous probes
      expect((await api.http.get('/api/v1/me').set('X-Api-Key', valid)).status).toBe(429);
      await api.http.get('/health/live').expect(200);
    });
  });

  describe('per route class', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { RATE_LIMIT_ADDRESS_MAX: '5' } });
    });
    afterAll(() => api?.stop());

    it('flooding /health/live spends the health budget only: a login from the same address goes through', async () => {
      for (let i = 0; i < 5; i += 1) await api.http.get('/health/live').expect(200);
      expect((await api.http.get('/health/live')).status).toBe(429);
      await api.http.post('/api/v1/auth/login').send({ login: 'admin', password: 'demo-password-2709' }).expect(200);
    });
  });

  describe('logins', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { RATE_LIMIT_LOGIN_ADDRESS_MAX: '4' } });
    });
    afterAll(() => api?.stop());

    it('limits one address across login names: a flood that varies the name is refused too', async () => {
      for (let i = 0; i < 4; i += 1) await api.http.post('/api/v1/auth/login').send({ login: `guess-${i}`, password: 'x' }).expect(401);
      const refused = await api.http.post('/api/v1/auth/login').send({ login: 'guess-5', password: 'x' });
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    });
  });

  describe('the password check', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { PASSWORD_CHECK_CONCURRENCY: '1', PASSWORD_CHECK_QUEUE: '1', RATE_LIMIT_LOGIN_MAX: '1000', RATE_LIMIT_LOGIN_ADDRESS_MAX: '1000' } });
    });
    afterAll(() => api?.stop());

    it('runs a bounded number of bcrypt checks at once: beyond the queue a login is refused at once with 503 LOGIN_BUSY', async () => {
      // The one running check and the one waiting are held open (a flood in flight, whatever the
      // machine's speed); the next login finds the queue full.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const checks = api.app.get(PasswordChecks);
      const held = [checks.run(() => gate), checks.run(() => gate)];
      expect(checks.load).toEqual({ running: 1, waiting: 1 });
      const busy = await api.http.post('/api/v1/auth/login').send({ login: 'flood-1', password: 'x' });
      expect({ status: busy.status, code: busy.body.code }).toEqual({ status: 503, code: 'LOGIN_BUSY' });
      expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      release();
      await Promise.all(held);
      expect(checks.load).toEqual({ running: 0, waiting: 0 });
      // once the flood is over, logins work
      await api.http.post('/api/v1/auth/login').send({ login: 'admin', password: 'demo-password-2709' }).expect(200);
    });
  });

  describe('behind a reverse proxy', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { TRUST_PROXY: 'loopback', RATE_LIMIT_ADDRESS_MAX: '3' } });
    });
    afterAll(() => api?.stop());

    it('counts the client the trusted proxy names, not the proxy', async () => {
      for (let i = 0; i < 3; i += 1) await api.http.get('/health/live').set('X-Forwarded-For', '203.0.113.7').expect(200);
      expect((await api.http.get('/health/live').set('X-Forwarded-For', '203.0.113.7')).status).toBe(429);
      await api.http.get('/health/live').set('X-Forwarded-For', '203.0.113.8').expect(200);
    });
  });

  describe('without TRUST_PROXY (the default)', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { RATE_LIMIT_ADDRESS_MAX: '3' } });
    });
    afterAll(() => api?.stop());

    it('ignores X-Forwarded-For: a client cannot pick a fresh address per request', async () => {
      for (let i = 0; i < 3; i += 1) await api.http.get('/health/live').set('X-Forwarded-For', `203.0.113.${i}`).expect(200);
      expect((await api.http.get('/health/live').set('X-Forwarded-For', '203.0.113.99')).status).toBe(429);
    });
  });

  describe('with more than one replica (RATE_LIMIT_STORE=redis)', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await ApiHarness.start({ config: { RATE_LIMIT_STORE: 'redis', RATE_LIMIT_ADDRESS_MAX: '4' } });
    });
    afterAll(() => api?.stop());

    it('two API processes share one budget', async () => {
      const replica = await createApiApp(api.context.config);
      await replica.init();
      try {
        const other = contractRequest(replica.getHttpServer());
        await api.http.get('/health/live').expect(200);
        await other.get('/health/live').expect(200);
        await api.http.get('/health/live').expect(200);
        await other.get('/health/live').expect(200);
        expect((await api.http.get('/health/live')).status).toBe(429);
        expect((await other.get('/health/live')).status).toBe(429);
      } finally {
        await replica.close();
      }
    });
  });
});
