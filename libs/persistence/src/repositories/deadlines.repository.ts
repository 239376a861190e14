import { ActState, ActType, DeadlineKind, DeadlineStatus, ResolutionKind, UNMET_DEADLINE_STATUSES } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeadlineEntity } from '../entities/deadline.entity';
import { Tx } from '../transactions';
import { KeysetPage, KeysetPosition } from './keyset';
import { OfficeReach, officeSubtreeSql } from './office-reach';

/** What a head's overdue list may be narrowed to (arts. 9, 13–16: their office and every office below). */
export interface OverdueFilter {
  readonly reach: OfficeReach;
  /** Past due at this instant. */
  readonly now: Date;
  readonly officeId?: string;
  readonly type?: ActType;
  readonly deadlineKind?: DeadlineKind;
  readonly prosecutorId?: string;
  /** Due at or before this instant (at least so many days overdue). */
  readonly dueAtOrBefore?: Date;
}

/** Most overdue first (the earliest due instant) or least. */
export type OverdueOrder = 'most_overdue' | 'least_overdue';

/** One deadline past due, with its act, the prosecutor who filed it and the office. */
export interface OverdueRow {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly status: DeadlineStatus;
  readonly dueAt: Date;
  readonly citation: string;
  readonly explanation: { kk: string; ru: string; en: string };
  readonly act: { id: string; type: ActType; kind: ResolutionKind | null; state: ActState; title: string; addresseeName: string; caseId: string };
  readonly prosecutor: { id: string; fullName: string };
  readonly office: { id: string; code: string };
}

interface OverdueRecord {
  deadline_id: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  due_at: Date;
  citation: string;
  explanation: { kk: string; ru: string; en: string };
  act_id: string;
  act_type: ActType;
  act_kind: ResolutionKind | null;
  act_state: ActState;
  act_title: string;
  addressee_name: string;
  author_id: string;
  author_name: string;
  case_id: string;
  office_id: string;
  office_code: string;
}

/**
 * The overdue list: unmet deadlines whose statutory due instant has passed — whether or not the
 * deadline engine has marked them MISSED yet — in (due_at, id) order. It runs on the partial index
 * deadlines_overdue_due_path_idx, reading about a page of rows however large the region (no OFFSET).
 * Exported so the benchmark measures the very statement the API sends.
 */
export function overdueQuery(filter: OverdueFilter, order: OverdueOrder, limit: number, after?: KeysetPosition): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // The statuses are written into the text, not bound: the planner must see the partial index's own predicate.
  const where = [`d.status IN (${UNMET_DEADLINE_STATUSES.map((status) => `'${status}'`).join(', ')})`, `d.met_at IS NULL`, `d.due_at < ${bind(filter.now)}`];
  where.push(positionalReach(filter.reach, 'd.office_path', bind));
  if (filter.officeId) where.push(officeSubtreeSql('d.office_path', bind(filter.officeId)));
  if (filter.type) where.push(`a.type = ${bind(filter.type)}`);
  if (filter.deadlineKind) where.push(`d.kind = ${bind(filter.deadlineKind)}`);
  if (filter.prosecutorId) where.push(`a.author_id = ${bind(filter.prosecutorId)}`);
  if (filter.dueAtOrBefore) where.push(`d.due_at <= ${bind(filter.dueAtOrBefore)}`);
  const ascending = order === 'most_overdue';
  if (after) where.push(`(d.due_at, d.id) ${ascending ? '>' : '<'} (${bind(after.at)}::timestamptz, ${bind(after.id)}::uuid)`);
  const direction = ascending ? 'ASC' : 'DESC';
  const sql = `SELECT d.id AS deadline_id, d.kind, d.status, d.due_at, d.citation, d.explanation,
            a.id AS act_id, a.type AS act_type, a.kind AS act_kind, a.state AS act_state, a.title AS act_title,
            a.addressee_name, a.author_id, u.full_name AS author_name, a.case_id, o.id AS office_id, o.code AS office_code
       FROM deadlines d
       JOIN acts a ON a.id = d.act_id
       JOIN users u ON u.id = a.author_id
       JOIN offices o ON o.id = d.office_id
      WHERE ${where.join(' AND ')}
      ORDER BY d.due_at ${direction}, d.id ${direction}
      LIMIT ${Number(limit) + 1}`;
  return { sql, params };
}

/** The reach as a condition with positional parameters (the overdue list is plain SQL, not a query builder). */
function positionalReach(reach: OfficeReach, column: string, bind: (value: unknown) => string): string {
  const parts = [
    ...(reach.exact.length ? [`${column} = ANY(${bind([...reach.exact])}::text[])`] : []),
    // office paths hold only uuids and slashes: no LIKE wildcard can appear in them
    ...reach.subtrees.map((root) => `${column} LIKE ${bind(`${root}%`)}`),
  ];
  return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
}

