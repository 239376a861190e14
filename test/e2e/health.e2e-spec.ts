import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { createTestContext, TestContext } from '../support/test-context';

describe('health endpoints (real PostgreSQL and Redis)', () => {
  let context: TestContext;
  let api: INestApplication;
  let worker: INestApplication;

  beforeAll(async () => {
    context = await createTestContext();
    api = await createApiApp(context.config);
    await api.init();
    worker = await createWorkerApp(context.config);
    await worker.init();
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await context?.dispose();
  });

  it('API /health/live answers without touching dependencies', async () => {
    const response = await request(api.getHttpServer()).get('/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('API /health/ready reports database, migrations and Redis up', async () => {
    const response = await request(api.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info).toEqual({
      database: { status: 'up' },
      migrations: { status: 'up' },
      queue: { status: 'up', backend: 'redis' },
    });
  });

  it('worker serves its own /health/ready', async () => {
    const response = await request(worker.getHttpServer()).get('/health/ready').expect(200);
    expect(Object.keys(response.body.info)).toEqual(['database', 'migrations', 'queue']);
  });

  it('gives every request an id of its own, and echoes a sane X-Request-Id as the client request id', async () => {
    const given = await request(api.getHttpServer()).get('/health/live').set('X-Request-Id', 'trace-42').expect(200);
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers['x-client-request-id']).toBe('trace-42');
    const invented = await request(api.getHttpServer()).get('/health/live').set('X-Request-Id', 'not a token!').expect(200);
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with problem+json', async () => {
    const response = await request(api.getHttpServer()).get('/no/such/route').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: '/no/such/route' });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const response = await request(api.getHttpServer()).get('/docs/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  it('reports readiness down when a migration is missing', async () => {
    const dataSource = api.get(DataSource);
    const [last] = await dataSource.query('SELECT id, timestamp, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
    await dataSource.query('DELETE FROM typeorm_migrations WHERE id = $1', [last.id]);
    try {
      const response = await request(api.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body.error.migrations.status).toBe('down');
    } finally {
      await dataSource.query('INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    }
  });
});
