import { AppConfig } from '@app/config';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestContext, TestContext } from '../support/test-context';
import { waitFor } from '../support/wait-for';

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

/**
 * Readiness against a PostgreSQL or Redis that stops answering: the apps reach both through a TCP
 * proxy, and closing it drops their connections and leaves a closed port (connections refused), as
 * a dead server would — without stopping the servers other test files use.
 */
describe('readiness when PostgreSQL or Redis is unreachable', () => {
  let context: TestContext;
  let database: TcpProxy;
  let redis: TcpProxy;
  let api: INestApplication;
  let worker: INestApplication;

  beforeAll(async () => {
    context = await createTestContext();
    database = await TcpProxy.start(context.databaseUrl);
    redis = await TcpProxy.start(context.config.REDIS_URL!);
    const config = Object.assign(new AppConfig(), context.config, {
      DATABASE_URL: database.rewrite(context.databaseUrl),
      REDIS_URL: redis.rewrite(context.config.REDIS_URL!),
    });
    api = await createApiApp(config);
    await api.init();
    worker = await createWorkerApp(config);
    await worker.init();
  });

  afterAll(async () => {
    await redis?.open().catch(() => undefined);
    await database?.open().catch(() => undefined);
    await api?.close();
    await worker?.close();
    await redis?.close();
    await database?.close();
    await context?.dispose();
  });

  /** The readiness answer once it has the given status (a dropped connection is noticed on the next check). */
  const readiness = (app: INestApplication, status: 200 | 503) =>
    waitFor(`/health/ready to answer ${status}`, async () => {
      const response = await request(app.getHttpServer()).get('/health/ready');
      return response.status === status ? response : undefined;
    });

  it.each([
    ['API', () => api],
    ['worker', () => worker],
  ])('%s: 503 naming the queue when Redis is unreachable, 200 again once it answers', async (_name, app) => {
    expect((await readiness(app(), 200)).body.status).toBe('ok');
    const connected = redis.connections;
    await redis.close();
    const down = await readiness(app(), 503);
    expect(down.body.status).toBe('error');
    expect(Object.keys(down.body.error)).toEqual(['queue']);
    expect(down.body.error.queue).toMatchObject({ status: 'down', backend: 'redis' });
    expect(down.body.info).toEqual({ database: { status: 'up' }, migrations: { status: 'up' } });

    await redis.open();
    expect((await readiness(app(), 200)).body.info.queue).toEqual({ status: 'up', backend: 'redis' });
    // Every client (the queues' and workers' too) back before the next step: closing one that is
    // still reconnecting makes BullMQ reject its QUIT.
    await waitFor(`the ${connected} Redis connections to be back`, () => redis.connections >= connected);
  });

  it.each([
    ['API', () => api],
    ['worker', () => worker],
  ])('%s: 503 naming the database when PostgreSQL is unreachable, 200 again once it answers', async (_name, app) => {
    expect((await readiness(app(), 200)).body.status).toBe('ok');
    await database.close();
    const down = await readiness(app(), 503);
    expect(down.body.status).toBe('error');
    expect(down.body.error.database).toMatchObject({ status: 'down' });
    expect(down.body.error.queue).toBeUndefined();
    expect(down.body.info.queue).toEqual({ status: 'up', backend: 'redis' });

    await database.open();
    expect((await readiness(app(), 200)).body.info).toEqual({ database: { status: 'up' }, migrations: { status: 'up' }, queue: { status: 'up', backend: 'redis' } });
  });
});
