import { ActState, ActType, ResolutionKind } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseEntity, CaseStatus } from '../entities/case.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { OfficeReach, officeReachCondition, officeSubtreeSql } from './office-reach';

export interface CaseFilter {
  readonly reach: OfficeReach;
  readonly status?: CaseStatus;
  /** This office and every office below it. */
  readonly officeId?: string;
  readonly responsibleProsecutorId?: string;
}

/** What a case's status is derived from: the case and the distinct (type, kind, state, edition) of its acts. */
export interface CaseStatusInputs {
  readonly status: CaseStatus;
  readonly version: number;
  readonly officePath: string;
  readonly acts: ReadonlyArray<{ readonly type: ActType; readonly kind: ResolutionKind | null; readonly state: ActState; readonly editionId: string }>;
}

/** Supervision cases. */
@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<CaseEntity | null> {
    return tx.findOneBy(CaseEntity, { id });
  }

  /** Inserts a case; a taken number fails with the unique violation of `cases_number_key`. */
  insert(tx: Tx, kase: Pick<CaseEntity, 'number' | 'subject' | 'addresseeName' | 'officeId' | 'officePath' | 'responsibleProsecutorId'>): Promise<CaseEntity> {
    return tx.save(tx.create(CaseEntity, kase));
  }

  async page(filter: CaseFilter, page: PageRequest): Promise<KeysetPage<CaseEntity>> {
    const scope = officeReachCondition(filter.reach, 'c.office_path');
    const builder = this.dataSource.manager.createQueryBuilder(CaseEntity, 'c').where(scope.sql, scope.params);
    newestFirst(builder, 'c', page);
    if (filter.status) builder.andWhere('c.status = :status', { status: filter.status });
    if (filter.responsibleProsecutorId) builder.andWhere('c.responsible_prosecutor_id = :rp', { rp: filter.responsibleProsecutorId });
    if (filter.officeId) builder.andWhere(officeSubtreeSql('c.office_path', ':officeId'), { officeId: filter.officeId });
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /** One round trip: a case with many acts has few combinations. Null for an unknown case. */
  async statusInputs(tx: Tx, caseId: string): Promise<CaseStatusInputs | null> {
    const [row]: CaseStatusInputs[] = await tx.query(
      `SELECT c.status, c.version, c.office_path AS "officePath",
              coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('type', a.type, 'kind', a.kind, 'state', a.state, 'editionId', a.edition_id))
                          FROM acts a WHERE a.case_id = c.id), '[]'::jsonb) AS acts
         FROM cases c WHERE c.id = $1`,
      [caseId],
    );
    return row ?? null;
  }

  async setStatus(tx: Tx, caseId: string, status: CaseStatus, version: number): Promise<void> {
    await tx.update(CaseEntity, { id: caseId }, { status, version });
  }
}
