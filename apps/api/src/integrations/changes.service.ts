import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { officeScopeCondition } from '../http/scope-sql';
import { encodeCursor, laterId } from './change-cursor';
import { ChangeItemDto, ChangesPageDto } from './dto/changes.dto';

/** What an integration may learn from a change: the codes and numbers, never texts or attributes. */
const COMPACT_FIELDS: Record<'case' | 'act', readonly string[]> = {
  case: ['number', 'status', 'version'],
  act: ['type', 'kind', 'state', 'version', 'nextDueAt', 'event'],
};

interface FeedRow {
  horizon: string;
  id: string | null;
  occurred_at: Date;
  entity_type: 'case' | 'act';
  entity_id: string;
  case_id: string | null;
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
    const scope = officeScopeCondition(principal, 'office_path');
    // One statement, one snapshot: the page and the highest visible id are read together.
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH page AS (
         SELECT id, occurred_at, entity_type, entity_id, case_id, action, after
         FROM audit_log
         WHERE id > :afterId AND entity_type IN ('case', 'act') AND ${scope.sql}
         ORDER BY id
         LIMIT :limit
       )
       SELECT h.horizon::text AS horizon, p.id::text AS id, p.occurred_at, p.entity_type, p.entity_id, p.case_id, p.action, p.after
       FROM (SELECT coalesce(max(id), 0) AS horizon FROM audit_log) h
       LEFT JOIN page p ON true
       ORDER BY p.id`,
      { ...scope.params, afterId, limit: limit + 1 },
    );
    const rows: FeedRow[] = await this.dataSource.query(sql, parameters);
    const found = rows.filter((row) => row.id !== null);
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
    occurredAt: row.occurred_at.toISOString(),
    entityType: row.entity_type,
    entityId: row.entity_id,
    caseId: row.case_id,
    action: row.action,
    after: row.after ? pick(row.after, COMPACT_FIELDS[row.entity_type]) : null,
  };
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in source).map((field) => [field, source[field]]));
}
