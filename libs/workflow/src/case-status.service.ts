import { ActState, ActType, machineFor, ResolutionKind } from '@app/domain';
import { CaseEntity, CaseStatus } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditActor, AuditWriter } from './audit-writer';

/**
 * A case's status is derived from its acts: OPEN while any act is still in its life cycle (not in
 * a terminal state of its machine), CLOSED when all have ended. Stored so lists can filter on it;
 * refreshed in the transaction of every act change.
 */
@Injectable()
export class CaseStatusService {
  constructor(private readonly audit: AuditWriter) {}

  async refresh(manager: EntityManager, actor: AuditActor, caseId: string): Promise<void> {
    // One round trip: the case and the distinct (type, kind, state, edition) of its acts — a case
    // with many acts has few combinations.
    const [kase]: Array<{ status: CaseStatus; version: number; officePath: string; combinations: Array<{ type: ActType; kind: ResolutionKind | null; state: ActState; editionId: string }> }> =
      await manager.query(
        `SELECT c.status, c.version, c.office_path AS "officePath",
                coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('type', a.type, 'kind', a.kind, 'state', a.state, 'editionId', a.edition_id))
                            FROM acts a WHERE a.case_id = c.id), '[]'::jsonb) AS combinations
           FROM cases c WHERE c.id = $1`,
        [caseId],
      );
    if (!kase) throw new Error(`case ${caseId} does not exist`);
    const open = kase.combinations.length === 0 || kase.combinations.some((act) => !machineFor(act).terminal.includes(act.state));
    const status = open ? CaseStatus.OPEN : CaseStatus.CLOSED;
    if (kase.status === status) return;
    await manager.update(CaseEntity, { id: caseId }, { status, version: kase.version + 1 });
    await this.audit.record(manager, actor, {
      action: 'case.status_changed',
      entityType: 'case',
      entityId: caseId,
      caseId,
      officePath: kase.officePath,
      before: { status: kase.status, version: kase.version },
      after: { status, version: kase.version + 1 },
    });
  }
}
