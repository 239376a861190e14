import { IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { DEMO_PASSWORD, seedDemoData } from '../../tools/demo-data/seed-demo';
import { INestApplication, Logger } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { createTestContext, TestContext } from '../support/test-context';

/** The API on its own database with demo data, configured with `overrides` (ApiHarness takes none). */
class ConfiguredApi {
  private constructor(
    readonly app: INestApplication,
    private readonly context: TestContext,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<ConfiguredApi> {
    const context = await createTestContext(overrides);
    const app = await createApiApp(context.config);
    await app.init();
    await seedDemoData(app.get(DataSource));
    return new ConfiguredApi(app, context);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  login(login: string, password = DEMO_PASSWORD) {
    return this.http.post('/api/v1/auth/login').send({ login, password });
  }

  async as(login: string): Promise<{ Authorization: string }> {
    const response = await this.login(login).expect(200);
    return { Authorization: `Bearer ${response.body.accessToken as string}` };
  }

  async apiKey(): Promise<string> {
    const { key, prefix, hash } = generateApiKey();
    const [office] = await this.app.get(DataSource).query(`SELECT id FROM offices WHERE code = 'ALA'`);
    await this.app.get(DataSource).getRepository(IntegrationClientEntity).insert({ name: `key-${prefix}`, keyPrefix: prefix, keyHash: hash, scopes: Object.values(IntegrationScope), officeIds: [office.id] });
    return key;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.context.dispose();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('HTTP hardening with the default configuration', () => {
  let api: ConfiguredApi;
  beforeAll(async () => {
    api = await ConfiguredApi.start();
  });
  afterAll(() => api?.stop());

  it('sends helmet security headers and hides the framework', async () => {
    const response = await api.http.get('/health/live').expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('still serves Swagger UI at /docs: its page, every asset it loads, and the document', async () => {
    const page = await api.http.get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // the policy allows scripts from 'self' only: an inline script would be blocked
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...page.text.matchAll(/(?:src|href)=["']\.\/([^"']+)["']/g)].map((match) => `/${match[1]}`);
    expect(assets).toEqual(expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/swagger-ui-init.js', '/docs/swagger-ui.css']));
    for (const asset of assets) await api.http.get(asset).expect(200);
    const document = await api.http.get('/docs/openapi.json').expect(200);
    expect(document.body.paths['/api/v1/cases']).toBeDefined();
  });

  it('keeps CORS closed: no origin is allowed, preflight included', async () => {
    const origin = 'https://evil.example';
    const simple = await api.http.get('/health/live').set('Origin', origin).expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await api.http.options('/api/v1/cases').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers refused bodies after request logging: they carry the X-Request-Id', async () => {
    const response = await api.http.post('/api/v1/auth/login').set('X-Request-Id', 'bad-body-1').set('Content-Type', 'application/json').send('{"login":');
    expect(response.status).toBe(400);
    expect(response.headers['x-request-id']).toMatch(UUID);
    expect(response.headers['x-client-request-id']).toBe('bad-body-1');
  });

  it('reads a body-less POST without a Content-Type (Content-Length: 0) as no body, not as a wrong media type', async () => {
    const admin = await api.as('admin');
    const response = await api.http.post('/api/v1/admin/users/00000000-0000-4000-8000-00000000abcd/deactivate').set(admin).set('Content-Length', '0');
    expect(response.status).toBe(404);
  });

  it('answers an unexpected error with 500, an errorId that is also logged, and no internals', async () => {
    const prosecutor = await api.as('bostandyk.prosecutor');
    const logged = jest.spyOn(Logger.prototype, 'error');
    // break something controllable: the query behind the route now fails in PostgreSQL
    await api.app.get(DataSource).query('ALTER TABLE cases RENAME TO cases_hidden');
    try {
      const response = await api.http.get('/api/v1/cases').set(prosecutor).set('X-Request-Id', 'unexpected-1');
      expect(response.status).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['x-request-id']).toMatch(UUID);
      expect(response.headers['x-client-request-id']).toBe('unexpected-1');
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Internal server error',
        status: 500,
        code: 'INTERNAL_ERROR',
        detail: `Quote error id ${response.body.errorId} when reporting this problem.`,
        errorId: expect.stringMatching(UUID),
        instance: '/api/v1/cases',
      });
      expect(response.text).not.toMatch(/cases_hidden|relation|SELECT|QueryFailed|\.ts:\d+|at /);
      const logLine = logged.mock.calls.find(([fields]) => (fields as { errorId?: string }).errorId === response.body.errorId);
      expect(logLine?.[0]).toMatchObject({ errorId: response.body.errorId, err: expect.objectContaining({ message: expect.stringContaining('"cases"') }) });
    } finally {
      logged.mockRestore();
      await api.app.get(DataSource).query('ALTER TABLE cases_hidden RENAME TO cases');
    }
  });
});

describe('HTTP hardening, configured', () => {
  let api: ConfiguredApi;
  const allowed = 'https://cabinet.prokuratura.example';
  beforeAll(async () => {
    api = await ConfiguredApi.start({ CORS_ORIGINS: `${allowed}, http://localhost:5173`, BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => api?.stop());

  it('opens CORS to exactly the configured origins', async () => {
    const preflight = await api.http.options('/api/v1/cases').set('Origin', allowed).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(allowed);
    const read = await api.http.get('/health/live').set('Origin', allowed).expect(200);
    expect(read.headers['access-control-allow-origin']).toBe(allowed);
    expect(read.headers['access-control-expose-headers']).toContain('X-Request-Id');
    const other = await api.http.options('/api/v1/cases').set('Origin', 'https://cabinet.prokuratura.example.evil').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413', async () => {
    const response = await api.http.post('/api/v1/auth/login').send({ login: 'admin', password: 'x'.repeat(3000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: 'The body may be at most 2048 bytes.' });
  });
});

describe('rate limits', () => {
  const LIMIT = 6;
  let api: ConfiguredApi;
  beforeAll(async () => {
    api = await ConfiguredApi.start({ RATE_LIMIT_MAX: String(LIMIT), RATE_LIMIT_LOGIN_MAX: '3' });
  });
  afterAll(() => api?.stop());

  const expectRateLimited = (response: request.Response) => {
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  };

  it('counts each user on their own, whatever address they share', async () => {
    // two logins from this address: anonymous requests count against it, 2 of LIMIT
    const first = await api.as('bostandyk.prosecutor');
    const second = await api.as('medeu.prosecutor');
    for (let i = 0; i < LIMIT; i += 1) await api.http.get('/api/v1/me').set(first).expect(200);
    const refused = await api.http.get('/api/v1/me').set(first);
    expectRateLimited(refused);
    expect(refused.body.detail).toMatch(/^Retry after \d+ s\.$/);
    await api.http.get('/api/v1/me').set(second).expect(200);
  });

  it('counts each API key on its own', async () => {
    const [first, second] = [await api.apiKey(), await api.apiKey()];
    for (let i = 0; i < LIMIT; i += 1) await api.http.get('/api/v1/me').set('X-Api-Key', first).expect(200);
    expectRateLimited(await api.http.get('/api/v1/me').set('X-Api-Key', first));
    await api.http.get('/api/v1/me').set('X-Api-Key', second).expect(200);
  });

  it('a bad token is 401 and spends no user’s budget, only its address’s failure budget (RATE_LIMIT_AUTH_FAILURES_MAX)', async () => {
    const caller = await api.as('almaty.head');
    for (let i = 0; i < LIMIT + 2; i += 1) await api.http.get('/api/v1/me').set('Authorization', 'Bearer not-a-token').expect(401);
    await api.http.get('/api/v1/me').set(caller).expect(200);
  });

  it('slows password guessing per address and login name, with a stricter limit', async () => {
    // a fresh application: the login tests above spent this address's anonymous budget
    const fresh = await ConfiguredApi.start({ RATE_LIMIT_LOGIN_MAX: '3' });
    try {
      for (let i = 0; i < 3; i += 1) await fresh.login('karaganda.head', 'wrong-password').expect(401);
      expectRateLimited(await fresh.login('karaganda.head'));
      // the same address may still sign in as somebody else
      await fresh.login('admin').expect(200);
    } finally {
      await fresh.stop();
    }
  });
});
