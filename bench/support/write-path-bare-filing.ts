// The filing baseline: the rows one POST /acts/protests writes (act, act_transitions, audit_log),
// inserted by plain `pg` with no HTTP, no NestJS, no TypeORM — copied from a real filing's rows so
// the shapes are the same, and the audit row goes through the same chaining trigger.
import { Client, Pool } from 'pg';
import { quantile } from './write-path-env';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

async function columns(client: Client | Pool, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/** The INSERT … SELECT statements that write one filing's rows again, for a new act id ($2). */
async function filingStatements(pool: Pool, templateActId: string, withAudit: boolean): Promise<string[]> {
  const copy = (table: string, cols: string[], replace: Record<string, string>, where: string) =>
    `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${cols.map((col) => replace[col] ?? col).join(', ')} FROM ${table} WHERE ${where}`;
  const acts = await columns(pool, 'acts');
  const transitions = await columns(pool, 'act_transitions');
  const audit = (await columns(pool, 'audit_log')).filter((col) => col !== 'id' && col !== 'prev_hash' && col !== 'hash');
  const statements = [
    // registration_number is a bigserial too: left to its default.
    copy('acts', acts.filter((col) => col !== 'registration_number'), { id: '$2::uuid' }, 'id = $1'),
    // act_transitions.id is a bigserial: left to its default.
    copy('act_transitions', transitions.filter((col) => col !== 'id'), { act_id: '$2::uuid' }, 'act_id = $1'),
  ];
  // The trigger numbers and chains the row under the advisory lock (ADR 0005).
  if (withAudit) statements.push(`INSERT INTO audit_log (id, prev_hash, hash, ${audit.join(', ')}) SELECT 0, '', '', ${audit.map((col) => (col === 'entity_id' ? '$2::text' : col)).join(', ')} FROM audit_log WHERE entity_id = $1::text AND action = 'act.filed'`);
  return statements;
}

/** Runs `concurrency` loops of one-transaction filings for `seconds`; req/s and latency quantiles. */
export async function bareFilingLoad(databaseUrl: string, templateActId: string, concurrency: number, seconds: number, withAudit: boolean): Promise<LoadResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: concurrency });
  try {
    const statements = await filingStatements(pool, templateActId, withAudit);
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + seconds * 1000;
    const loop = async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const started = performance.now();
          try {
            await client.query('BEGIN');
            const actId = crypto.randomUUID();
            for (const sql of statements) await client.query(sql, [templateActId, actId]);
            await client.query('COMMIT');
            latencies.push(performance.now() - started);
          } catch (error) {
            if (errors === 0) process.stderr.write(`bare filing: ${(error as Error).message}\n`);
            errors += 1;
            await client.query('ROLLBACK');
          }
        }
      } finally {
        client.release();
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, loop));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { requestsPerSecond: latencies.length / elapsed, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), errors };
  } finally {
    await pool.end();
  }
}
