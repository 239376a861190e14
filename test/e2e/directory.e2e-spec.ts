import { ApiHarness } from '../support/api-harness';

/** GET /api/v1/offices and /api/v1/people: names for codes and colleagues to pick, within the caller's reach only. */
describe('the directory', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api?.stop());

  it('a head sees their office and every office below, top first, named in three languages', async () => {
    const { body } = await api.http.get('/api/v1/offices').set(await api.as('almaty.head')).expect(200);
    const codes = body.map((office: { code: string }) => office.code);
    expect(codes[0]).toBe('ALA');
    expect(codes).toEqual(expect.arrayContaining(['ALA', 'ALA-BOS', 'ALA-MED']));
    expect(codes.every((code: string) => code.startsWith('ALA'))).toBe(true);
    const bostandyk = body.find((office: { code: string }) => office.code === 'ALA-BOS');
    expect(bostandyk).toMatchObject({ parentId: body[0].id, depth: 2, name: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) } });
  });

  it('a prosecutor sees their own office and its people only', async () => {
    const headers = await api.as('bostandyk.prosecutor');
    const offices = await api.http.get('/api/v1/offices').set(headers).expect(200);
    expect(offices.body.map((office: { code: string }) => office.code)).toEqual(['ALA-BOS']);
    const people = await api.http.get('/api/v1/people').set(headers).expect(200);
    expect(people.body.map((person: { officeCode: string }) => person.officeCode)).toEqual(people.body.map(() => 'ALA-BOS'));
    expect(people.body.map((person: { fullName: string }) => person.fullName)).toEqual(['Помощник прокурора Е. Касымов', 'Прокурор района Б. Ахметова']);
  });

  it('people carry name, role and office — no login, no e-mail, no administrators — and filter by office and activity', async () => {
    const headers = await api.as('gpo.head');
    const everyone = await api.http.get('/api/v1/people').set(headers).expect(200);
    expect(everyone.body.some((person: { role: string }) => person.role === 'ADMINISTRATOR')).toBe(false);
    expect(Object.keys(everyone.body[0]).sort()).toEqual(['fullName', 'id', 'isActive', 'officeCode', 'officeId', 'role']);
    const medeu = await api.http.get(`/api/v1/people?officeId=${await api.officeId('ALA-MED')}`).set(headers).expect(200);
    expect(medeu.body.map((person: { officeCode: string }) => person.officeCode)).toEqual(['ALA-MED']);
    const inactive = await api.http.get('/api/v1/people?active=false').set(headers).expect(200);
    expect(inactive.body).toEqual([]);
    const elsewhere = await api.http.get(`/api/v1/people?officeId=${await api.officeId('KAR')}`).set(await api.as('almaty.head')).expect(200);
    expect(elsewhere.body).toEqual([]);
  });
});
