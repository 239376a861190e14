import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/api.app';
import { WEB_CSP } from '../../apps/api/src/web/web-app';
import { createTestContext, TestContext } from '../support/test-context';

/** The API serves the built web workspace at / (docs/adr/0009-web-workspace.md), and starts without one. */
describe('the web workspace served by the API', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pao-web-'));
  let context: TestContext;
  let app: INestApplication;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="kk"><script type="module" src="/assets/index-abc123.js"></script></html>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    context = await createTestContext();
    app = await createApiApp(context.config, undefined, { webDist: dist });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await context?.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers the app shell at / and at any deep link, never cached, under a policy that allows only its own assets', async () => {
    for (const path of ['/', '/acts/0b5c6f5e-7d7c-4c9a-9b8e-2f0d7e1c1a11', '/supervision/overdue?type=PROTEST']) {
      const response = await request(app.getHttpServer()).get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('/assets/index-abc123.js');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toBe(WEB_CSP);
    }
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('caches the hashed assets for a year', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-abc123.js').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API, the docs, the probes and missing assets to the server: problem documents, not the shell', async () => {
    const missing = await request(app.getHttpServer()).get('/api/v1/no-such-route').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    await request(app.getHttpServer()).get('/assets/index-missing.js').expect(404);
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(404);
    expect((await request(app.getHttpServer()).get('/docs/openapi.json').expect(200)).body.openapi).toBe('3.1.0');
  });

  it('starts without a built app: / is then a plain 404', async () => {
    const bare = await createApiApp(context.config, undefined, { webDist: join(dist, 'not-built') });
    await bare.init();
    try {
      await request(bare.getHttpServer()).get('/').expect(404);
      await request(bare.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await bare.close();
    }
  });
});
