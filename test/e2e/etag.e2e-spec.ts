import { ActState, ActType } from '@app/domain';
import { IntegrationScope } from '@app/persistence';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient, insertAct, insertCase } from '../support/factories';

describe('ETag and If-None-Match on GET', () => {
  let api: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await ApiHarness.start();
    headers = await api.as('almaty.head');
  });
  afterAll(() => api?.stop());

  it('tags a JSON read with a strong ETag and answers 304 without a body when the caller holds it', async () => {
    const first = await api.http.get('/api/v1/me').set(headers).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`]) {
      const again = await api.http.get('/api/v1/me').set(headers).set('If-None-Match', ifNoneMatch).expect(304);
      expect(again.text).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['content-type']).toBeUndefined();
    }
    const stale = await api.http.get('/api/v1/me').set(headers).set('If-None-Match', '"stale"').expect(200);
    expect(stale.body).toEqual(first.body);
  });

  it('changes the ETag when the data changes', async () => {
    const client = (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] })).key;
    const kase = await insertCase(api.dataSource, { officeCode: 'ALA-BOS' });
    const path = `/api/v1/cases/${kase.id}/status`;
    const before = await api.http.get(path).set('X-Api-Key', client).expect(200);
    await insertAct(api.dataSource, kase, { type: ActType.WARNING, state: ActState.ISSUED });
    const after = await api.http.get(path).set('X-Api-Key', client).set('If-None-Match', before.headers.etag).expect(200);
    expect(after.body.acts).toHaveLength(1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('never tags a problem document, even when If-None-Match is a wildcard', async () => {
    const missing = await api.http.get('/api/v1/cases/7d1f5a52-4a0e-4c43-9a43-0a5a8d0b6f11/status').set(headers).set('If-None-Match', '*').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const unauthenticated = await api.http.get('/api/v1/me').set('If-None-Match', '*').expect(401);
    for (const response of [missing, unauthenticated]) {
      expect(response.headers.etag).toBeUndefined();
      expect(response.headers['cache-control']).toBeUndefined();
    }
  });

  it('leaves writes and routes outside /api/v1 untagged', async () => {
    const created = await api.http
      .post('/api/v1/cases')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ number: 'ETAG-001', subject: 'Legality of permits', addresseeName: 'Akimat' })
      .expect(201);
    expect(created.headers.etag).toBeUndefined();
    const live = await api.http.get('/health/live').expect(200);
    expect(live.headers.etag).toBeUndefined();
  });
});
