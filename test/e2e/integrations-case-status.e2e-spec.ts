import { ActState, ActType, DeadlineKind, ResolutionKind } from '@app/domain';
import { CaseEntity, IntegrationScope } from '@app/persistence';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient, insertAct, insertCase, insertDeadline } from '../support/factories';

describe('GET /api/v1/cases/{id}/status', () => {
  let api: ApiHarness;
  let bostandykCase: CaseEntity;
  let almatyClient: Record<string, string>;
  let karagandaClient: Record<string, string>;

  const statusOf = (id: string) => `/api/v1/cases/${id}/status`;

  beforeAll(async () => {
    api = await ApiHarness.start();
    const clientFor = async (officeCodes: string[], scopes = [IntegrationScope.CASES_READ]) =>
      ({ 'X-Api-Key': (await createIntegrationClient(api.dataSource, { scopes, officeCodes })).key });
    almatyClient = await clientFor(['ALA']);
    karagandaClient = await clientFor(['KAR']);
    bostandykCase = await insertCase(api.dataSource, { officeCode: 'ALA-BOS', number: 'ALA-BOS-2026-0001' });
  });
  afterAll(() => api?.stop());

  it('answers the case, its acts in filing order and their outstanding deadlines, earliest first', async () => {
    const protest = await insertAct(api.dataSource, bostandykCase, {
      type: ActType.PROTEST,
      state: ActState.DELIVERED,
      version: 3,
      nextDueAt: new Date('2026-12-04T18:59:59.999Z'),
    });
    const resolution = await insertAct(api.dataSource, bostandykCase, { type: ActType.RESOLUTION, kind: ResolutionKind.INSPECTION, state: ActState.IN_PROGRESS });
    await insertDeadline(api.dataSource, protest, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: new Date('2026-12-04T18:59:59.999Z') });
    await insertDeadline(api.dataSource, resolution, { kind: DeadlineKind.INSPECTION_DURATION, dueAt: new Date('2026-12-20T18:59:59.999Z'), status: 'PAUSED', citation: 'art. 5.4' });
    await insertDeadline(api.dataSource, resolution, { kind: DeadlineKind.RESOLUTION_EXECUTION, dueAt: new Date('2026-11-10T18:59:59.999Z'), status: 'MISSED', citation: 'art. 20.3' });
    await insertDeadline(api.dataSource, resolution, { kind: DeadlineKind.RESOLUTION_REPORT, dueAt: new Date('2026-11-01T18:59:59.999Z'), status: 'MET', citation: 'art. 20.3' });
    await insertDeadline(api.dataSource, protest, { kind: DeadlineKind.SUBMISSION_CONSIDERATION, dueAt: new Date('2026-11-01T18:59:59.999Z'), status: 'CANCELLED' });

    const response = await api.http.get(statusOf(bostandykCase.id)).set(almatyClient).expect(200);

    expect(response.body).toEqual({
      id: bostandykCase.id,
      number: 'ALA-BOS-2026-0001',
      status: 'OPEN',
      officeCode: 'ALA-BOS',
      acts: [
        {
          id: protest.id,
          type: 'PROTEST',
          kind: null,
          state: 'DELIVERED',
          version: 3,
          nextDueAt: '2026-12-04T18:59:59.999Z',
          openDeadlines: [{ kind: 'PROTEST_CONSIDERATION', dueAt: '2026-12-04T18:59:59.999Z', citation: 'art. 19.3', status: 'OPEN' }],
        },
        {
          id: resolution.id,
          type: 'RESOLUTION',
          kind: 'INSPECTION',
          state: 'IN_PROGRESS',
          version: 1,
          nextDueAt: null,
          openDeadlines: [
            { kind: 'RESOLUTION_EXECUTION', dueAt: '2026-11-10T18:59:59.999Z', citation: 'art. 20.3', status: 'MISSED' },
            { kind: 'INSPECTION_DURATION', dueAt: '2026-12-20T18:59:59.999Z', citation: 'art. 5.4', status: 'PAUSED' },
          ],
        },
      ],
    });
  });

  it('answers a case without acts with an empty list', async () => {
    const empty = await insertCase(api.dataSource, { officeCode: 'ALA-MED', number: 'ALA-MED-2026-0007', responsibleLogin: 'medeu.prosecutor' });
    const response = await api.http.get(statusOf(empty.id)).set(almatyClient).expect(200);
    expect(response.body).toEqual({ id: empty.id, number: 'ALA-MED-2026-0007', status: 'OPEN', officeCode: 'ALA-MED', acts: [] });
  });

  it.each(['bostandyk.prosecutor', 'bostandyk.head', 'almaty.head', 'gpo.head'])('is open to %s, who reaches the office', async (login) => {
    const response = await api.http.get(statusOf(bostandykCase.id)).set(await api.as(login)).expect(200);
    expect(response.body.number).toBe('ALA-BOS-2026-0001');
  });

  it('answers a case out of reach exactly like one that does not exist', async () => {
    const unknown = await api.http.get(statusOf('7d1f5a52-4a0e-4c43-9a43-0a5a8d0b6f11')).set(almatyClient).expect(404);
    const shape = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    for (const headers of [karagandaClient, await api.as('medeu.prosecutor'), await api.as('karaganda.head')]) {
      const refused = await api.http.get(statusOf(bostandykCase.id)).set(headers).expect(404);
      expect(shape(refused.body)).toEqual(shape(unknown.body));
      expect(JSON.stringify(refused.body)).not.toContain('ALA-BOS');
    }
    const malformed = await api.http.get(statusOf('not-a-uuid')).set(almatyClient).expect(404);
    expect(shape(malformed.body)).toEqual(shape(unknown.body));
  });

  it('is closed to administrators and to integrations without cases:read', async () => {
    const feedOnly = { 'X-Api-Key': (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CHANGES_READ], officeCodes: ['ALA'] })).key };
    for (const headers of [await api.as('admin'), feedOnly]) {
      const response = await api.http.get(statusOf(bostandykCase.id)).set(headers).expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
  });
});
