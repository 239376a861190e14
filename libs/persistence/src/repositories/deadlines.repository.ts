import { ActState, ActType, DeadlineKind, DeadlineStatus, ResolutionKind, TermUnit } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeadlineEntity } from '../entities/deadline.entity';
import { Tx } from '../transactions';
import { sqlLiteral } from './sql-constants';

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

  /** The due job's record of a clock that ran out: MISSED at its due instant, escalation level 1, a new version. */
  async recordMiss(tx: Tx, id: string, changes: Pick<DeadlineEntity, 'status' | 'missedAt' | 'escalationLevel' | 'version'>): Promise<void> {
    await tx.update(DeadlineEntity, { id }, changes);
  }

  /** A missed clock climbed one office up: its level and version rise. */
  async recordEscalation(tx: Tx, id: string, changes: Pick<DeadlineEntity, 'escalationLevel' | 'version'>): Promise<void> {
    await tx.update(DeadlineEntity, { id }, changes);
  }

  /** The earliest due instant of the act's running clocks (null when none runs): the act's next_due_at. */
  async nextOpenDue(actId: string, tx: Tx = this.dataSource.manager): Promise<Date | null> {
    const [{ next }]: Array<{ next: Date | null }> = await tx.query(`SELECT min(due_at) AS next FROM deadlines WHERE act_id = $1 AND status = ${OPEN}`, [actId]);
    return next;
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
