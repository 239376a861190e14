import { ChangeCursors } from '../../apps/api/src/integrations/change-cursor';
import { IntegrationScope } from '@app/persistence';
import { Client } from 'pg';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient, insertAuditRow } from '../support/factories';

interface ChangeItem {
  cursor: string;
  entityType: string;
  entityId: string;
  caseId: string | null;
  action: string;
  after: Record<string, unknown> | null;
}
interface ChangesPage {
  items: ChangeItem[];
  nextCursor: string;
  hasMore: boolean;
}

describe('GET /api/v1/changes', () => {
  let api: ApiHarness;
  /** The audit id behind an item's cursor (opaque to clients; the test holds the secret). */
  const sequenceOf = (item: { cursor: string }): string => new ChangeCursors(api.context.config.JWT_SECRET).decode(item.cursor) ?? 'not a cursor';
  let paths: Record<string, string>;
  let almatyFeed: string;

  const feed = async (headers: Record<string, string>, query: Record<string, string | number> = {}): Promise<ChangesPage> => {
    const response = await api.http.get('/api/v1/changes').query(query).set(headers).expect(200);
    return response.body as ChangesPage;
  };

  /** Pages through to the end, as an integration does; returns every item and the cursor to store. */
  const readToEnd = async (headers: Record<string, string>, after?: string, limit = 2): Promise<{ items: ChangeItem[]; cursor: string }> => {
    const items: ChangeItem[] = [];
    let page = await feed(headers, { limit, ...(after ? { after } : {}) });
    items.push(...page.items);
    while (page.hasMore) {
      page = await feed(headers, { limit, after: page.nextCursor });
      items.push(...page.items);
    }
    return { items, cursor: page.nextCursor };
  };

  const changeIn = (office: string, entityType: string, after: Record<string, unknown> | null = { state: 'ISSUED', version: 1 }) =>
    insertAuditRow(api.dataSource, {
      action: `${entityType}.changed`,
      entityType,
      entityId: entityType === 'user' ? '7' : '00000000-0000-4000-8000-000000000001',
      caseId: entityType === 'case' || entityType === 'act' ? '00000000-0000-4000-8000-0000000000c1' : null,
      officePath: office ? paths[office] : null,
      after,
    });

  beforeAll(async () => {
    api = await ApiHarness.start();
    const rows: { code: string; path: string }[] = await api.dataSource.query('SELECT code, path FROM offices');
    paths = Object.fromEntries(rows.map((row) => [row.code, row.path]));
    almatyFeed = (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CHANGES_READ], officeCodes: ['ALA'] })).key;
  });
  afterAll(() => api?.stop());

  it("returns every case and act change of the caller's offices exactly once, in id order, across pages", async () => {
    const headers = { 'X-Api-Key': almatyFeed };
    const start = await readToEnd(headers);
    const expected = [
      await changeIn('ALA-BOS', 'case', { number: 'ALA-BOS-1', status: 'OPEN', version: 1, subject: 'secret', officeId: 'x' }),
      await changeIn('KAR-TEM', 'act'),
      await changeIn('ALA-MED', 'act', {
        type: 'PROTEST', kind: null, state: 'DELIVERED', version: 2, nextDueAt: '2026-12-04T18:59:59.999Z', event: 'DELIVER',
        title: 'internal', addresseeName: 'internal', attributes: { secret: true }, authorId: 'x',
      }),
      await changeIn('ALA-BOS', 'deadline'),
      await changeIn('', 'user'),
      await changeIn('ALA', 'act'),
      await changeIn('ALA-BOS', 'case'),
    ];
    const [bosCase, , medAct, , , alaAct, bosCase2] = expected;

    const { items, cursor } = await readToEnd(headers, start.cursor);

    expect(items.map((item) => sequenceOf(item))).toEqual([bosCase, medAct, alaAct, bosCase2]);
    expect(items[0]).toMatchObject({ entityType: 'case', action: 'case.changed', caseId: '00000000-0000-4000-8000-0000000000c1' });
    // Only the compact view leaves: no subject, title, addressee, attributes or author.
    expect(items[0].after).toEqual({ number: 'ALA-BOS-1', status: 'OPEN', version: 1 });
    expect(items[1].after).toEqual({ type: 'PROTEST', kind: null, state: 'DELIVERED', version: 2, nextDueAt: '2026-12-04T18:59:59.999Z', event: 'DELIVER' });
    expect(new Set(items.map((item) => item.cursor)).size).toBe(4);

    // Resuming from the stored cursor returns only what came after.
    expect((await feed(headers, { after: cursor })).items).toEqual([]);
    const later = await changeIn('ALA-MED', 'case');
    expect((await feed(headers, { after: cursor })).items.map((item) => sequenceOf(item))).toEqual([later]);
    // Resuming from an item's own cursor returns the items after it.
    const fromItem = await readToEnd(headers, items[1].cursor);
    expect(fromItem.items.map((item) => sequenceOf(item))).toEqual([alaAct, bosCase2, later]);
  });

  it('carries a case opened through the API, as the audit log records it', async () => {
    const headers = { 'X-Api-Key': almatyFeed };
    const { cursor } = await readToEnd(headers);
    const created = await api.http
      .post('/api/v1/cases')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ number: 'FEED-0001', subject: 'Legality of permits', addresseeName: 'Akimat' })
      .expect(201);
    const { items } = await readToEnd(headers, cursor);
    expect(items).toEqual([
      expect.objectContaining({ entityType: 'case', entityId: created.body.id, caseId: created.body.id, action: 'case.created', after: { number: 'FEED-0001', status: 'OPEN', version: 1, responsibleProsecutorId: await api.userId('bostandyk.prosecutor') } }),
    ]);
  });

  it('lets a supervisor read the subtree of their office and nothing else', async () => {
    const bosHead = await api.as('bostandyk.head');
    const start = await readToEnd(bosHead);
    const bos = await changeIn('ALA-BOS', 'act');
    await changeIn('ALA-MED', 'act');
    await changeIn('ALA', 'case');
    expect((await readToEnd(bosHead, start.cursor)).items.map((item) => sequenceOf(item))).toEqual([bos]);
  });

  it('moves an idle client past changes of other offices, and still returns its own next change', async () => {
    const karaganda = { 'X-Api-Key': (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CHANGES_READ], officeCodes: ['KAR'] })).key };
    const start = await readToEnd(karaganda);
    const others = [await changeIn('ALA-BOS', 'act'), await changeIn('ALA-MED', 'act')];
    const idle = await feed(karaganda, { after: start.cursor });
    expect(idle).toMatchObject({ items: [], hasMore: false });
    expect(sequenceOf({ cursor: idle.nextCursor })).toBe(others[1]);
    const own = await changeIn('KAR-IDE', 'act');
    expect((await feed(karaganda, { after: idle.nextCursor })).items.map((item) => sequenceOf(item))).toEqual([own]);
  });

  it('answers 100 items by default and at most `limit`', async () => {
    const headers = { 'X-Api-Key': almatyFeed };
    const start = await readToEnd(headers);
    await api.dataSource.query(
      `INSERT INTO audit_log (id, occurred_at, actor_role, action, entity_type, entity_id, office_path, prev_hash, hash)
       SELECT 0, now(), 'SYSTEM', 'act.changed', 'act', '00000000-0000-4000-8000-' || lpad(n::text, 12, '0'), $1, '', '' FROM generate_series(1, 120) AS n`,
      [paths['ALA-BOS']],
    );
    const first = await feed(headers, { after: start.cursor });
    expect(first.items).toHaveLength(100);
    expect(first.hasMore).toBe(true);
    const rest = await feed(headers, { after: first.nextCursor, limit: 1000 });
    expect(rest.items).toHaveLength(20);
    expect(rest.hasMore).toBe(false);
    expect(rest.items[0].entityId).toBe('00000000-0000-4000-8000-000000000101');
  });

  it.each([
    ['after', { after: 'not a cursor!' }],
    ['after', { after: Buffer.from('-5').toString('base64url') }],
    ['after', { after: '' }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 1001 }],
    ['limit', { limit: 'ten' }],
  ])('refuses a malformed %s with 422 naming the field', async (field, query) => {
    const response = await api.http.get('/api/v1/changes').query(query).set('X-Api-Key', almatyFeed).expect(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(new Set((response.body.errors as { field: string }[]).map((error) => error.field))).toEqual(new Set([field]));
  });

  it('is closed to prosecutors, administrators and integrations without changes:read', async () => {
    const casesOnly = (await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ], officeCodes: ['ALA'] })).key;
    for (const headers of [await api.as('bostandyk.prosecutor'), await api.as('admin'), { 'X-Api-Key': casesOnly }]) {
      const response = await api.http.get('/api/v1/changes').set(headers).expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    expect((await api.http.get('/api/v1/changes').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('never returns id N+1 while the transaction that holds N is open: ids follow commit order', async () => {
    const headers = { 'X-Api-Key': almatyFeed };
    const { cursor: start } = await readToEnd(headers);
    const first = new Client({ connectionString: api.context.databaseUrl });
    const second = new Client({ connectionString: api.context.databaseUrl });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const [{ pid: secondPid }] = (await second.query('SELECT pg_backend_pid() AS pid')).rows;
      const row = { action: 'act.changed', entityType: 'act', entityId: '00000000-0000-4000-8000-00000000c0c0', officePath: paths['ALA-BOS'] };

      await first.query('BEGIN');
      const firstId = await insertAuditRow(first, row);
      await second.query('BEGIN');
      const secondInsert = insertAuditRow(second, row);
      await waitUntil(async () => {
        const [activity] = await api.dataSource.query('SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE pid = $1', [secondPid]);
        return activity?.wait_event_type === 'Lock' && activity?.wait_event === 'advisory';
      }, 'the second writer to wait for the chain lock');

      // Nothing is visible yet, and the cursor handed out now must not jump past the open row.
      const whileOpen = await feed(headers, { after: start });
      expect(whileOpen.items).toEqual([]);

      await first.query('COMMIT');
      const secondId = await withTimeout(secondInsert, 5000, 'the second insert after the first commit');
      expect(BigInt(secondId)).toBeGreaterThan(BigInt(firstId));

      // The second row is numbered but uncommitted: the feed shows the first only.
      const afterFirst = await feed(headers, { after: whileOpen.nextCursor });
      expect(afterFirst.items.map((item) => sequenceOf(item))).toEqual([firstId]);

      await second.query('COMMIT');
      const afterSecond = await feed(headers, { after: afterFirst.nextCursor });
      expect(afterSecond.items.map((item) => sequenceOf(item))).toEqual([secondId]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('passes over the id of a transaction that rolled back, and returns the next committed row', async () => {
    const headers = { 'X-Api-Key': almatyFeed };
    const { cursor: start } = await readToEnd(headers);
    const writer = new Client({ connectionString: api.context.databaseUrl });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      const rolledBack = await insertAuditRow(writer, { action: 'act.changed', entityType: 'act', entityId: '00000000-0000-4000-8000-0000000000bb', officePath: paths['ALA-MED'] });
      await writer.query('ROLLBACK');
      const committed = await changeIn('ALA-MED', 'act');
      expect(BigInt(committed)).toBeGreaterThan(BigInt(rolledBack));
      expect((await readToEnd(headers, start)).items.map((item) => sequenceOf(item))).toEqual([committed]);
    } finally {
      await writer.end();
    }
  });
});

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
