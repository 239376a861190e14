import { ActState, ActType, DeadlineStatus, ResolutionKind } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseEntity, CaseStatus } from '../entities/case.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { OfficeReach, officeReachCondition, officeSubtreeSql } from './office-reach';
import { pgPool } from './pg-pool';
import { foldedContains, searchWords } from './search';

export interface CaseFilter {
  readonly reach: OfficeReach;
  readonly status?: CaseStatus;
  /** This office and every office below it. */
  readonly officeId?: string;
  readonly responsibleProsecutorId?: string;
  /** Words that must each occur in the number, the subject or the addressee (search_fold). */
  readonly search?: string;
}

/** What a case's status is derived from: the case and the distinct (type, kind, state, edition) of its acts. */
export interface CaseStatusInputs {
  readonly status: CaseStatus;
  readonly version: number;
  readonly officePath: string;
  readonly acts: ReadonlyArray<{ readonly type: ActType; readonly kind: ResolutionKind | null; readonly state: ActState; readonly editionId: string }>;
}

/** An open deadline as an integration sees it. */
export interface OpenDeadlineReport {
  readonly kind: string;
  readonly dueAt: string;
  readonly citation: string;
  readonly status: string;
}

/** A case's status for integrations (GET /api/v1/cases/{id}/status), as PostgreSQL builds it. */
export interface CaseStatusReport {
  readonly id: string;
  readonly number: string;
  readonly status: CaseStatus;
  readonly officeCode: string;
  readonly acts: ReadonlyArray<{
    readonly id: string;
    readonly type: ActType;
    readonly kind: ResolutionKind | null;
    readonly state: ActState;
    readonly version: number;
    readonly nextDueAt: string | null;
    readonly openDeadlines: readonly OpenDeadlineReport[];
  }>;
}

/** An instant as `Date.prototype.toISOString` writes it (UTC, milliseconds truncated), whatever the session time zone. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The whole report in one statement (so one snapshot: an act and its deadlines never disagree
 * mid-transition), built as JSON by PostgreSQL in the answer's field order, and run as a prepared
 * statement straight on the pool: no transaction, no entity hydration, one round trip.
 * Deadlines still outstanding: running, paused, or run out without being met.
 */
const CASE_STATUS_REPORT = {
  name: 'integrations.case_status.v1',
  text: `
    SELECT c.office_path AS "officePath",
           json_build_object(
             'id', c.id,
             'number', c.number,
             'status', c.status,
             'officeCode', o.code,
             'acts', coalesce((
               SELECT json_agg(json_build_object(
                        'id', a.id,
                        'type', a.type,
                        'kind', a.kind,
                        'state', a.state,
                        'version', a.version,
                        'nextDueAt', ${iso('a.next_due_at')},
                        'openDeadlines', coalesce((
                          SELECT json_agg(json_build_object('kind', d.kind, 'dueAt', ${iso('d.due_at')}, 'citation', d.citation, 'status', d.status) ORDER BY d.due_at, d.id)
                          FROM deadlines d
                          WHERE d.act_id = a.id AND d.status IN ('${DeadlineStatus.OPEN}', '${DeadlineStatus.PAUSED}', '${DeadlineStatus.MISSED}')
                        ), '[]'::json)
                      ) ORDER BY a.created_at, a.id)
               FROM acts a
               WHERE a.case_id = c.id
             ), '[]'::json)
           ) AS report
    FROM cases c
    JOIN offices o ON o.id = c.office_id
    WHERE c.id = $1`,
};

/** The unique constraint on case numbers: one number once per office (ADR 0008). */
export const CASE_NUMBER_KEY = 'cases_office_number_key';

/** Supervision cases. */
@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<CaseEntity | null> {
    return tx.findOneBy(CaseEntity, { id });
  }

  /** Inserts a case; a number its office already uses fails with the unique violation of CASE_NUMBER_KEY. */
  insert(
    tx: Tx,
    kase: Pick<CaseEntity, 'number' | 'subject' | 'addresseeName' | 'officeId' | 'officePath' | 'responsibleProsecutorId'> &
      Partial<Pick<CaseEntity, 'applicationReceivedAt' | 'applicantIdentified' | 'applicantName' | 'anonymousException' | 'intakeEditionId'>>,
  ): Promise<CaseEntity> {
    return tx.save(tx.create(CaseEntity, kase));
  }

  async page(filter: CaseFilter, page: PageRequest): Promise<KeysetPage<CaseEntity>> {
    const scope = officeReachCondition(filter.reach, 'c.office_path');
    const builder = this.dataSource.manager.createQueryBuilder(CaseEntity, 'c').where(scope.sql, scope.params);
    newestFirst(builder, 'c', page);
    if (filter.status) builder.andWhere('c.status = :status', { status: filter.status });
    if (filter.responsibleProsecutorId) builder.andWhere('c.responsible_prosecutor_id = :rp', { rp: filter.responsibleProsecutorId });
    if (filter.officeId) builder.andWhere(officeSubtreeSql('c.office_path', ':officeId'), { officeId: filter.officeId });
    searchWords(filter.search ?? '').forEach((word, index) => {
      builder.andWhere(foldedContains("c.number || ' ' || c.subject || ' ' || c.addressee_name", `word${index}`), { [`word${index}`]: word });
    });
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /**
   * What each case's status is derived from, in one round trip for all of them (a case with many
   * acts has few combinations); an unknown case is absent from the answer.
   */
  async statusInputsOf(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CaseStatusInputs>> {
    const rows: Array<CaseStatusInputs & { id: string }> = await tx.query(
      `SELECT c.id, c.status, c.version, c.office_path AS "officePath",
              coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('type', a.type, 'kind', a.kind, 'state', a.state, 'editionId', a.edition_id))
                          FROM acts a WHERE a.case_id = c.id), '[]'::jsonb) AS acts
         FROM cases c WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return new Map(rows.map(({ id, ...inputs }) => [id, inputs]));
  }

  /** A case's status report and the office it belongs to (the API checks the caller's reach), or null for an unknown case. */
  async statusReport(caseId: string): Promise<{ readonly officePath: string; readonly report: CaseStatusReport } | null> {
    const { rows } = await pgPool(this.dataSource).query<{ officePath: string; report: CaseStatusReport }>({ ...CASE_STATUS_REPORT, values: [caseId] });
    return rows[0] ?? null;
  }

  /** The case, locked until the transaction ends: two reassignments are applied (and audited) one after the other. */
  lockById(tx: Tx, id: string): Promise<CaseEntity | null> {
    return tx.findOne(CaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The cases one prosecutor answers for, locked until the transaction ends (a hand-over). */
  ofResponsible(tx: Tx, userId: string): Promise<CaseEntity[]> {
    return tx.find(CaseEntity, { where: { responsibleProsecutorId: userId }, order: { createdAt: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  async assign(tx: Tx, caseId: string, responsibleProsecutorId: string, version: number): Promise<void> {
    await tx.update(CaseEntity, { id: caseId }, { responsibleProsecutorId, version });
  }

  /** New statuses of cases, each with its new version, in one statement. */
  async setStatuses(tx: Tx, changes: ReadonlyArray<{ readonly id: string; readonly status: CaseStatus; readonly version: number }>): Promise<void> {
    if (changes.length === 0) return;
    await tx.query(
      `UPDATE cases c SET status = v.status, version = v.version, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, version int) WHERE c.id = v.id`,
      [JSON.stringify(changes)],
    );
  }
}
