import { ActState, ActType, DeadlineKind, DeadlineStatus, ResolutionKind, TermUnit, UNMET_DEADLINE_STATUSES } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeadlineEntity } from '../entities/deadline.entity';
import { Tx } from '../transactions';
import { KeysetPage, KeysetPosition } from './keyset';
import { OfficeReach, officeSubtreeSql } from './office-reach';
import { sqlLiteral } from './sql-constants';

/** A deadline without its ledger and explanation: what the due jobs read (lockClocks). */
export type DeadlineClock = Omit<DeadlineEntity, 'ledger' | 'explanation' | 'act'>;

const CLOCK_COLUMNS: { readonly [K in keyof DeadlineClock]-?: true } = {
  id: true,
  actId: true,
  officeId: true,
  officePath: true,
  kind: true,
  status: true,
  runsAgainst: true,
  triggeredAt: true,
  dueAt: true,
  internalTargetAt: true,
  metAt: true,
  missedAt: true,
  citation: true,
  editionId: true,
  firesTermMissed: true,
  escalationLevel: true,
  version: true,
  createdAt: true,
  updatedAt: true,
};

/** What a head's overdue list may be narrowed to (arts. 9, 13–16: their office and every office below). */
export interface OverdueFilter {
  readonly reach: OfficeReach;
  /** Past due at this instant. */
  readonly now: Date;
  readonly officeId?: string;
  readonly type?: ActType;
  readonly deadlineKind?: DeadlineKind;
  readonly prosecutorId?: string;
  /** The prosecutor who answers for the act now. */
  readonly responsibleUserId?: string;
  /** true: only acts whose responsible prosecutor is away on `today` (an absence) or deactivated. */
  readonly responsibleAbsent?: boolean;
  /** The Almaty date absences are read on. */
  readonly today: string;
  /** Due at or before this instant (at least so many days overdue). */
  readonly dueAtOrBefore?: Date;
}

/** Most overdue first (the earliest due instant) or least. */
export type OverdueOrder = 'most_overdue' | 'least_overdue';

