// Open deadlines at scale for the engine benchmarks. One protest is filed, issued and delivered
// through the real API (so its act and deadline rows — ledger, explanation, citation — are exactly
// what the app writes); it is then cloned set-based, one act per deadline (deadlines are unique per
// act and kind), with due_at set as the benchmark needs.
import { AppConfig } from '@app/config';
import { DEMO_PASSWORD } from '../../tools/demo-data/seed-demo';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createApiApp } from '../../apps/api/src/api.app';

export interface RunningApi {
  readonly app: INestApplication;
  readonly baseUrl: string;
}

export async function startApi(config: AppConfig): Promise<RunningApi> {
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}/api/v1` };
}

async function call<T>(baseUrl: string, path: string, token: string | null, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface ProsecutorSession {
  readonly token: string;
  readonly caseId: string;
}

/** Logs in the demo district prosecutor and opens a case to file into. */
export async function prosecutorSession(baseUrl: string): Promise<ProsecutorSession> {
  const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/auth/login', null, { login: 'bostandyk.prosecutor', password: DEMO_PASSWORD });
  const kase = await call<{ id: string }>(baseUrl, '/cases', accessToken, {
    number: `BENCH-${Date.now()}`,
    subject: 'Write-path benchmark',
    addresseeName: 'Akimat of Bostandyk district',
  });
  return { token: accessToken, caseId: kase.id };
}

export const PROTEST_BODY = (caseId: string) => ({
  caseId,
  title: 'Benchmark protest',
  addresseeName: 'Akimat of Bostandyk district',
  target: 'NON_NORMATIVE_LEGAL_ACT',
  text: { ru: { facts: 'Постановление акимата противоречит закону.', violatedNorms: ['Земельный кодекс, ст. 43'], demands: ['Отменить постановление'] } },
});

/** Files, issues and delivers a protest; answers the act and its open PROTEST_CONSIDERATION deadline. */
export async function deliveredProtest(baseUrl: string, session: ProsecutorSession): Promise<{ actId: string; deadlineId: string }> {
  const act = await call<{ id: string }>(baseUrl, '/acts/protests', session.token, PROTEST_BODY(session.caseId));
  await call(baseUrl, `/acts/${act.id}/events`, session.token, { event: 'ISSUE' });
  const delivered = await call<{ deadlines: Array<{ id: string }> }>(baseUrl, `/acts/${act.id}/events`, session.token, {
    event: 'DELIVERY_CONFIRMED',
    payload: { receivedAt: new Date().toISOString() },
  });
  return { actId: act.id, deadlineId: delivered.deadlines[0].id };
}

/**
 * Clones the session's case `count` times (set-based; numbers made unique) and answers the ids, so
 * a load run files into many cases as real use does — a case holds a handful of acts, not thousands.
 */
export async function cloneCases(databaseUrl: string, caseId: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cols = await columns(client, 'cases');
    const select = cols.map((col) => (col === 'id' ? 'gen_random_uuid()' : col === 'number' ? `number || '-' || n` : col)).join(', ');
    const { rows } = await client.query<{ id: string }>(`INSERT INTO cases (${cols.join(', ')}) SELECT ${select} FROM cases CROSS JOIN generate_series(1, $2::int) n WHERE id = $1 RETURNING id`, [caseId, count]);
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

async function columns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Clones the template deadline (and its act) `count` times in two set-based statements; clone n
 * (1-based) is due at firstDue + (n - 1) × spacingMs. Its outbox rows are marked relayed, so only
 * the reconciler (or nothing) schedules the clones — the benchmark decides.
 */
export async function cloneOpenDeadlines(databaseUrl: string, template: { actId: string; deadlineId: string }, count: number, firstDue: Date, spacingMs: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const select = (cols: string[], replace: Record<string, string>, alias: string) => cols.map((col) => replace[col] ?? `${alias}.${col}`).join(', ');
    const actCols = await columns(client, 'acts');
    const deadlineCols = await columns(client, 'deadlines');
    await client.query('BEGIN');
    const caseCols = await columns(client, 'cases');
    await client.query(
      `CREATE TEMP TABLE clone_ids ON COMMIT DROP AS SELECT n, gen_random_uuid() AS case_id, gen_random_uuid() AS act_id, gen_random_uuid() AS deadline_id FROM generate_series(1, $1::int) n`,
      [count],
    );
    // One case per clone, as in real use: a case holds a handful of acts, and every transition
    // refreshes its case's status — a single shared case would serialise the engine on its row.
    await client.query(
      `INSERT INTO cases (${caseCols.join(', ')}) SELECT ${select(caseCols, { id: 'c.case_id', number: `k.number || '-' || c.case_id` }, 'k')}
       FROM clone_ids c CROSS JOIN cases k WHERE k.id = (SELECT case_id FROM acts WHERE id = $1)`,
      [template.actId],
    );
    // registration_number is a bigserial with a unique index: each clone takes the next number.
    await client.query(`INSERT INTO acts (${actCols.join(', ')}) SELECT ${select(actCols, { id: 'c.act_id', case_id: 'c.case_id', registration_number: `nextval(pg_get_serial_sequence('acts', 'registration_number'))` }, 'a')} FROM clone_ids c CROSS JOIN acts a WHERE a.id = $1`, [template.actId]);
    await client.query(
      `INSERT INTO deadlines (${deadlineCols.join(', ')})
       SELECT ${select(deadlineCols, { id: 'c.deadline_id', act_id: 'c.act_id', due_at: `$2::timestamptz + (c.n - 1) * $3::float8 * interval '1 millisecond'` }, 'd')}
       FROM clone_ids c CROSS JOIN deadlines d WHERE d.id = $1`,
      [template.deadlineId, firstDue, spacingMs],
    );
    await client.query(`UPDATE outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
    await client.query('COMMIT');
    await client.query('ANALYZE cases; ANALYZE acts; ANALYZE deadlines');
  } finally {
    await client.end();
  }
}
