import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Tx } from '../transactions';
import { OfficeReach } from './office-reach';
import { pgPool } from './pg-pool';

/** Who wrote: a user, an integration, or the system itself (the deadline engine). */
export interface AuditActor {
  readonly userId: string | null;
  readonly clientId: string | null;
  /** PROSECUTOR, SUPERVISOR, ADMINISTRATOR, INTEGRATION or SYSTEM. */
  readonly role: string;
  readonly officeId: string | null;
  /** Our id of the request (a UUID the API assigned). */
  readonly requestId: string | null;
  /** The caller's own X-Request-Id, when it sent a sane one; absent for the system. */
  readonly clientRequestId?: string | null;
}

/** The deadline engine acting on its own (a missed term, an escalation). */
export const SYSTEM_ACTOR: AuditActor = Object.freeze({ userId: null, clientId: null, role: 'SYSTEM', officeId: null, requestId: null });

export interface AuditEntry {
  /** 'case.created', 'act.filed', 'act.transitioned', 'office.created', 'user.updated', … */
  readonly action: string;
  readonly entityType: 'case' | 'act' | 'deadline' | 'office' | 'user' | 'integration_client' | 'calendar_entry' | 'user_absence' | 'attachment';
  readonly entityId: string;
  /** For case and act rows: the case and its office path (the change feed filters on them). */
  readonly caseId?: string | null;
  readonly officePath?: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** An audit row not yet written: who, and what (AuditLogRepository.appendMany writes many in one statement). */
export interface PendingAudit {
  readonly actor: AuditActor;
  readonly entry: AuditEntry;
}

/** One change of a case or an act, as the change feed answers it. */
export interface ChangeRow {
  readonly id: string;
  readonly occurredAt: string;
  readonly entityType: 'case' | 'act';
  readonly entityId: string;
  readonly caseId: string | null;
  readonly action: string;
  readonly after: Record<string, unknown> | null;
}

/** What an integration may learn from a change: the codes and numbers, never texts or attributes. */
const COMPACT_FIELDS: Record<'case' | 'act', readonly string[]> = {
  case: ['number', 'status', 'version', 'responsibleProsecutorId'],
  act: ['type', 'kind', 'state', 'version', 'nextDueAt', 'event', 'responsibleUserId'],
};

const sqlTextArray = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;

/**
 * One statement, one snapshot: the page and the highest visible id are read together. The reach is
 * two arrays (exact office paths, subtree prefixes), so the text never varies and runs as one
 * prepared statement. PostgreSQL cuts each row's `after` down to the compact fields present in it,
 * in COMPACT_FIELDS order, and formats the instant as `toISOString` does: only what the answer
 * carries leaves the database.
 */
const CHANGES_PAGE = {
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

/**
 * The append-only, hash-chained audit log (ADR 0005). A row is written inside the writer's
 * transaction, so it exists exactly when the change does; the database numbers and chains it
 * (migration AuditLogChain) — nothing here computes ids or hashes.
 */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The change feed: case and act rows within the reach with an id above `afterId`, at most
   * `limit`, and the highest id committed (the horizon). The AuditLogChain trigger numbers rows
   * under a lock held until commit, so once a reader sees id N+1 every lower id is visible or never
   * will be: paging by `id > after` neither skips nor repeats a row.
   */
  async changesAfter(reach: OfficeReach, afterId: string, limit: number): Promise<{ readonly rows: ChangeRow[]; readonly horizon: string }> {
    // office paths hold only uuids and slashes: no LIKE wildcard can appear in them
    const values = [afterId, limit, [...reach.exact], reach.subtrees.map((root) => `${root}%`)];
    const { rows } = await pgPool(this.dataSource).query<ChangeRow & { horizon: string; id: string | null }>({ ...CHANGES_PAGE, values });
    return { rows: rows[0].id === null ? [] : rows, horizon: rows[0].horizon };
  }

  /**
   * Appends one row. Its trigger takes the chain's lock until commit: write it last in a
   * transaction, so no later round trip runs while every other writer waits.
   */
  append(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
    return this.appendMany(tx, [{ actor, entry }]);
  }

  /**
   * Appends rows in the order given, in one statement (the deadline engine's batches). The chaining
   * trigger runs for each row in turn and sees the rows of the same statement before it, so the
   * chain stays one chain (ADR 0005); its lock is taken at the first row and held until commit.
   */
  async appendMany(tx: Tx, rows: readonly PendingAudit[]): Promise<void> {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    const tuples = rows.map(({ actor, entry }) => {
      const first = values.length;
      values.push(
        actor.userId,
        actor.clientId,
        actor.role,
        actor.officeId,
        actor.requestId,
        actor.clientRequestId ?? null,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.caseId ?? null,
        entry.officePath ?? null,
        toJson(entry.before),
        toJson(entry.after),
      );
      const p = (offset: number) => `$${first + offset}`;
      // id, prev_hash and hash are assigned by the trigger; the placeholders satisfy NOT NULL.
      return `(0, now(), ${p(1)}::uuid, ${p(2)}::uuid, ${p(3)}, ${p(4)}::uuid, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}::uuid, ${p(11)}, ${p(12)}::jsonb, ${p(13)}::jsonb, '', '')`;
    });
    await tx.query(
      `INSERT INTO audit_log (id, occurred_at, actor_user_id, actor_client_id, actor_role, actor_office_id, request_id, client_request_id,
         action, entity_type, entity_id, case_id, office_path, before, after, prev_hash, hash)
       VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}

/** Plain JSON text (dates as ISO strings), so what is hashed is what is stored; null when absent. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
