import { IntegrationScope } from '@app/persistence';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createIntegrationClient } from '../support/factories';
import { ApiHarness } from '../support/api-harness';

const BOARD = '/admin/queues';

/**
 * Bull Board is served through a Nest controller, so the API's AccessGuard stands in front of
 * every part of it: the page, its static assets and its JSON API (which can retry, clean and
 * pause queues). Only administrators pass.
 */
describe('ops: the queue board', () => {
  let api: ApiHarness;
  let deadlines: Queue;
  let integrationKey: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    deadlines = api.app.get<Queue>(getQueueToken(QueueName.DEADLINES), { strict: false });
    integrationKey = (await createIntegrationClient(api.dataSource, { scopes: Object.values(IntegrationScope), officeCodes: ['GPO'] })).key;
  });
  afterAll(() => api?.stop());

  const paths = [
    ['the page', 'GET', BOARD],
    ['the page of one queue', 'GET', `${BOARD}/queue/${QueueName.NOTICES}`],
    ['the queue list API', 'GET', `${BOARD}/api/queues`],
    ['pausing a queue', 'PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/pause`],
  ] as const;

  it.each(paths)('%s: anonymous → 401 problem', async (_what, method, path) => {
    const response = await api.http[method === 'GET' ? 'get' : 'put'](path);
    expect({ status: response.status, code: response.body.code, type: response.headers['content-type'] }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      type: expect.stringMatching(/^application\/problem\+json/),
    });
  });

  it.each(paths)('%s: prosecutor, supervisor and integration → 403', async (_what, method, path) => {
    const callers = [await api.as('bostandyk.prosecutor'), await api.as('almaty.head'), { 'X-Api-Key': integrationKey }];
    for (const headers of callers) {
      const response = await api.http[method === 'GET' ? 'get' : 'put'](path).set(headers);
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    }
    expect(await deadlines.isPaused()).toBe(false);
  });

  it('an invalid or forged token → 401', async () => {
    const response = await api.http.get(BOARD).set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(response.status).toBe(401);
  });

  it('administrator: the page, based at /admin/queues/', async () => {
    const response = await api.http.get(BOARD).set(await api.as('admin')).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain(`<base href="${BOARD}/"`);
    expect(response.headers['x-powered-by']).toBeUndefined();
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(response.text)?.[1];
    expect(script).toBeDefined();
    await api.http.get(`${BOARD}/${script}`).set(await api.as('admin')).expect(200).expect('Content-Type', /javascript/);
    expect((await api.http.get(`${BOARD}/${script}`)).status).toBe(401);
  });

  it('administrator: the JSON API lists both queues with their counts', async () => {
    await deadlines.add('board-probe', {}, { delay: 3_600_000, jobId: 'board-probe' });
    const response = await api.http.get(`${BOARD}/api/queues`).query({ activeQueue: QueueName.DEADLINES, status: 'delayed' }).set(await api.as('admin')).expect(200);
    const queues = response.body.queues as Array<{ name: string; counts: Record<string, number>; jobs: Array<{ id: string }> }>;
    expect(queues.map((queue) => queue.name).sort()).toEqual([QueueName.DEADLINES, QueueName.NOTICES]);
    const board = queues.find((queue) => queue.name === QueueName.DEADLINES)!;
    expect(board.counts.delayed).toBe(1);
    expect(board.jobs.map((job) => job.id)).toEqual(['board-probe']);
  });

  it('is read-only, even for an administrator: pausing, promoting, retrying and cleaning are refused and change nothing', async () => {
    const admin = await api.as('admin');
    await deadlines.add('early-reminder', {}, { delay: 25 * 24 * 3_600_000, jobId: 'early-reminder' });
    const actions = [
      ['PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/pause`],
      ['PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/early-reminder/promote`],
      ['PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/promote`],
      ['PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/retry/failed`],
      ['PUT', `${BOARD}/api/queues/${QueueName.DEADLINES}/clean/delayed`],
      ['DELETE', `${BOARD}/api/queues/${QueueName.DEADLINES}/early-reminder`],
      ['POST', `${BOARD}/api/queues/${QueueName.DEADLINES}/add`],
    ] as const;
    for (const [method, path] of actions) {
      const response = await (method === 'PUT' ? api.http.put(path) : method === 'DELETE' ? api.http.delete(path) : api.http.post(path)).set(admin);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 405, code: 'METHOD_NOT_ALLOWED' });
    }
    expect(await deadlines.isPaused()).toBe(false);
    expect(await (await deadlines.getJob('early-reminder'))?.getState()).toBe('delayed');
    // The board itself says so: its queues are in read-only mode.
    const listed = await api.http.get(`${BOARD}/api/queues`).set(admin).expect(200);
    expect((listed.body.queues as Array<{ readOnlyMode: boolean }>).every((queue) => queue.readOnlyMode)).toBe(true);
  });

  it('a path the board does not know is the API’s 404, and the request goes on unharmed', async () => {
    const response = await api.http.get(`${BOARD}/no/such/page`).set(await api.as('admin'));
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status: 404, type: expect.stringMatching(/^application\/problem\+json/) });
    await api.http.get('/api/v1/me').set(await api.as('admin')).expect(200);
  });

  it('is not part of the OpenAPI document', async () => {
    const document = await api.http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths).filter((path) => path.startsWith(BOARD))).toEqual([]);
  });
});
