import { ChangeCursors } from '../../apps/api/src/integrations/change-cursor';
import { FixedClock } from '@app/config';
import { IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { DEMO_PASSWORD } from '../../tools/demo-data/seed-demo';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { ApiHarness } from '../support/api-harness';
import { insertAuditRow } from '../support/factories';
import { ACT_TEXT } from '../support/act-text';

interface ChangeItem {
  cursor: string;
  entityType: 'case' | 'act';
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

/**
 * The integrations' change feed survives a restart of the API: a client stores its cursor, the API
 * stops, changes go on through a new instance on the same database, and the client resumes from
 * the stored cursor. Every change in its offices arrives exactly once, in commit (id) order.
 */
describe('GET /api/v1/changes across an API restart (real PostgreSQL)', () => {
  let api: ApiHarness;
  /** The audit id behind an item's cursor (opaque to clients; the test holds the secret). */
  const sequenceOf = (item: { cursor: string }): string => new ChangeCursors(api.context.config.JWT_SECRET).decode(item.cursor) ?? 'not a cursor';
  let restarted: INestApplication | null = null;
  let firstClosed = false;
  let inFlight: Client | null = null;
  const clock = new FixedClock(new Date('2026-04-01T05:00:00Z'));

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
  });
  afterAll(async () => {
    await inFlight?.end().catch(() => undefined);
    if (restarted) await restarted.close();
    if (api && !firstClosed) await api.app.close();
    await api?.context.dispose();
  });

  /** A thin client of one app instance: the feed as an integration reads it, and acts as a user files them. */
  const client = (app: INestApplication) => {
    const http = () => request(app.getHttpServer());
    const tokens = new Map<string, string>();
    const as = async (login: string) => {
      if (!tokens.has(login)) {
        const response = await http().post('/api/v1/auth/login').send({ login, password: DEMO_PASSWORD }).expect(200);
        tokens.set(login, response.body.accessToken as string);
      }
      return { Authorization: `Bearer ${tokens.get(login)}` };
    };
    const page = async (key: string, query: Record<string, string | number>): Promise<ChangesPage> =>
      (await http().get('/api/v1/changes').query(query).set('X-Api-Key', key).expect(200)).body as ChangesPage;
    return {
      page,
      /** Pages on from `after` until hasMore is false; returns the items and the cursor to store. */
      async readToEnd(key: string, after: string | undefined, limit: number): Promise<{ items: ChangeItem[]; cursor: string }> {
        const items: ChangeItem[] = [];
        let current = await page(key, { limit, ...(after ? { after } : {}) });
        items.push(...current.items);
        while (current.hasMore) {
          current = await page(key, { limit, after: current.nextCursor });
          items.push(...current.items);
        }
        return { items, cursor: current.nextCursor };
      },
      async openCase(login: string, number: string): Promise<string> {
        const response = await http().post('/api/v1/cases').set(await as(login)).send({ number, subject: 'Legality of permits', addresseeName: 'Akimat' }).expect(201);
        return response.body.id as string;
      },
      async fileProtest(login: string, caseId: string): Promise<string> {
        const body = { caseId, title: `Protest in ${caseId.slice(0, 8)}`, addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT };
        return (await http().post('/api/v1/acts/protests').set(await as(login)).send(body).expect(201)).body.id as string;
      },
      async fire(login: string, actId: string, event: string, payload: Record<string, unknown> = {}): Promise<void> {
        await http().post(`/api/v1/acts/${actId}/events`).set(await as(login)).send({ event, payload }).expect(200);
      },
    };
  };

  /** What the feed of the Almaty office must carry after `afterId`: its case and act rows of audit_log, by id. */
  const almatyRows = async (dataSource: DataSource, afterId: string): Promise<{ id: string; action: string; entity_id: string }[]> =>
    dataSource.query(
      `SELECT id::text AS id, action, entity_id FROM audit_log
       WHERE id > $1 AND entity_type IN ('case', 'act') AND office_path LIKE (SELECT path FROM offices WHERE code = 'ALA') || '%'
       ORDER BY audit_log.id`,
      [afterId],
    );

  it('a client resumes with its stored cursor after the restart: every change once, in commit order, none lost, none repeated', async () => {
    const { key, prefix, hash } = generateApiKey();
    await api.dataSource.getRepository(IntegrationClientEntity).insert({
      name: 'e-Otinish change feed',
      keyPrefix: prefix,
      keyHash: hash,
      scopes: [IntegrationScope.CHANGES_READ],
      officeIds: [await api.officeId('ALA')],
    });
    const first = client(api.app);

    // Both clients start at the head of the feed.
    const head = await first.readToEnd(key, undefined, 50);
    const headId = sequenceOf({ cursor: head.cursor });

    // Before the restart: changes in Bostandyk and Medeu (Almaty's subtree) and in Karaganda (not).
    const bosCase = await first.openCase('bostandyk.prosecutor', 'RESTART-BOS-1');
    const protest = await first.fileProtest('bostandyk.prosecutor', bosCase);
    await first.fire('bostandyk.prosecutor', protest, 'ISSUE');
    const karCase = await first.openCase('temirtau.prosecutor', 'RESTART-KAR-1');
    const medCase = await first.openCase('medeu.prosecutor', 'RESTART-MED-1');
    // A writer whose transaction is still open when the API stops: its row is numbered, not yet committed.
    const medPath = (await api.dataSource.query(`SELECT path FROM offices WHERE code = 'ALA-MED'`))[0].path as string;
    inFlight = new Client({ connectionString: api.context.databaseUrl });
    await inFlight.connect();
    await inFlight.query('BEGIN');
    const inFlightId = await insertAuditRow(inFlight, { action: 'act.changed', entityType: 'act', entityId: 'in-flight', officePath: medPath, after: { state: 'ISSUED' } });

    // Client 1 processes one page of 3 and stores its cursor; client 2 reads everything there is.
    const firstPage = await first.page(key, { after: head.cursor, limit: 3 });
    expect(firstPage.hasMore).toBe(true);
    expect(firstPage.items).toHaveLength(3);
    const storedCursor = firstPage.nextCursor;
    const upToDate = await first.readToEnd(key, head.cursor, 2);
    const beforeRestart = upToDate.items.map((item) => sequenceOf(item));
    expect(beforeRestart).not.toContain(inFlightId);
    expect(BigInt(sequenceOf({ cursor: upToDate.cursor }))).toBeLessThan(BigInt(inFlightId));

    // The API stops…
    await api.app.close();
    firstClosed = true;
    expect(api.dataSource.isInitialized).toBe(false);
    await inFlight.query('COMMIT');
    await inFlight.end();
    inFlight = null;

    // …and a new instance on the same database carries on.
    restarted = await createApiApp(api.context.config, clock);
    await restarted.init();
    const second = client(restarted);
    const dataSource = restarted.get(DataSource);
    clock.set(new Date('2026-04-02T06:00:00Z'));
    await second.fire('bostandyk.prosecutor', protest, 'DELIVERY_CONFIRMED', { receivedAt: '2026-04-02T05:00:00Z' });
    const medProtest = await second.fileProtest('medeu.prosecutor', medCase);
    await second.fileProtest('temirtau.prosecutor', karCase);
    const bosCase2 = await second.openCase('bostandyk.prosecutor', 'RESTART-BOS-2');

    // Client 1 resumes from the cursor it stored before the restart.
    const resumed = await second.readToEnd(key, storedCursor, 2);
    const seen = [...firstPage.items, ...resumed.items];
    const sequences = seen.map((item) => sequenceOf(item));

    // Exactly the audit rows of Almaty's offices after the head, in id (= commit) order, each once.
    const expected = await almatyRows(dataSource, headId);
    expect(sequences).toEqual(expected.map((row) => row.id));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences.map(BigInt)).toEqual([...sequences.map(BigInt)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Nothing of Karaganda, on either side of the restart.
    expect(seen.map((item) => item.caseId)).not.toContain(karCase);

    // Every change made through the API is there, once, in the order it was made — both sides of the restart.
    const made = [
      ['case.created', bosCase, 'OPEN'],
      ['act.filed', protest, 'DRAFT'],
      ['act.transitioned', protest, 'ISSUED'],
      ['case.created', medCase, 'OPEN'],
      ['act.changed', 'in-flight', 'ISSUED'], // committed while the API was down
      // restart
      ['act.transitioned', protest, 'DELIVERED'],
      ['act.filed', medProtest, 'DRAFT'],
      ['case.created', bosCase2, 'OPEN'],
    ];
    expect(seen.map((item) => [item.action, item.entityId, item.after?.state ?? item.after?.status])).toEqual(made);
    expect(firstPage.items.map((item) => item.entityId)).toEqual([bosCase, protest, protest]);

    // The changes of before the restart that client 1 had not read yet are not lost: they come first.
    expect(beforeRestart).toEqual(sequences.slice(0, 4));
    const afterRestart = sequences.slice(4);
    expect(afterRestart[0]).toBe(inFlightId);

    // Client 2, up to date before the restart, gets exactly what happened after it.
    const caughtUp = await second.readToEnd(key, upToDate.cursor, 2);
    expect(caughtUp.items.map((item) => sequenceOf(item))).toEqual(afterRestart);

    // Both are now at the end: resuming again returns nothing, and the cursors agree.
    expect((await second.page(key, { after: resumed.cursor })).items).toEqual([]);
    expect((await second.page(key, { after: caughtUp.cursor })).items).toEqual([]);
  });
});
