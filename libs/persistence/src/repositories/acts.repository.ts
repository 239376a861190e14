import { ActState, ActType, ResolutionKind } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActTransitionEntity } from '../entities/act-transition.entity';
import { ActEntity } from '../entities/act.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { OfficeReach, officeReachCondition, officeSubtreeSql } from './office-reach';
import { foldedContains, searchWords } from './search';

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
  /** true: an open deadline is already past `now`; false: none is. */
  readonly overdue?: { readonly is: boolean; readonly now: Date };
  /** Words that must each occur in the title, the addressee or the case number (search_fold). */
  readonly search?: string;
}

/**
 * Acts of one office and one machine (type, kind, statute edition) in one state, and how many of
 * them have an open deadline past due: what the heads' counts and dashboard add up.
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

/** The columns a transition changes on the act itself (its version guards the update). */
export type ActTransitionChanges = Pick<ActEntity, 'state' | 'suspendedFrom' | 'version' | 'issuedAt'>;

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

  /**
   * The acts, locked until the transaction ends, in id order: a recount of their deadlines must not
   * race a transition (which locks the act first, then writes its deadlines).
   */
  async lockByIds(tx: Tx, ids: readonly string[]): Promise<ActEntity[]> {
    if (ids.length === 0) return [];
    return tx.find(ActEntity, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
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
    if (filter.overdue?.is === true) builder.andWhere('act.next_due_at < :now', { now: filter.overdue.now });
    if (filter.overdue?.is === false) builder.andWhere('(act.next_due_at IS NULL OR act.next_due_at >= :now)', { now: filter.overdue.now });
    if (filter.officeId) builder.andWhere(officeSubtreeSql('act.office_path', ':officeId'), { officeId: filter.officeId });
    searchWords(filter.search ?? '').forEach((word, index) => {
      // Either index serves a word: acts_search_idx for the act's own text, cases_number_search_idx
      // (an uncorrelated array, computed once) for the case number — PostgreSQL ORs the two bitmaps.
      const inAct = foldedContains("act.title || ' ' || act.addressee_name", `word${index}`);
      const inCaseNumber = `act.case_id = ANY(ARRAY(SELECT c.id FROM cases c WHERE ${foldedContains('c.number', `word${index}`)}))`;
      builder.andWhere(`(${inAct} OR ${inCaseNumber})`, { [`word${index}`]: word });
    });
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /** Acts by office × machine × state within the reach (optionally one office's subtree), with how many are past due at `now`. */
  async countByOfficeAndState(reach: OfficeReach, now: Date, officeId?: string): Promise<ActCountRow[]> {
    const scope = officeReachCondition(reach, 'a.office_path');
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
      .addSelect('count(*) FILTER (WHERE a.next_due_at < :now)::int', 'overdue')
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
  insert(tx: Tx, act: Omit<ActEntity, 'id' | 'createdAt' | 'updatedAt' | 'case' | 'office' | 'linkedAct' | 'author'>): Promise<ActEntity> {
    return tx.save(tx.create(ActEntity, act));
  }

  /**
   * Moves the act to its new state if it is still at `expectedVersion`; false when another
   * transition committed first (0 rows) — the caller's view is stale.
   */
  async claimTransition(tx: Tx, id: string, expectedVersion: number, changes: ActTransitionChanges): Promise<boolean> {
    const claimed = await tx.update(ActEntity, { id, version: expectedVersion }, changes);
    return (claimed.affected ?? 0) > 0;
  }

  /** Writes what the transition's effects derived (the next due instant, a pending complaint) and answers the new updated_at. */
  async recordEffects(tx: Tx, id: string, derived: Pick<ActEntity, 'nextDueAt' | 'complaintPending'>): Promise<Date> {
    // RETURNING the stamp the database set spares re-reading the act for its audit row.
    const stamped = await tx.createQueryBuilder().update(ActEntity).set(derived).where('id = :id', { id }).returning(['updatedAt']).execute();
    return (stamped.raw as Array<{ updated_at: Date }>)[0].updated_at;
  }

  /** The deadline engine's record of a missed clock: the act's next due instant moves on and its version rises. */
  async recordMissedClock(tx: Tx, id: string, changes: Pick<ActEntity, 'nextDueAt' | 'version'>): Promise<void> {
    await tx.update(ActEntity, { id }, changes as QueryDeepPartialEntity<ActEntity>);
  }

  /**
   * Rewrites a draft's text and attributes if it is still a draft at `expectedVersion`; false when
   * it has moved on (another edit, or it was issued) — the caller's view is stale.
   */
  async reviseDraft(tx: Tx, id: string, expectedVersion: number, draftState: ActState, fields: Pick<ActEntity, 'title' | 'addresseeName' | 'targetDescription' | 'attributes'>): Promise<Date | null> {
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

  appendHistory(tx: Tx, row: NewTransition): Promise<ActTransitionEntity> {
    return tx.save(ActTransitionEntity, row);
  }
}