/** One deadline past due, with its act, the prosecutor who filed it, the one who answers for it now, and the office. */
export interface OverdueRow {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly status: DeadlineStatus;
  readonly dueAt: Date;
  readonly citation: string;
  readonly explanation: { kk: string; ru: string; en: string };
  readonly act: { id: string; type: ActType; kind: ResolutionKind | null; state: ActState; title: string; addresseeName: string; caseId: string };
  readonly prosecutor: { id: string; fullName: string };
  /** Who answers for the act now; `absent` when they are away today or deactivated. */
  readonly responsible: { id: string; fullName: string; absent: boolean };
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
  responsible_id: string;
  responsible_name: string;
  responsible_absent: boolean;
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
  if (filter.responsibleUserId) where.push(`a.responsible_user_id = ${bind(filter.responsibleUserId)}`);
  const today = bind(filter.today);
  const absent = `(NOT r.is_active OR EXISTS (SELECT 1 FROM user_absences ab WHERE ab.user_id = a.responsible_user_id AND ${today}::date BETWEEN ab.starts_on AND ab.ends_on))`;
  if (filter.responsibleAbsent !== undefined) where.push(filter.responsibleAbsent ? absent : `NOT ${absent}`);
  if (filter.dueAtOrBefore) where.push(`d.due_at <= ${bind(filter.dueAtOrBefore)}`);
  const ascending = order === 'most_overdue';
  if (after) where.push(`(d.due_at, d.id) ${ascending ? '>' : '<'} (${bind(after.at)}::timestamptz, ${bind(after.id)}::uuid)`);
  const direction = ascending ? 'ASC' : 'DESC';
  const sql = `SELECT d.id AS deadline_id, d.kind, d.status, d.due_at, d.citation, d.explanation,
            a.id AS act_id, a.type AS act_type, a.kind AS act_kind, a.state AS act_state, a.title AS act_title,
            a.addressee_name, a.author_id, u.full_name AS author_name,
            a.responsible_user_id AS responsible_id, r.full_name AS responsible_name, ${absent} AS responsible_absent,
            a.case_id, o.id AS office_id, o.code AS office_code
       FROM deadlines d
       JOIN acts a ON a.id = d.act_id
       JOIN users u ON u.id = a.author_id
       JOIN users r ON r.id = a.responsible_user_id
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

/** What planning a deadline's jobs needs (the worker's DeadlineScheduler), read with its act and office in one query. */
export interface DeadlineScheduleFacts {
  readonly id: string;
  readonly version: number;
  readonly kind: DeadlineKind;
  readonly status: DeadlineStatus;
  /** The unit of its term rule (from the ledger): day terms and hour terms are reminded differently. */
  readonly unit: TermUnit;
  readonly triggeredAt: Date;
  readonly dueAt: Date;
  readonly missedAt: Date | null;
  readonly metAt: Date | null;
  readonly escalationLevel: number;
  /** What tells whether the act has ended (its machine) and whether it is suspended. */
  readonly act: { readonly type: ActType; readonly kind: ResolutionKind | null; readonly editionId: string; readonly state: ActState };
  /** Depth of the act's office: 0 for the General Prosecutor's Office. */
  readonly officeDepth: number;
}

/** One line of the worker's deadline gauge: how many clocks of a kind are running, or missed and still unmet. */
export interface UnmetDeadlineCount {
  readonly kind: DeadlineKind;
  readonly status: typeof DeadlineStatus.OPEN | typeof DeadlineStatus.MISSED;
  readonly count: number;
}

interface ScheduleRow {
  id: string;
  version: number;
  kind: DeadlineKind;
  status: DeadlineStatus;
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

const OPEN = sqlLiteral(DeadlineStatus.OPEN);
const MISSED = sqlLiteral(DeadlineStatus.MISSED);

const SELECT_SCHEDULE_FACTS = `
  SELECT d.id, d.version, d.kind, d.status, d.ledger #>> '{rule,unit}' AS unit, d.triggered_at, d.due_at, d.missed_at, d.met_at,
         d.escalation_level, a.state AS act_state, a.type AS act_type, a.kind AS act_kind, a.edition_id, o.depth AS office_depth
    FROM deadlines d JOIN acts a ON a.id = d.act_id JOIN offices o ON o.id = d.office_id`;

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

  /** The clocks of several acts in one statement, by act, each act's in the order they started (a batch of transitions). */
  ofActs(actIds: readonly string[], tx: Tx = this.dataSource.manager): Promise<Map<string, DeadlineEntity[]>> {
    return this.byAct(actIds, tx);
  }

  /** The same as ofActs, read as lockClocks reads them: without the ledger and the explanation. */
  clocksOfActs(actIds: readonly string[], tx: Tx = this.dataSource.manager): Promise<Map<string, DeadlineClock[]>> {
    return this.byAct(actIds, tx, CLOCK_COLUMNS);
  }

  private async byAct(actIds: readonly string[], tx: Tx, select?: typeof CLOCK_COLUMNS): Promise<Map<string, DeadlineEntity[]>> {
    const byAct = new Map<string, DeadlineEntity[]>(actIds.map((id) => [id, []]));
    if (actIds.length === 0) return byAct;
    const rows = await tx.find(DeadlineEntity, { select, where: { actId: In([...actIds]) }, order: { createdAt: 'ASC', kind: 'ASC' } });
    for (const row of rows) byAct.get(row.actId)?.push(row);
    return byAct;
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
        responsible: { id: row.responsible_id, fullName: row.responsible_name, absent: row.responsible_absent },
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
   * Writes every column a transition's effect may change, by primary key, for all `rows` in one
   * statement. Explicit, not save(): save() would first re-select each row to tell an insert from
   * an update. An effect that writes another column must add it here.
   */
  async updateClocks(tx: Tx, rows: readonly DeadlineEntity[]): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((row) => ({
      id: row.id,
      status: row.status,
      due_at: row.dueAt,
      internal_target_at: row.internalTargetAt,
      met_at: row.metAt,
      missed_at: row.missedAt,
      explanation: row.explanation,
      ledger: row.ledger,
      version: row.version,
      triggered_at: row.triggeredAt,
      runs_against: row.runsAgainst,
      citation: row.citation,
      edition_id: row.editionId,
      fires_term_missed: row.firesTermMissed,
    }));
    await tx.query(
      `UPDATE deadlines d SET status = v.status, due_at = v.due_at, internal_target_at = v.internal_target_at, met_at = v.met_at, missed_at = v.missed_at,
              explanation = v.explanation, ledger = v.ledger, version = v.version, triggered_at = v.triggered_at, runs_against = v.runs_against,
              citation = v.citation, edition_id = v.edition_id, fires_term_missed = v.fires_term_missed, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, due_at timestamptz, internal_target_at timestamptz, met_at timestamptz, missed_at timestamptz,
              explanation jsonb, ledger jsonb, version int, triggered_at timestamptz, runs_against text, citation text, edition_id text, fires_term_missed boolean)
        WHERE d.id = v.id`,
      [JSON.stringify(records)],
    );
  }

  /** A reminder re-reads its deadline without a lock: it changes nothing on it, and its notices' keys guard against doubles. */
  findById(id: string, tx: Tx = this.dataSource.manager): Promise<DeadlineEntity | null> {
    return tx.findOneBy(DeadlineEntity, { id });
  }

  /**
   * The deadline, locked until the transaction ends (null when it no longer exists): a due or an
   * escalation job must not race a user's event on it, nor the same job run twice at once.
   */
  lockById(tx: Tx, id: string): Promise<DeadlineEntity | null> {
    return tx.findOne(DeadlineEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The deadlines, locked until the transaction ends, in id order (a consistent order: two
   * recounts never wait on each other crosswise); the ones that no longer exist are left out.
   */
  lockByIds(tx: Tx, ids: readonly string[]): Promise<DeadlineEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.find(DeadlineEntity, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The deadlines as the due jobs need them, locked until the transaction ends, in id order; the
   * ones that no longer exist are left out. Without the ledger and the explanation: 4 KB of JSON a
   * row that a breach never reads, and that PostgreSQL would detoast and the worker parse for each
   * of a storm's thousands (ADR 0013).
   */
  lockClocks(tx: Tx, ids: readonly string[]): Promise<DeadlineClock[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.find(DeadlineEntity, { select: CLOCK_COLUMNS, where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The due jobs' record of clocks that ran out, in one statement: MISSED at their due instants,
   * escalation level 1, a new version each.
   */
  async recordMisses(tx: Tx, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(`UPDATE deadlines SET status = ${MISSED}, missed_at = due_at, escalation_level = 1, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** A missed clock climbed one office up: its level and version rise. */
  async recordEscalation(tx: Tx, id: string, changes: Pick<DeadlineEntity, 'escalationLevel' | 'version'>): Promise<void> {
    await tx.update(DeadlineEntity, { id }, changes);
  }

  /** The earliest due instant of each act's running clocks (null when none runs), in one statement: the acts' next_due_at. */
  async nextOpenDueOf(actIds: readonly string[], tx: Tx = this.dataSource.manager): Promise<Map<string, Date | null>> {
    const rows: Array<{ act_id: string; next: Date | null }> = await tx.query(
      `SELECT a.id AS act_id, (SELECT min(d.due_at) FROM deadlines d WHERE d.act_id = a.id AND d.status = ${OPEN}) AS next FROM unnest($1::uuid[]) AS a(id)`,
      [actIds],
    );
    return new Map(rows.map((row) => [row.act_id, row.next]));
  }

  /**
   * The due instant of the oldest running clock already past `now` — one the engine has not yet
   * marked missed (the watchdog); null when there is none. The first entry of deadlines_status_due_idx.
   */
  async oldestUnprocessedDue(now: Date, tx: Tx = this.dataSource.manager): Promise<Date | null> {
    const [row]: Array<{ due: Date | null }> = await tx.query(`SELECT min(due_at) AS due FROM deadlines WHERE status = ${OPEN} AND due_at < $1`, [now]);
    return row?.due ?? null;
  }

  /** Running clocks, and missed ones nobody has met since (a late answer keeps MISSED and sets met_at), by kind. */
  countUnmetByKind(tx: Tx = this.dataSource.manager): Promise<UnmetDeadlineCount[]> {
    return tx.query(
      `SELECT kind, status, count(*)::int AS count FROM deadlines
      WHERE status = ${OPEN} OR (status = ${MISSED} AND met_at IS NULL)
      GROUP BY kind, status`,
    );
  }

  /** The deadlines of `ids` as planning sees them (the outbox relay, inside the transaction that claimed its rows). */
  async scheduleFactsOf(ids: readonly string[], tx: Tx = this.dataSource.manager): Promise<DeadlineScheduleFacts[]> {
    const rows: ScheduleRow[] = await tx.query(`${SELECT_SCHEDULE_FACTS} WHERE d.id = ANY($1)`, [ids]);
    return rows.map(toScheduleFacts);
  }

  /**
   * One page, in id order after `afterId`, of the deadlines that may still need a job — running, or
   * missed and unmet (escalation) — as planning sees them: the reconciler's pass over the table.
   */
  async scheduleFactsPage(page: { readonly afterId: string; readonly limit: number }, tx: Tx = this.dataSource.manager): Promise<DeadlineScheduleFacts[]> {
    const rows: ScheduleRow[] = await tx.query(
      `${SELECT_SCHEDULE_FACTS} WHERE d.id > $1 AND (d.status = ${OPEN} OR (d.status = ${MISSED} AND d.met_at IS NULL)) ORDER BY d.id LIMIT $2`,
      [page.afterId, page.limit],
    );
    return rows.map(toScheduleFacts);
  }
}

function toScheduleFacts(row: ScheduleRow): DeadlineScheduleFacts {
  return {
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
    act: { type: row.act_type, kind: row.act_kind, editionId: row.edition_id, state: row.act_state },
    officeDepth: row.office_depth,
  };
}
