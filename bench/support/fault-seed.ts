// Many deadlines falling due soon, for fault injection. Unlike cloneOpenDeadlines (write-path-seed),
// which copies only the act and deadline rows, this copies everything the API wrote for one
// delivered protest — the act, its history rows, its deadline, its audit rows (numbered and
// chained by the audit trigger as they are inserted) and an outbox row per deadline, as the
// DELIVERY_CONFIRMED transition writes it — so the offline consistency check finds every clone
// whole before the faults start. Clones are spread over cases of ACTS_PER_CASE acts each (real
// cases hold a handful of acts), and each act's next_due_at is its clone's due instant.

import { DEADLINE_CHANGED } from '@app/persistence';
import { Client } from 'pg';

const ACTS_PER_CASE = 20;

export interface ProtestTemplate {
  readonly actId: string;
  readonly deadlineId: string;
}

/**
 * Clones the delivered protest `count` times; clone n (1-based) is due at firstDue + (n - 1) ×
 * spacingMs. The outbox rows let the worker's relay schedule them, as it would after the API.
 */
export async function cloneDeliveredProtests(databaseUrl: string, template: ProtestTemplate, count: number, firstDue: Date, spacingMs: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const list = async (table: string) =>
      (await client.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table])).rows.map(
        (row) => row.column_name,
      );
    const select = (cols: string[], replace: Record<string, string>, alias: string) => cols.map((col) => replace[col] ?? `${alias}.${col}`).join(', ');
    // One client answers one query at a time: read the column lists in turn.
    const [caseCols, actCols, transitionCols, deadlineCols] = [await list('cases'), await list('acts'), await list('act_transitions'), await list('deadlines')];
    const withoutId = (cols: string[]) => cols.filter((col) => col !== 'id');
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE fault_clones ON COMMIT DROP AS
       SELECT n, gen_random_uuid() AS act_id, gen_random_uuid() AS deadline_id, (n - 1) / $2::int AS case_no,
              $3::timestamptz + (n - 1) * $4::int * interval '1 millisecond' AS due_at
         FROM generate_series(1, $1::int) n`,
      [count, ACTS_PER_CASE, firstDue, spacingMs],
    );
    await client.query(`CREATE TEMP TABLE fault_cases ON COMMIT DROP AS SELECT case_no, gen_random_uuid() AS case_id FROM (SELECT DISTINCT case_no FROM fault_clones) numbers`);
    const [{ case_id: templateCase }] = (await client.query<{ case_id: string }>('SELECT case_id FROM acts WHERE id = $1', [template.actId])).rows;
    await client.query(
      `INSERT INTO cases (${caseCols.join(', ')})
       SELECT ${select(caseCols, { id: 'f.case_id', number: `c.number || '-F' || left(f.case_id::text, 8)` }, 'c')}
         FROM fault_cases f CROSS JOIN cases c WHERE c.id = $1`,
      [templateCase],
    );
    const clone = `fault_clones k JOIN fault_cases f ON f.case_no = k.case_no`;
    await client.query(
      `INSERT INTO acts (${actCols.join(', ')}) SELECT ${select(actCols, { id: 'k.act_id', case_id: 'f.case_id', next_due_at: 'k.due_at', registration_number: `nextval(pg_get_serial_sequence('acts', 'registration_number'))` }, 'a')}
         FROM ${clone} CROSS JOIN acts a WHERE a.id = $1`,
      [template.actId],
    );
    await client.query(
      `INSERT INTO act_transitions (${withoutId(transitionCols).join(', ')}) SELECT ${select(withoutId(transitionCols), { act_id: 'k.act_id' }, 't')}
         FROM fault_clones k CROSS JOIN act_transitions t WHERE t.act_id = $1 ORDER BY k.n, t.version`,
      [template.actId],
    );
    await client.query(
      `INSERT INTO deadlines (${deadlineCols.join(', ')}) SELECT ${select(deadlineCols, { id: 'k.deadline_id', act_id: 'k.act_id', due_at: 'k.due_at' }, 'd')}
         FROM fault_clones k CROSS JOIN deadlines d WHERE d.id = $1`,
      [template.deadlineId],
    );
    // id, prev_hash and hash are the trigger's; the act's id and case inside before/after are the clone's.
    const retarget = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE ${column} || jsonb_build_object('id', k.act_id, 'caseId', f.case_id) END`;
    await client.query(
      `INSERT INTO audit_log (id, occurred_at, actor_user_id, actor_client_id, actor_role, actor_office_id, request_id,
         action, entity_type, entity_id, case_id, office_path, before, after, prev_hash, hash)
       SELECT 0, a.occurred_at, a.actor_user_id, a.actor_client_id, a.actor_role, a.actor_office_id, a.request_id,
              a.action, a.entity_type, k.act_id::text, f.case_id, a.office_path, ${retarget('a.before')}, ${retarget('a.after')}, '', ''
         FROM ${clone} CROSS JOIN audit_log a WHERE a.entity_type = 'act' AND a.entity_id = $1 ORDER BY k.n, a.id`,
      [template.actId],
    );
    await client.query(`INSERT INTO outbox (topic, payload) SELECT $1, jsonb_build_object('deadlineId', deadline_id) FROM fault_clones ORDER BY n`, [DEADLINE_CHANGED]);
    await client.query('COMMIT');
    await client.query('ANALYZE acts; ANALYZE deadlines; ANALYZE act_transitions; ANALYZE audit_log');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