/** A deadline row before it is stored: what ActEffects computes for a clock that starts. */
export type NewDeadline = Omit<DeadlineEntity, 'act' | 'escalationLevel' | 'createdAt' | 'updatedAt'>;

/**
 * The statutory clocks of acts (deadlines). Rows are written only by the transition path
 * (libs/workflow ActEffects) and the deadline engine, always with an outbox row beside them.
 */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An act's clocks in the order they started. */
  ofAct(actId: string, tx: Tx = this.dataSource.manager): Promise<DeadlineEntity[]> {
    return tx.find(DeadlineEntity, { where: { actId }, order: { createdAt: 'ASC', kind: 'ASC' } });
  }

  /** One keyset page of the overdue list. */
  async overduePage(filter: OverdueFilter, order: OverdueOrder, limit: number, after?: KeysetPosition): Promise<KeysetPage<OverdueRow>> {
    const { sql, params } = overdueQuery(filter, order, limit, after);
    const records: OverdueRecord[] = await this.dataSource.query(sql, params);
    const items = records.slice(0, limit).map(
      (row): OverdueRow => ({
        deadlineId: row.deadline_id,
        kind: row.kind,
        status: row.status,
        dueAt: row.due_at,
        citation: row.citation,
        explanation: row.explanation,
        act: { id: row.act_id, type: row.act_type, kind: row.act_kind, state: row.act_state, title: row.act_title, addresseeName: row.addressee_name, caseId: row.case_id },
        prosecutor: { id: row.author_id, fullName: row.author_name },
        office: { id: row.office_id, code: row.office_code },
      }),
    );
    const last = records.length > limit ? items[items.length - 1] : undefined;
    return { items, next: last ? { at: last.dueAt.toISOString(), id: last.deadlineId } : null };
  }

  /**
   * How many deadlines within the reach were overdue at each of `instants` (ascending): due before
   * it and not met by then. One pass: every clock contributes +1 from the first instant after its
   * due instant and, if it was met late, -1 from the first instant at or after it was met; the
   * counts are the running sums. Only two kinds of clock can be overdue in the window — unmet ones
   * (the overdue list's partial index) and ones met late within it (deadlines_met_late_idx); a
   * clock met in time never was, a cancelled one ended before it ran out (ActEffects).
   */
  async overdueAt(reach: OfficeReach, instants: readonly Date[], officeId?: string): Promise<number[]> {
    if (instants.length === 0) return [];
    const params: unknown[] = [[...instants], instants[0], instants[instants.length - 1]];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const scope = [positionalReach(reach, 'd.office_path', bind), ...(officeId ? [officeSubtreeSql('d.office_path', bind(officeId))] : [])].join(' AND ');
    const unmet = `d.status IN (${UNMET_DEADLINE_STATUSES.map((status) => `'${status}'`).join(', ')}) AND d.met_at IS NULL`;
    const rows: Array<{ bucket: number; delta: number }> = await this.dataSource.query(
      `WITH clocks AS (
         SELECT d.due_at, NULL::timestamptz AS met_at FROM deadlines d WHERE ${unmet} AND d.due_at < $3 AND ${scope}
         UNION ALL
         SELECT d.due_at, d.met_at FROM deadlines d WHERE d.met_at > d.due_at AND d.met_at > $2 AND d.due_at < $3 AND ${scope}
       ), events AS (
         SELECT width_bucket(due_at, $1::timestamptz[]) + 1 AS bucket, 1 AS delta FROM clocks
         UNION ALL
         SELECT width_bucket(met_at - interval '1 microsecond', $1::timestamptz[]) + 1, -1 FROM clocks WHERE met_at IS NOT NULL
       )
       SELECT bucket, sum(delta)::int AS delta FROM events GROUP BY bucket ORDER BY bucket`,
      params,
    );
    // bucket i (1-based): the event counts from instants[i - 1] on.
    let running = 0;
    const byBucket = new Map(rows.map((row) => [row.bucket, row.delta]));
    return instants.map((_instant, index) => (running += byBucket.get(index + 1) ?? 0));
  }

  async insert(tx: Tx, rows: readonly NewDeadline[]): Promise<void> {
    if (rows.length) await tx.insert(DeadlineEntity, [...rows] as QueryDeepPartialEntity<DeadlineEntity>[]);
  }

  /**
   * Writes every column a transition's effect may change, by primary key. Explicit, not save():
   * save() would first re-select the row to tell an insert from an update. An effect that writes
   * another column must add it here.
   */
  async updateClock(tx: Tx, row: DeadlineEntity): Promise<void> {
    const { status, dueAt, internalTargetAt, metAt, missedAt, explanation, ledger, version, triggeredAt, runsAgainst, citation, editionId, firesTermMissed } = row;
    await tx.update(DeadlineEntity, { id: row.id }, {
      status, dueAt, internalTargetAt, metAt, missedAt, explanation, ledger, version, triggeredAt, runsAgainst, citation, editionId, firesTermMissed,
    } as QueryDeepPartialEntity<DeadlineEntity>);
  }
}
