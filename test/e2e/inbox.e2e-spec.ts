import { randomUUID } from 'node:crypto';
import { ApiHarness } from '../support/api-harness';

/** The inbox: GET /api/v1/me/notifications and POST …/{id}/read, on INBOX notices as the deadline engine records them. */
describe('inbox', () => {
  let api: ApiHarness;
  let prosecutor: { Authorization: string };
  let mine: string[];
  let othersNotice: string;

  const insertInbox = async (login: string, createdAt: string, channel = 'INBOX'): Promise<string> => {
    const [row] = (await api.dataSource.query(
      `INSERT INTO notices (key, deadline_id, act_id, kind, step, channel, recipient_user_id, address, subject, body, status, scheduled_for, created_at, sent_at)
       VALUES ($1, $2, $3, 'REMINDER', 'REMIND_3D', $4, $5, NULL, $6, $7, 'SENT', $8, $8, $8) RETURNING id`,
      [
        `test:${randomUUID()}:REMIND_3D:${channel}`,
        randomUUID(),
        randomUUID(),
        channel,
        await api.userId(login),
        JSON.stringify({ kk: 'Мерзім жақындады', ru: 'Срок приближается', en: 'A term is near' }),
        JSON.stringify({ kk: 'Наразылық', ru: 'Протест', en: 'Protest' }),
        createdAt,
      ],
    )) as Array<{ id: string }>;
    return row.id;
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    prosecutor = await api.as('bostandyk.prosecutor');
    mine = [
      await insertInbox('bostandyk.prosecutor', '2026-03-20T05:00:00Z'),
      await insertInbox('bostandyk.prosecutor', '2026-03-21T05:00:00Z'),
      await insertInbox('bostandyk.prosecutor', '2026-03-22T05:00:00Z'),
    ];
    othersNotice = await insertInbox('medeu.prosecutor', '2026-03-23T05:00:00Z');
    await insertInbox('bostandyk.prosecutor', '2026-03-24T05:00:00Z', 'EMAIL'); // not an inbox notice
  });
  afterAll(() => api?.stop());

  const list = async (query = '') => {
    const response = await api.http.get(`/api/v1/me/notifications${query}`).set(prosecutor);
    expect(response.status).toBe(200);
    return response.body as { items: Array<{ id: string; readAt: string | null; subject: { kk: string; ru: string } }>; nextCursor: string | null };
  };

  it('lists only the caller’s own INBOX notices, newest first, in keyset pages', async () => {
    const first = await list('?limit=2');
    expect(first.items.map((item) => item.id)).toEqual([mine[2], mine[1]]);
    expect(first.items[0]).toMatchObject({ kind: 'REMINDER', step: 'REMIND_3D', readAt: null, subject: { kk: 'Мерзім жақындады', ru: 'Срок приближается' } });
    const second = await list(`?limit=2&cursor=${first.nextCursor!}`);
    expect(second.items.map((item) => item.id)).toEqual([mine[0]]);
    expect(second.nextCursor).toBeNull();
    const other = await api.http.get('/api/v1/me/notifications').set(await api.as('medeu.prosecutor'));
    expect(other.body.items.map((item: { id: string }) => item.id)).toEqual([othersNotice]);
  });

  it('marks one’s own notice read, keeps the first instant on a repeat, and filters unread', async () => {
    const read = await api.http.post(`/api/v1/me/notifications/${mine[1]}/read`).set(prosecutor);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: mine[1] });
    expect(typeof read.body.readAt).toBe('string');
    const again = await api.http.post(`/api/v1/me/notifications/${mine[1]}/read`).set(prosecutor);
    expect(again.body.readAt).toBe(read.body.readAt);
    const [row] = (await api.dataSource.query('SELECT read_at FROM notices WHERE id = $1', [mine[1]])) as Array<{ read_at: Date }>;
    expect(row.read_at.toISOString()).toBe(read.body.readAt);

    expect((await list('?unread=true')).items.map((item) => item.id)).toEqual([mine[2], mine[0]]);
    expect((await list('?unread=false')).items.map((item) => item.id)).toEqual([mine[2], mine[1], mine[0]]);
  });

  it('answers 404 for someone else’s notice, an e-mail notice and a missing one, and changes nothing', async () => {
    const [email] = (await api.dataSource.query(`SELECT id FROM notices WHERE channel = 'EMAIL'`)) as Array<{ id: string }>;
    for (const id of [othersNotice, email.id, randomUUID()]) {
      const response = await api.http.post(`/api/v1/me/notifications/${id}/read`).set(prosecutor);
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    const [row] = (await api.dataSource.query('SELECT read_at FROM notices WHERE id = $1', [othersNotice])) as Array<{ read_at: Date | null }>;
    expect(row.read_at).toBeNull();
  });

  it('refuses malformed ids, cursors and filters with 422', async () => {
    expect((await api.http.post('/api/v1/me/notifications/not-a-uuid/read').set(prosecutor)).status).toBe(422);
    expect((await api.http.get('/api/v1/me/notifications?cursor=garbage').set(prosecutor)).status).toBe(422);
    expect((await api.http.get('/api/v1/me/notifications?unread=maybe').set(prosecutor)).status).toBe(422);
    expect((await api.http.get('/api/v1/me/notifications?limit=0').set(prosecutor)).status).toBe(422);
  });

  it('is open to every signed-in role', async () => {
    for (const login of ['almaty.head', 'admin']) {
      expect((await api.http.get('/api/v1/me/notifications').set(await api.as(login))).status).toBe(200);
    }
    expect((await api.http.get('/api/v1/me/notifications')).status).toBe(401);
  });
});
