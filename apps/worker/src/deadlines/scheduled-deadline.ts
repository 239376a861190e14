import { ActState, ActType, DeadlineKind, ResolutionKind, TermUnit } from '@app/domain';
import { EntityManager } from 'typeorm';

/** What planning needs to know about a deadline, read in one query. */
export interface ScheduledDeadline {
  readonly id: string;
  readonly version: number;
  readonly kind: DeadlineKind;
  readonly status: string;
  readonly unit: TermUnit;
  readonly triggeredAt: Date;
  readonly dueAt: Date;
  readonly missedAt: Date | null;
  readonly metAt: Date | null;
  readonly escalationLevel: number;
  readonly actState: string;
  readonly actTerminal: boolean;
  /** Depth of the act's office: 0 for the General Prosecutor's Office. */
  readonly officeDepth: number;
}

interface Row {
  id: string;
  version: number;
  kind: DeadlineKind;
  status: string;
  unit: TermUnit;
  triggered_at: Date;
  due_at: Date;
  missed_at: Date | null;
  met_at: Date | null;
  escalation_level: number;
  act_state: ActState;
  act_type: ActType;
  act_kind: ResolutionKind | null;
  edition_id: string;
  office_depth: number;
}

const SELECT = `
  SELECT d.id, d.version, d.kind, d.status, d.ledger #>> '{rule,unit}' AS unit, d.triggered_at, d.due_at, d.missed_at, d.met_at,
         d.escalation_level, a.state AS act_state, a.type AS act_type, a.kind AS act_kind, a.edition_id, o.depth AS office_depth
    FROM deadlines d JOIN acts a ON a.id = d.act_id JOIN offices o ON o.id = d.office_id`;

/** Deadlines by id (the relay), or every deadline that may still need a job (the reconciler), in id pages. */
export async function loadScheduledDeadlines(
  manager: EntityManager,
  isTerminal: (row: { act_type: ActType; act_kind: ResolutionKind | null; edition_id: string; act_state: ActState }) => boolean,
  filter: { ids: readonly string[] } | { afterId: string; limit: number },
): Promise<ScheduledDeadline[]> {
  const rows: Row[] =
    'ids' in filter
      ? await manager.query(`${SELECT} WHERE d.id = ANY($1)`, [filter.ids])
      : await manager.query(
          `${SELECT} WHERE d.id > $1 AND (d.status = 'OPEN' OR (d.status = 'MISSED' AND d.met_at IS NULL)) ORDER BY d.id LIMIT $2`,
          [filter.afterId, filter.limit],
        );
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    kind: row.kind,
    status: row.status,
    unit: row.unit,
    triggeredAt: row.triggered_at,
    dueAt: row.due_at,
    missedAt: row.missed_at,
    metAt: row.met_at,
    escalationLevel: row.escalation_level,
    actState: row.act_state,
    actTerminal: isTerminal(row),
    officeDepth: row.office_depth,
  }));
}
