import { ActState, ActType, ClosedState, DeadlineKind, DeadlineStatus, ResolutionKind, UNMET_DEADLINE_STATUSES } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActTransitionEntity } from '../entities/act-transition.entity';
import { ActEntity } from '../entities/act.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { OfficeReach, officeReachCondition, officeSubtreeSql } from './office-reach';
import { actsWhoseTextContains, casesWhoseNumberContains, searchWords } from './search';
import { sqlList } from './sql-constants';

/** What a list of acts may be narrowed to (GET /api/v1/acts). */
export interface ActFilter {
  readonly reach: OfficeReach;
  readonly type?: ActType;
  readonly state?: ActState;
  /** This office and every office below it. */
  readonly officeId?: string;
  readonly caseId?: string;
  readonly authorId?: string;
  /** The earliest open deadline falls before this instant. */
  readonly dueBefore?: Date;
  /** true: a deadline is past due at `now` and unmet (open or marked missed); false: none is. */
  readonly overdue?: { readonly is: boolean; readonly now: Date };
  /** Words that must each occur in the title, the addressee or the case number (search_fold). */
  readonly search?: string;
}

/**
 * Acts of one office and one machine (type, kind, statute edition) in one state, and how many of
 * them have a deadline past due and unmet (open, or already marked missed — exactly the deadlines
 * the overdue list shows): what the heads' counts and dashboard add up.
 */
export interface ActCountRow {
  readonly office: { readonly id: string; readonly code: string; readonly name: { readonly kk: string; readonly ru: string; readonly en: string } };
  readonly type: ActType;
  readonly kind: ResolutionKind | null;
  readonly editionId: string;
  readonly state: ActState;
  readonly acts: number;
  readonly overdue: number;
}

/** The office and the people an act page names: read in one statement. */
export interface ActParties {
  readonly office: { readonly id: string; readonly code: string; readonly name: { readonly kk: string; readonly ru: string; readonly en: string } };
  readonly author: { readonly id: string; readonly fullName: string };
  readonly responsible: { readonly id: string; readonly fullName: string };
}

/** An act on someone's desk: the act, its case's number, and its earliest open clock. */
export interface DeskRow {
  readonly act: Pick<ActEntity, 'id' | 'type' | 'kind' | 'state' | 'editionId' | 'title' | 'addresseeName' | 'caseId'>;
  readonly caseNumber: string;
  readonly next: { readonly kind: DeadlineKind; readonly dueAt: Date; readonly citation: string } | null;
}

/** The columns a transition changes on the act itself (its version guards the update). */
export type ActTransitionChanges = Pick<ActEntity, 'state' | 'suspendedFrom' | 'version' | 'issuedAt' | 'lastFactAt'>;

/** An act as a transition leaves it: its changes, and what their effects derived. */
export type TransitionedAct = ActTransitionChanges & Pick<ActEntity, 'id' | 'nextDueAt' | 'complaintPending'>;

/** One history row, as ActTransitions writes it. */
export type NewTransition = Omit<ActTransitionEntity, 'id' | 'act'>;

/**
 * Acts and their history (act_transitions). The state machine itself is the domain's and the
 * transition path libs/workflow's: this class only reads and writes rows, inside the caller's
 * transaction where a write must commit with others.
 */
