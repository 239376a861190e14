import { DataSource } from 'typeorm';

/** The first link of the chain points at 64 zeros (migration AuditLogChain). */
const GENESIS_HASH = '0'.repeat(64);

export type AuditChainBreak = 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH';

export interface AuditChainReport {
  /** Rows verified, up to and including the broken one. */
  readonly checked: number;
  /** The first row whose hash does not recompute, or that does not point at its predecessor. */
  readonly firstBroken: { readonly id: string; readonly reason: AuditChainBreak } | null;
}

export interface VerifyAuditChainOptions {
  /** Rows read per query; the log grows without bound, so it is never read at once. */
  readonly batchSize?: number;
}

interface CheckedRow {
  id: string;
  hash: string;
  prev_hash: string;
  hash_ok: boolean;
}

/**
 * Walks audit_log in id order and checks each row the way the chaining trigger built it:
 * `hash` recomputes as SHA-256 over audit_log_canonical(row) — computed by PostgreSQL with the
 * very function the trigger used, so the canonical text cannot drift between writer and checker —
 * and `prev_hash` equals the hash of the row before (64 zeros for the first).
 *
 * Covers the rows that exist when it starts (appends during the walk are left for the next run).
 * Ids may have gaps (a rolled-back insert spends its sequence number), which is not a break; a
 * deleted or altered row is, at that row or at its successor. Removing rows from the end of the
 * log is not detectable from the log alone: compare the head hash with one kept elsewhere.
 */
export async function verifyAuditChain(dataSource: DataSource, options: VerifyAuditChainOptions = {}): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 1000;
  const [{ last }] = await dataSource.query<Array<{ last: string | null }>>('SELECT max(id)::text AS last FROM audit_log');
  let checked = 0;
  let previousHash = GENESIS_HASH;
  let afterId = '0';
  while (last !== null) {
    const rows = await dataSource.query<CheckedRow[]>(
      // The batch is chosen by an ordered index scan on its own: with the upper bound in the same
      // scan the planner may read the whole remaining range for every batch.
      `SELECT a.id::text AS id, a.hash, a.prev_hash,
              encode(sha256(convert_to(audit_log_canonical(a), 'UTF8')), 'hex') = a.hash AS hash_ok
         FROM audit_log a
         JOIN (SELECT id FROM audit_log WHERE id > $1::bigint ORDER BY id LIMIT $3) batch USING (id)
        WHERE a.id <= $2::bigint
        ORDER BY a.id`,
      [afterId, last, batchSize],
    );
    for (const row of rows) {
      checked += 1;
      if (!row.hash_ok) return { checked, firstBroken: { id: row.id, reason: 'HASH_MISMATCH' } };
      if (row.prev_hash !== previousHash) return { checked, firstBroken: { id: row.id, reason: 'PREV_HASH_MISMATCH' } };
      previousHash = row.hash;
    }
    if (rows.length < batchSize) break;
    afterId = rows[rows.length - 1].id;
  }
  return { checked, firstBroken: null };
}
