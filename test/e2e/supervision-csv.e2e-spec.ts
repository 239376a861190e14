import { FixedClock } from '@app/config';
import { ActState, ActType, DeadlineKind } from '@app/domain';
import { Response } from 'supertest';
import { insertAct, insertCase, insertDeadline } from '../support/factories';
import { ApiHarness } from '../support/api-harness';

const NOW = new Date('2026-03-30T06:00:00Z');
const DUE = new Date('2026-03-26T19:00:00Z'); // the end of 26.03.2026 in Asia/Almaty
/** More than two of the JSON list's largest pages (500): the export must not stop at a page or a cap. */
const BULK = 1_100;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  if (field !== '' || record.length) throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`);
  return records;
}

const rawBody = (response: Response) => response.body as Buffer;

describe('supervision: the overdue list as CSV', () => {
  let api: ApiHarness;

  const csv = async (login: string, query: Record<string, string> = {}, language?: string) => {
    const call = api.http
      .get('/api/v1/supervision/overdue.csv')
      .query(query)
      .set(await api.as(login))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return language ? call.set('Accept-Language', language) : call;
  };
  const rowsOf = (response: Response) => parseCsv(rawBody(response).subarray(BOM.length).toString('utf8'));

  beforeAll(async () => {
    api = await ApiHarness.start({ clock: new FixedClock(NOW) });
    const kase = await insertCase(api.dataSource, { officeCode: 'ALA-BOS' });
    const tricky = await insertAct(api.dataSource, kase, { type: ActType.PROTEST, state: ActState.DELIVERED });
    await api.dataSource.query(`UPDATE acts SET title = $2, addressee_name = $3 WHERE id = $1`, [
      tricky.id,
      '=HYPERLINK("http://evil.example","Протест, «срочно»")',
      'ТОО "Алатау"\nфилиал',
    ]);
    const template = await insertDeadline(api.dataSource, tricky, { kind: DeadlineKind.PROTEST_CONSIDERATION, dueAt: DUE });
    // BULK more acts of Bostandyk, each with a deadline one minute later than the one before.
    await api.dataSource.query(
      `INSERT INTO acts SELECT (jsonb_populate_record(NULL::acts, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid(), 'registration_number', nextval(pg_get_serial_sequence('acts', 'registration_number')), 'title', 'Bulk act ' || lpad(g::text, 5, '0')))).*
         FROM acts a, generate_series(1, $2) g WHERE a.id = $1`,
      [tricky.id, BULK],
    );
    await api.dataSource.query(
      `INSERT INTO deadlines SELECT (jsonb_populate_record(NULL::deadlines, to_jsonb(d) || jsonb_build_object(
                'id', gen_random_uuid(), 'act_id', a.id, 'due_at', d.due_at + substr(a.title, 10)::int * interval '1 minute'))).*
         FROM deadlines d, acts a WHERE d.id = $1 AND a.title LIKE 'Bulk act %'`,
      [template.id],
    );
    // Medeu: another office, another kind — for the filters.
    const medeu = await insertCase(api.dataSource, { officeCode: 'ALA-MED', responsibleLogin: 'medeu.prosecutor' });
    const submission = await insertAct(api.dataSource, medeu, { type: ActType.SUBMISSION, state: ActState.DELIVERED, authorLogin: 'medeu.prosecutor' });
    await insertDeadline(api.dataSource, submission, { kind: DeadlineKind.SUBMISSION_CONSIDERATION, dueAt: new Date('2026-03-20T10:30:00Z'), citation: 'art. 25.2' });
  });
  afterAll(() => api?.stop());

  it('answers UTF-8 CSV with a byte-order mark, as an attachment, in Russian by default', async () => {
    const response = await csv('almaty.head');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="overdue.csv"');
    expect(response.headers['content-language']).toBe('ru');
    expect(rawBody(response).subarray(0, 3)).toEqual(BOM);
    expect(rowsOf(response)[0]).toEqual(['Прокуратура', 'Вид акта', 'Наименование акта', 'Адресат', 'Вид срока', 'Срок (Asia/Almaty)', 'Дней просрочки', 'Статья', 'Прокурор']);
  });

  it('quotes per RFC 4180 and defuses a title that would run as a spreadsheet formula', async () => {
    const response = await csv('almaty.head', {}, 'en');
    const rows = rowsOf(response);
    expect(rows[0]).toEqual(['Office', 'Act type', 'Act title', 'Addressee', 'Deadline kind', 'Due (Asia/Almaty)', 'Days overdue', 'Article', 'Prosecutor']);
    const tricky = rows.find((row) => row[2].includes('HYPERLINK'));
    expect(tricky).toEqual([
      'ALA-BOS',
      'Protest',
      `'=HYPERLINK("http://evil.example","Протест, «срочно»")`,
      'ТОО "Алатау"\nфилиал',
      'PROTEST_CONSIDERATION',
      '26.03.2026 24:00',
      '3',
      'art. 19.3',
      expect.stringMatching(/\S/),
    ]);
    // and in the raw text: the quote inside the field is doubled, the line ends are CRLF
    expect(rawBody(response).toString('utf8')).toContain(`"ТОО ""Алатау""\nфилиал"`);
    expect(rawBody(response).toString('utf8').split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('holds the whole list, past every page, in the JSON list’s order', async () => {
    const rows = rowsOf(await csv('almaty.head', {}, 'en')).slice(1);
    expect(rows).toHaveLength(BULK + 2);
    const titles: string[] = [];
    const headers = await api.as('almaty.head');
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await api.http.get('/api/v1/supervision/overdue').query({ limit: 500, ...(cursor ? { cursor } : {}) }).set(headers).expect(200);
      titles.push(...page.body.items.map((item: { act: { title: string } }) => item.act.title));
      cursor = page.body.nextCursor ?? undefined;
    }
    expect(rows.map((row) => row[2].replace(/^'/, ''))).toEqual(titles);
    // most overdue first: Medeu's submission (20.03), then Bostandyk's protests by due instant
    expect(rows[0].slice(0, 7)).toEqual(['ALA-MED', 'Submission', expect.any(String), expect.any(String), 'SUBMISSION_CONSIDERATION', '20.03.2026 15:30', '9']);
    expect(rows[rows.length - 1][2]).toBe(`Bulk act ${String(BULK).padStart(5, '0')}`);
  });

  it('applies the JSON list’s filters and sort', async () => {
    const medeu = await api.officeId('ALA-MED');
    expect(rowsOf(await csv('almaty.head', { officeId: medeu })).slice(1).map((row) => row[0])).toEqual(['ALA-MED']);
    expect(rowsOf(await csv('almaty.head', { deadlineKind: 'SUBMISSION_CONSIDERATION' })).slice(1)).toHaveLength(1);
    const leastOverdue = rowsOf(await csv('almaty.head', { sort: 'least_overdue' }, 'en')).slice(1);
    expect(leastOverdue[0][2]).toBe(`Bulk act ${String(BULK).padStart(5, '0')}`);
    expect(leastOverdue[leastOverdue.length - 1][0]).toBe('ALA-MED');
  });

  it('keeps to the supervisor’s subtree: the Bostandyk head sees no Medeu row, Karaganda’s head sees nothing', async () => {
    expect(rowsOf(await csv('bostandyk.head')).slice(1).every((row) => row[0] === 'ALA-BOS')).toBe(true);
    expect(rowsOf(await csv('karaganda.head'))).toHaveLength(1);
  });

  it('refuses page parameters and bad filters with 422 before sending anything', async () => {
    for (const query of [{ limit: '5' }, { cursor: 'abc' }, { officeId: 'ALA' }]) {
      const response = await api.http.get('/api/v1/supervision/overdue.csv').query(query).set(await api.as('almaty.head'));
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status: 422, type: expect.stringMatching(/^application\/problem\+json/) });
    }
  });

  it('is for supervisors only', async () => {
    for (const login of ['bostandyk.prosecutor', 'admin']) expect((await csv(login)).status).toBe(403);
    expect((await api.http.get('/api/v1/supervision/overdue.csv')).status).toBe(401);
  });
});
