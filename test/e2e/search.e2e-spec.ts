import { ApiHarness } from '../support/api-harness';
import { ACT_TEXT } from '../support/act-text';

/**
 * The search box (`q` on GET /api/v1/cases and /acts): every word must occur, in any case, in
 * Cyrillic (Russian or Kazakh) or Latin letters, ё as е — and never beyond the caller's reach.
 */
describe('search over cases and acts', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  const openCase = async (login: string, number: string, subject: string, addresseeName: string) => {
    const response = await api.http.post('/api/v1/cases').set(await api.as(login)).send({ number, subject, addresseeName }).expect(201);
    return response.body.id as string;
  };
  const fileProtest = async (login: string, caseId: string, title: string, addresseeName: string) => {
    const response = await api.http
      .post('/api/v1/acts/protests')
      .set(await api.as(login))
      .send({ caseId, title, addresseeName, target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT })
      .expect(201);
    return response.body.id as string;
  };
  const search = async (path: 'cases' | 'acts', login: string, q: string): Promise<string[]> => {
    const response = await api.http.get(`/api/v1/${path}`).query({ q }).set(await api.as(login)).expect(200);
    return (response.body.items as Array<{ id: string }>).map((item) => item.id).sort();
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    ids.landCase = await openCase('bostandyk.prosecutor', 'ALA-БОС-2026/017', 'Законность выделения земельных участков', 'Бостандық ауданының әкімдігі');
    ids.schoolCase = await openCase('bostandyk.prosecutor', 'ALA-BOS-2026/018', 'Поборы в школе-гимназии № 12', 'Школа-гимназия № 12');
    ids.treeCase = await openCase('bostandyk.prosecutor', 'ALA-BOS-2026/019', 'Вырубка елей в парке', 'Управление зелёной экономики');
    ids.medeuCase = await openCase('medeu.prosecutor', 'ALA-MED-2026/001', 'Законность выделения земельных участков', 'Медеу ауданының әкімдігі');
    ids.landProtest = await fileProtest('bostandyk.prosecutor', ids.landCase, 'Наразылық: жер учаскесін бөлу туралы қаулыға', 'Бостандық ауданының әкімдігі');
    ids.schoolProtest = await fileProtest('bostandyk.prosecutor', ids.schoolCase, 'Протест на приказ директора о сборе средств', 'Школа-гимназия № 12');
    ids.medeuProtest = await fileProtest('medeu.prosecutor', ids.medeuCase, 'Протест на постановление о выделении участка', 'Медеу ауданының әкімдігі');
  });
  afterAll(() => api?.stop());

  it('finds a Kazakh word typed with Russian letters, in any case, and in Latin letters', async () => {
    const expected = [ids.landCase];
    expect(await search('cases', 'bostandyk.prosecutor', 'Бостандық')).toEqual(expected);
    expect(await search('cases', 'bostandyk.prosecutor', 'БОСТАНДЫК')).toEqual(expected);
    expect(await search('cases', 'bostandyk.prosecutor', 'bostandyk')).toEqual(expected);
    expect(await search('cases', 'bostandyk.prosecutor', 'акимдиги')).toEqual(expected);
  });

  it('reads ё as е', async () => {
    expect(await search('cases', 'bostandyk.prosecutor', 'зеленой')).toEqual([ids.treeCase]);
    expect(await search('cases', 'bostandyk.prosecutor', 'ЁЛЕЙ')).toEqual([ids.treeCase]);
    expect(await search('cases', 'bostandyk.prosecutor', 'елей')).toEqual([ids.treeCase]);
  });

  it('wants every word, in any order, in the number, subject or addressee', async () => {
    expect(await search('cases', 'bostandyk.prosecutor', 'участков законность')).toEqual([ids.landCase]);
    expect(await search('cases', 'bostandyk.prosecutor', 'участков школа')).toEqual([]);
    expect(await search('cases', 'bostandyk.prosecutor', '2026/018')).toEqual([ids.schoolCase]);
  });

  it('finds acts by their title, their addressee or their case number', async () => {
    expect(await search('acts', 'bostandyk.prosecutor', 'қаулыға')).toEqual([ids.landProtest]);
    expect(await search('acts', 'bostandyk.prosecutor', 'директора')).toEqual([ids.schoolProtest]);
    expect(await search('acts', 'bostandyk.prosecutor', 'ALA-БОС-2026/017')).toEqual([ids.landProtest]);
    expect(await search('acts', 'bostandyk.prosecutor', 'бос 017 протест')).toEqual([]);
    expect(await search('acts', 'bostandyk.prosecutor', 'бос 017 наразылық')).toEqual([ids.landProtest]);
  });

  it('never reaches beyond the caller: a district prosecutor finds only their office, the city head both', async () => {
    expect(await search('cases', 'bostandyk.prosecutor', 'законность')).toEqual([ids.landCase]);
    expect(await search('cases', 'medeu.prosecutor', 'законность')).toEqual([ids.medeuCase]);
    expect(await search('cases', 'almaty.head', 'законность')).toEqual([ids.landCase, ids.medeuCase].sort());
    expect(await search('acts', 'bostandyk.prosecutor', 'медеу')).toEqual([]);
  });

  it('never lets a LIKE wildcard through: punctuation only separates words', async () => {
    // 'б_с' would match 'БОС' if _ were a wildcard; folded it is the words 'b' and 's' with a space between.
    expect(await search('cases', 'bostandyk.prosecutor', 'б_с')).toEqual([]);
    expect(await search('cases', 'bostandyk.prosecutor', 'зем%ль')).toEqual([]);
    expect(await search('acts', 'bostandyk.prosecutor', '№ 12')).toEqual([ids.schoolProtest]);
  });

  it('finds a corrected draft by its new title and addressee only; a transition leaves its search text unwritten', async () => {
    const caseId = await openCase('bostandyk.prosecutor', 'ALA-BOS-2026/020', 'Тарифы на вывоз мусора', 'Маслихат города');
    const id = await fileProtest('bostandyk.prosecutor', caseId, 'Протест на решение маслихата', 'Маслихат города');
    expect(await search('acts', 'bostandyk.prosecutor', 'решение маслихата')).toEqual([id]);
    await api.http
      .patch(`/api/v1/acts/${id}`)
      .set(await api.as('bostandyk.prosecutor'))
      .set('If-Match', '"1"')
      .send({ title: 'Протест на решение о тарифах', addresseeName: 'Коммунальное предприятие «Таза қала»' })
      .expect(200);
    expect(await search('acts', 'bostandyk.prosecutor', 'решение маслихата')).toEqual([]);
    expect(await search('acts', 'bostandyk.prosecutor', 'тарифах таза кала')).toEqual([id]);
    // The search text lives beside the act (act_search_texts), written by filing and correction:
    // issuing moves the act's state and version but must not write a new version of that row.
    const searchRowVersion = async () => (await api.dataSource.query(`SELECT xmin::text AS xmin FROM act_search_texts WHERE act_id = $1`, [id]))[0].xmin as string;
    const before = await searchRowVersion();
    await api.http.post(`/api/v1/acts/${id}/events`).set(await api.as('bostandyk.prosecutor')).send({ event: 'ISSUE', payload: {} }).expect(200);
    expect(await searchRowVersion()).toBe(before);
    expect(await search('acts', 'bostandyk.prosecutor', 'тарифах')).toEqual([id]);
  });

  it('refuses an empty or an over-long search with the field named', async () => {
    for (const q of ['', 'x'.repeat(201)]) {
      const response = await api.http.get('/api/v1/cases').query({ q }).set(await api.as('bostandyk.prosecutor')).expect(422);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('q');
    }
  });
});
