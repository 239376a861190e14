import { ACT_TYPES, exportDomainModel } from '@app/domain';
import { IntegrationScope } from '@app/persistence';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';

describe('GET /api/v1/act-types', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  const protestLabel = (body: { actTypes: { code: string; label: unknown }[] }) => body.actTypes.find((type) => type.code === 'PROTEST')?.label;

  it('answers the domain model in Russian by default, every label resolved and every code kept', async () => {
    const response = await api.http.get('/api/v1/act-types').set(await api.as('bostandyk.prosecutor')).expect(200);
    expect(response.headers['content-language']).toBe('ru');
    expect(response.headers.vary).toMatch(/Accept-Language/);
    expect(protestLabel(response.body)).toBe('Протест');
    // The 1995 law alone is installed by default: its ten acts (155-VII's petition and explanation are not among them).
    expect(response.body.actTypes.map((type: { code: string }) => type.code)).toEqual(exportDomainModel().actTypes.map((type) => type.code));
    expect(response.body.actTypes).toHaveLength(ACT_TYPES.length - 2);
    expect(Object.keys(response.body)).toEqual(Object.keys(exportDomainModel()));
    expect(response.body.machines).toHaveLength(exportDomainModel().machines.length);
    expect(response.text).not.toMatch(/"(kk|en)":/);
  });

  it.each([
    ['kk-KZ, ru;q=0.5', 'kk', 'Наразылық'],
    ['en', 'en', 'Protest'],
    ['de, en;q=0.2, kk;q=0.1', 'en', 'Protest'],
    ['fr', 'ru', 'Протест'],
  ])('Accept-Language %s → %s', async (acceptLanguage, language, label) => {
    const response = await api.http.get('/api/v1/act-types').set(await api.as('admin')).set('Accept-Language', acceptLanguage).expect(200);
    expect(response.headers['content-language']).toBe(language);
    expect(protestLabel(response.body)).toBe(label);
  });

  it('gives each language its own ETag', async () => {
    const headers = await api.as('almaty.head');
    const kk = await api.http.get('/api/v1/act-types').set(headers).set('Accept-Language', 'kk').expect(200);
    const en = await api.http.get('/api/v1/act-types').set(headers).set('Accept-Language', 'en').expect(200);
    expect(kk.headers.etag).not.toBe(en.headers.etag);
    await api.http.get('/api/v1/act-types').set(headers).set('Accept-Language', 'kk').set('If-None-Match', kk.headers.etag).expect(304);
  });

  it('is open to every role and to integrations with any scope, not to anonymous callers', async () => {
    const callers: Record<string, string>[] = [await api.as('admin'), await api.as('gpo.head'), await api.as('temirtau.prosecutor')];
    for (const scope of Object.values(IntegrationScope)) {
      callers.push({ 'X-Api-Key': (await createIntegrationClient(api.dataSource, { scopes: [scope], officeCodes: ['KAR'] })).key });
    }
    for (const headers of callers) await api.http.get('/api/v1/act-types').set(headers).expect(200);
    expect((await api.http.get('/api/v1/act-types').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });
});