@Injectable()
export class ActsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<ActEntity | null> {
    return tx.findOneBy(ActEntity, { id });
  }

  /** The act, which must exist (a deadline's act_id is a foreign key): fails with EntityNotFoundError otherwise. */
  getById(id: string, tx: Tx = this.dataSource.manager): Promise<ActEntity> {
    return tx.findOneByOrFail(ActEntity, { id });
  }

  /** The act, locked until the transaction ends: the deadline engine's miss must not race a user's event. */
  lockById(tx: Tx, id: string): Promise<ActEntity> {
    return tx.findOneOrFail(ActEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The act's office and the names of its author and responsible prosecutor. */
  async parties(act: Pick<ActEntity, 'officeId' | 'authorId' | 'responsibleUserId'>, tx: Tx = this.dataSource.manager): Promise<ActParties> {
    const [row]: Array<{ code: string; kk: string; ru: string; en: string; author: string; responsible: string }> = await tx.query(
      `SELECT o.code, o.name_kk AS kk, o.name_ru AS ru, o.name_en AS en, a.full_name AS author, r.full_name AS responsible
         FROM offices o, users a, users r WHERE o.id = $1 AND a.id = $2 AND r.id = $3`,
      [act.officeId, act.authorId, act.responsibleUserId],
    );
    return {
      office: { id: act.officeId, code: row.code, name: { kk: row.kk, ru: row.ru, en: row.en } },
      author: { id: act.authorId, fullName: row.author },
      responsible: { id: act.responsibleUserId, fullName: row.responsible },
    };
  }

  /**
   * The acts, locked until the transaction ends, in id order: a recount of their deadlines must not
   * race a transition (which locks the act first, then writes its deadlines).
   */
  async lockByIds(tx: Tx, ids: readonly string[]): Promise<ActEntity[]> {
    if (ids.length === 0) return [];
    return tx.find(ActEntity, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Locks, in id order, the acts these deadlines belong to, before the deadlines themselves: the
   * order a prosecutor's event takes (the act, then its deadlines), so the deadline engine's batch
   * and an event never wait on each other in a cycle. Answers them as read under the lock, by id.
   */
  async lockOfDeadlines(tx: Tx, deadlineIds: readonly string[]): Promise<Map<string, ActEntity>> {
    if (deadlineIds.length === 0) return new Map();
    const acts = await tx
      .createQueryBuilder(ActEntity, 'a')
      .where('a.id IN (SELECT d.act_id FROM deadlines d WHERE d.id = ANY(:deadlineIds::uuid[]))', { deadlineIds })
      .orderBy('a.id')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(acts.map((act) => [act.id, act]));
  }

  /** A calendar change recounted the act's deadlines: its next due instant moves and its version rises (its ETag changes). */
  async recordRecount(tx: Tx, id: string, changes: Pick<ActEntity, 'nextDueAt' | 'version'>): Promise<void> {
    await tx.update(ActEntity, { id }, changes as QueryDeepPartialEntity<ActEntity>);
  }

  /** Its history, oldest first. */
  history(actId: string, tx: Tx = this.dataSource.manager): Promise<ActTransitionEntity[]> {
    return tx.find(ActTransitionEntity, { where: { actId }, order: { version: 'ASC' } });
  }

  /** The acts of a case in the order they were filed. */
  ofCase(caseId: string): Promise<ActEntity[]> {
    return this.dataSource.manager.find(ActEntity, { where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Acts within the reach, newest first, one keyset page. */
  async page(filter: ActFilter, page: PageRequest): Promise<KeysetPage<ActEntity>> {
    const scope = officeReachCondition(filter.reach, 'act.office_path');
    const builder = this.dataSource.manager.createQueryBuilder(ActEntity, 'act').where(scope.sql, scope.params);
    newestFirst(builder, 'act', page);
    if (filter.type) builder.andWhere('act.type = :type', { type: filter.type });
    if (filter.state) builder.andWhere('act.state = :state', { state: filter.state });
    if (filter.caseId) builder.andWhere('act.case_id = :caseId', { caseId: filter.caseId });
    if (filter.authorId) builder.andWhere('act.author_id = :authorId', { authorId: filter.authorId });
    if (filter.dueBefore) builder.andWhere('act.next_due_at < :dueBefore', { dueBefore: filter.dueBefore });
    // Overdue as the overdue list has it: a deadline past due and unmet, whether or not the engine has marked it missed yet.
    const late = `EXISTS (SELECT 1 FROM deadlines d WHERE d.act_id = act.id AND d.status IN (${sqlList(UNMET_DEADLINE_STATUSES)}) AND d.met_at IS NULL AND d.due_at < :now)`;
    if (filter.overdue?.is === true) builder.andWhere(late, { now: filter.overdue.now });
    if (filter.overdue?.is === false) builder.andWhere(`NOT ${late}`, { now: filter.overdue.now });
    if (filter.officeId) builder.andWhere(officeSubtreeSql('act.office_path', ':officeId'), { officeId: filter.officeId });
    searchWords(filter.search ?? '').forEach((word, index) => {
      // Two uncorrelated arrays, each computed once on its trigram index — act_search_texts for the
      // act's own text, cases_number_search_idx for the case number — and PostgreSQL ORs the bitmaps
      // of the acts' primary key and case_id index.
      const inAct = `act.id = ANY(${actsWhoseTextContains(`word${index}`)})`;
      const inCaseNumber = `act.case_id = ANY(${casesWhoseNumberContains(`word${index}`)})`;
      builder.andWhere(`(${inAct} OR ${inCaseNumber})`, { [`word${index}`]: word });
    });
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /** Acts by office × machine × state within the reach (optionally one office's subtree), with how many are past due at `now`. */
  async countByOfficeAndState(reach: OfficeReach, now: Date, officeId?: string): Promise<ActCountRow[]> {
    const scope = officeReachCondition(reach, 'a.office_path');
    const lateScope = officeReachCondition(reach, 'd.office_path', 'lateReach');
    const builder = this.dataSource.manager
      .createQueryBuilder(ActEntity, 'a')
      .innerJoin('a.office', 'o')
      .select('o.id', 'officeId')
      .addSelect('o.code', 'officeCode')
      .addSelect('o.name_kk', 'nameKk')
      .addSelect('o.name_ru', 'nameRu')
      .addSelect('o.name_en', 'nameEn')
      .addSelect('a.type', 'type')
      .addSelect('a.kind', 'kind')
      .addSelect('a.edition_id', 'editionId')
      .addSelect('a.state', 'state')
      .addSelect('count(*)::int', 'acts')
      .addSelect('count(late.act_id)::int', 'overdue')
      // The acts with an unmet deadline past due, read on the overdue list's partial index.
      .leftJoin(
        (late) =>
          late
            .select('DISTINCT d.act_id', 'act_id')
            .from('deadlines', 'd')
            .where(`d.status IN (${sqlList(UNMET_DEADLINE_STATUSES)}) AND d.met_at IS NULL AND d.due_at < :now`)
            .andWhere(lateScope.sql, lateScope.params),
        'late',
        'late.act_id = a.id',
      )
      .where(scope.sql, scope.params)
      .setParameter('now', now)
      .groupBy('o.id')
      .addGroupBy('a.type')
      .addGroupBy('a.kind')
      .addGroupBy('a.edition_id')
      .addGroupBy('a.state')
      .orderBy('o.code')
      .addOrderBy('a.type')
      .addOrderBy('a.state');
    if (officeId) builder.andWhere(officeSubtreeSql('a.office_path', ':officeId'), { officeId });
    const rows = await builder.getRawMany<Omit<ActCountRow, 'office'> & { officeId: string; officeCode: string; nameKk: string; nameRu: string; nameEn: string }>();
    return rows.map(({ officeId: id, officeCode: code, nameKk: kk, nameRu: ru, nameEn: en, ...count }) => ({ office: { id, code, name: { kk, ru, en } }, ...count }));
  }

  /** Inserts a new act as given and answers it as stored (ids and stamps filled in). */
  insert(tx: Tx, act: Omit<ActEntity, 'id' | 'registrationNumber' | 'createdAt' | 'updatedAt' | 'case' | 'office' | 'linkedAct' | 'author' | 'responsibleUser'>): Promise<ActEntity> {
    return tx.save(tx.create(ActEntity, act));
  }

  /**
   * Locks the acts (in id order) and answers the version each is at: a transition checks it is
   * still the one its caller saw before it plans anything, and a racing one, once it gets the lock,
   * sees the version the first committed (and is answered 409).
   */
  async lockVersions(tx: Tx, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; version: number }> = await tx.query(`SELECT id, version FROM acts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  /**
   * Writes transitions to their acts in one statement — the new state and version with what their
   * effects derived (the next due instant, a pending complaint), each guarded by the version its
   * caller saw — and answers the new updated_at of each act written; an act missing from it was
   * changed meanwhile. One UPDATE an act, not two: every new row version of an act costs an entry
   * in each of its indexes (bench:burst, pg_stat_statements); its search text is kept outside them,
   * in act_search_texts (migration ActSearchTexts).
   */
  async recordTransitions(tx: Tx, rows: ReadonlyArray<{ readonly expectedVersion: number; readonly act: TransitionedAct }>): Promise<Map<string, Date>> {
    if (rows.length === 0) return new Map();
    const records = rows.map(({ expectedVersion, act }) => ({
      id: act.id,
      expected_version: expectedVersion,
      state: act.state,
      suspended_from: act.suspendedFrom,
      version: act.version,
      issued_at: act.issuedAt,
      last_fact_at: act.lastFactAt,
      next_due_at: act.nextDueAt,
      complaint_pending: act.complaintPending,
    }));
    // An UPDATE through TypeORM's query() answers [rows, count].
    const [written]: [Array<{ id: string; updated_at: Date }>, number] = await tx.query(
      `UPDATE acts a SET state = v.state, suspended_from = v.suspended_from, version = v.version, issued_at = v.issued_at, last_fact_at = v.last_fact_at,
              next_due_at = v.next_due_at, complaint_pending = v.complaint_pending, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, expected_version int, state text, suspended_from text, version int, issued_at timestamptz,
                                                 last_fact_at timestamptz, next_due_at timestamptz, complaint_pending boolean)
        WHERE a.id = v.id AND a.version = v.expected_version
       RETURNING a.id, a.updated_at`,
      [JSON.stringify(records)],
    );
    return new Map(written.map((row) => [row.id, row.updated_at]));
  }

  /** The deadline engine's record of missed clocks, in one statement: each act's next due instant moves on and its version rises. */
  async recordMissedClocks(tx: Tx, changes: ReadonlyArray<Pick<ActEntity, 'id' | 'nextDueAt' | 'version'>>): Promise<void> {
    if (changes.length === 0) return;
    await tx.query(
      `UPDATE acts a SET next_due_at = v.next_due_at, version = v.version, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, next_due_at timestamptz, version int)
        WHERE a.id = v.id`,
      [JSON.stringify(changes.map((act) => ({ id: act.id, next_due_at: act.nextDueAt, version: act.version })))],
    );
  }

  /**
   * Rewrites a draft's text and attributes if it is still a draft at `expectedVersion`; false when
   * it has moved on (another edit, or it was issued) — the caller's view is stale.
   */
  async reviseDraft(tx: Tx, id: string, expectedVersion: number, draftState: ActState, fields: Pick<ActEntity, 'title' | 'addresseeName' | 'targetDescription' | 'attributes' | 'text'>): Promise<Date | null> {
    const revised = await tx
      .createQueryBuilder()
      .update(ActEntity)
      .set({ ...fields, version: expectedVersion + 1 } as QueryDeepPartialEntity<ActEntity>)
      .where('id = :id AND version = :expectedVersion AND state = :draftState AND issued_at IS NULL', { id, expectedVersion, draftState })
      .returning(['updatedAt'])
      .execute();
    const [row] = revised.raw as Array<{ updated_at: Date }>;
    return row?.updated_at ?? null;
  }

  /** Gives the act to another responsible prosecutor if it is still at `expectedVersion`; null when it has moved on. */
  async assign(tx: Tx, id: string, expectedVersion: number, responsibleUserId: string): Promise<Date | null> {
    const assigned = await tx
      .createQueryBuilder()
      .update(ActEntity)
      .set({ responsibleUserId, version: expectedVersion + 1 })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .returning(['updatedAt'])
      .execute();
    const [row] = assigned.raw as Array<{ updated_at: Date }>;
    return row?.updated_at ?? null;
  }

  /** The acts of a case one prosecutor answers for, locked until the transaction ends (a reassignment moves them together). */
  answeredBy(tx: Tx, caseId: string, userId: string): Promise<ActEntity[]> {
    return tx.find(ActEntity, { where: { caseId, responsibleUserId: userId }, order: { createdAt: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The acts one prosecutor answers for that are still in their life cycle, locked until the transaction ends (a hand-over). */
  openOf(tx: Tx, userId: string, closed: readonly ClosedState[]): Promise<ActEntity[]> {
    return tx
      .createQueryBuilder(ActEntity, 'a')
      .where('a.responsible_user_id = :userId', { userId })
      .andWhere(notClosed('a', ':closed'), { closed: JSON.stringify(closed) })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** How many acts still in their life cycle one prosecutor answers for. */
  countOpenOf(userId: string, closed: readonly ClosedState[], tx: Tx = this.dataSource.manager): Promise<number> {
    return tx
      .createQueryBuilder(ActEntity, 'a')
      .where('a.responsible_user_id = :userId', { userId })
      .andWhere(notClosed('a', ':closed'), { closed: JSON.stringify(closed) })
      .getCount();
  }

  /**
   * The acts still in their life cycle one prosecutor answers for, with their case's number and
   * earliest open clock, soonest first (acts with no running clock last), at most `limit`; only
   * acts under the office path `within` when given (a head reading someone else's desk).
   */
  async desk(userId: string, closed: readonly ClosedState[], limit: number, within: string | null = null): Promise<DeskRow[]> {
    const rows: Array<{ id: string; type: ActType; kind: ResolutionKind | null; state: ActState; edition_id: string; title: string; addressee_name: string; case_id: string; number: string; next_kind: DeadlineKind | null; next_due_at: Date | null; next_citation: string | null }> =
      await this.dataSource.query(
        `SELECT a.id, a.type, a.kind, a.state, a.edition_id, a.title, a.addressee_name, a.case_id, c.number,
                d.kind AS next_kind, d.due_at AS next_due_at, d.citation AS next_citation
           FROM acts a
           JOIN cases c ON c.id = a.case_id
           LEFT JOIN LATERAL (SELECT kind, due_at, citation FROM deadlines WHERE act_id = a.id AND status = $2 ORDER BY due_at, id LIMIT 1) d ON true
          WHERE a.responsible_user_id = $1
            AND ($5::text IS NULL OR a.office_path LIKE $5 || '%')
            AND ${notClosed('a', '$4')}
          ORDER BY d.due_at ASC NULLS LAST, a.created_at DESC, a.id
          LIMIT $3`,
        [userId, DeadlineStatus.OPEN, limit, JSON.stringify(closed), within],
      );
    return rows.map((row) => ({
      act: { id: row.id, type: row.type, kind: row.kind, state: row.state, editionId: row.edition_id, title: row.title, addresseeName: row.addressee_name, caseId: row.case_id },
      caseNumber: row.number,
      next: row.next_kind && row.next_due_at && row.next_citation ? { kind: row.next_kind, dueAt: row.next_due_at, citation: row.next_citation } : null,
    }));
  }

  /** Raises the act's version if it is still at `expectedVersion` (its document was signed): false when it moved on. */
  async bumpVersion(tx: Tx, id: string, expectedVersion: number): Promise<Date | null> {
    const bumped = await tx
      .createQueryBuilder()
      .update(ActEntity)
      .set({ version: expectedVersion + 1 } as QueryDeepPartialEntity<ActEntity>)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .returning(['updatedAt'])
      .execute();
    const [row] = bumped.raw as Array<{ updated_at: Date }>;
    return row?.updated_at ?? null;
  }

  appendHistory(tx: Tx, row: NewTransition): Promise<ActTransitionEntity> {
    return tx.save(ActTransitionEntity, row);
  }

  /** History rows of many acts in one statement and one JSON parameter (a batch of transitions). */
  async appendHistories(tx: Tx, rows: readonly NewTransition[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO act_transitions (act_id, version, event, from_state, to_state, actor_user_id, actor_role, payload, effects, request_id, occurred_at)
       SELECT t."actId", t.version, t.event, t."fromState", t."toState", t."actorUserId", t."actorRole", t.payload, t.effects, t."requestId", t."occurredAt"
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS ("actId" uuid, version int, event text, "fromState" text, "toState" text, "actorUserId" uuid,
                                                           "actorRole" text, payload jsonb, effects jsonb, "requestId" text, "occurredAt" timestamptz))
              WITH ORDINALITY AS t("actId", version, event, "fromState", "toState", "actorUserId", "actorRole", payload, effects, "requestId", "occurredAt", ord)
        ORDER BY t.ord`,
      [JSON.stringify(rows)],
    );
  }
}

/** SQL: the act `alias` is not in one of the closed states passed as the JSON parameter `parameter`. */
function notClosed(alias: string, parameter: string): string {
  return `NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(CAST(${parameter} AS jsonb)) AS closed(type text, kind text, "editionId" text, state text)
    WHERE closed.type = ${alias}.type::text AND closed.state = ${alias}.state::text AND closed."editionId" = ${alias}.edition_id
      AND closed.kind IS NOT DISTINCT FROM ${alias}.kind::text)`;
}
