import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { encodeCursor, laterId } from './change-cursor';
import { ChangeItemDto, ChangesPageDto } from './dto/changes.dto';
import { pgPool } from './pg-pool';

/** What an integration may learn from a change: the codes and numbers, never texts or attributes. */
const COMPACT_FIELDS: Record<'case' | 'act', readonly string[]> = {
  case: ['number', 'status', 'version'],
  act: ['type', 'kind', 'state', 'version', 'nextDueAt', 'event'],
};

const sqlTextArray = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;

/**
 * One statement, one snapshot: the page and the highest visible id are read together. The scope is
 * two arrays (exact office paths, subtree prefixes), so the text never varies and runs as one
 * prepared statement. PostgreSQL cuts each row's `after` down to the compact fields present in it,
 * in COMPACT_FIELDS order, and formats the instant as `toISOString` does: only what the answer
 * carries leaves the database, and nothing is mapped in JavaScript but the cursor.
 */
const PAGE = {
  name: 'integrations.changes_page.v1',
  text: `
    WITH page AS (
      SELECT id, occurred_at, entity_type, entity_id, case_id, action, after
      FROM audit_log
      WHERE id > $1::bigint AND entity_type IN ('case', 'act')
        AND (office_path = ANY($3::text[]) OR office_path LIKE ANY($4::text[]))
      ORDER BY id
      LIMIT $2
    )
    SELECT h.horizon::text AS horizon,
           p.id::text AS id,
           to_char(p.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
           p.entity_type AS "entityType",
           p.entity_id AS "entityId",
           p.case_id AS "caseId",
           p.action,
           CASE
             WHEN p.after IS NULL OR jsonb_typeof(p.after) = 'null' THEN NULL
             ELSE coalesce((
               SELECT json_object_agg(f.key, p.after -> f.key ORDER BY f.n)
               FROM unnest(CASE p.entity_type WHEN 'case' THEN ${sqlTextArray(COMPACT_FIELDS.case)} ELSE ${sqlTextArray(COMPACT_FIELDS.act)} END)
                    WITH ORDINALITY AS f(key, n)
               WHERE p.after ? f.key
             ), '{}'::json)
           END AS after
    FROM (SELECT coalesce(max(id), 0) AS horizon FROM audit_log) h
    LEFT JOIN page p ON true
    ORDER BY p.id`,
};

interface FeedRow {
  horizon: string;
  id: string | null;
  occurredAt: string;
  entityType: 'case' | 'act';
  entityId: string;
  caseId: string | null;
  action: string;
  after: Record<string, unknown> | null;
}

/**
 * The change feed over audit_log. The AuditLogChain trigger numbers rows under a transaction-level
 * advisory lock held until commit, so a row with id N+1 cannot even be numbered before the
 * transaction holding N has ended: once a reader sees N+1, every lower id is visible or never will
 * be. Paging by `id > cursor` therefore neither skips nor repeats a row.
 */
@Injectable()
export class ChangesService {
  constructor(private readonly dataSource: DataSource) {}

  async page(principal: Principal, afterId: string, limit: number): Promise<ChangesPageDto> {
    // office paths hold only uuids and slashes: no LIKE wildcard can appear in them
    const { exact, subtrees } = readableRoots(principal);
    const { rows } = await pgPool(this.dataSource).query<FeedRow>({ ...PAGE, values: [afterId, limit + 1, exact, subtrees.map((root) => `${root}%`)] });
    const found = rows[0].id === null ? [] : rows;
    const hasMore = found.length > limit;
    const items = found.slice(0, limit).map(toItem);
    // With no more rows for this caller, jump to the highest committed id: everything up to it is
    // visible now or never will be (see above), so an idle client does not rescan other offices' rows.
    const lastId = hasMore ? items[items.length - 1].sequence : laterId(afterId, rows[0].horizon);
    return { items, nextCursor: encodeCursor(lastId), hasMore };
  }
}

function toItem(row: FeedRow): ChangeItemDto {
  const id = row.id as string;
  return {
    cursor: encodeCursor(id),
    sequence: id,
    occurredAt: row.occurredAt,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    action: row.action,
    after: row.after,
  };
}
