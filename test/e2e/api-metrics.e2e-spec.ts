import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApiMetrics, serveMetrics } from '../../apps/api/src/metrics/api-metrics';
import { ApiHarness } from '../support/api-harness';

describe('the API’s Prometheus metrics', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  it('times every request by method, route pattern and status — the id never in a label', async () => {
    const prosecutor = await api.as('bostandyk.prosecutor');
    await api.http.get('/api/v1/me').set(prosecutor).expect(200);
    await api.http.get(`/api/v1/acts/${randomUUID()}`).set(prosecutor).expect(404);
    await api.http.get('/no/such/path').expect(404);
    const text = await api.app.get(ApiMetrics).scrape();
    expect(text).toContain('# TYPE pao_http_request_duration_seconds histogram');
    expect(text).toMatch(/pao_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/me",status_code="200"\} [1-9]/);
    expect(text).toMatch(/pao_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/acts\/:id",status_code="404"\} 1/);
    expect(text).toMatch(/pao_http_request_duration_seconds_count\{method="GET",route="unmatched",status_code="404"\} 1/);
    expect(text).toMatch(/pao_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/api\/v1\/auth\/login",status_code="200"\}/);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('counts each request exactly once: two more calls raise the count by two', async () => {
    const prosecutor = await api.as('bostandyk.prosecutor');
    const count = async () => {
      const line = /^pao_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/act-types",status_code="200"\} (\d+)$/m.exec(await api.app.get(ApiMetrics).scrape());
      return line ? Number(line[1]) : 0;
    };
    await api.http.get('/api/v1/act-types').set(prosecutor).expect(200);
    expect(await count()).toBe(1); // no other test of this file calls it
    await api.http.get('/api/v1/act-types').set(prosecutor).expect(200);
    await api.http.get('/api/v1/act-types').set(prosecutor).expect(200);
    expect(await count()).toBe(3);
  });

  it('serves them on a listener of its own, not on the API’s port', async () => {
    const server = await serveMetrics(api.app.get(ApiMetrics), 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await scraped.text()).toContain('pao_http_request_duration_seconds');
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
      expect((await api.http.get('/metrics')).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
