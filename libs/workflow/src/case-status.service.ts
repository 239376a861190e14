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
    // Distinct (type, kind, state, edition) only: a case with many acts has few combinations, and
    // this runs after the act's audit row, i.e. while the audit chain's lock is held (ADR 0005).
    const combinations: Array<{ type: ActType; kind: ResolutionKind | null; state: ActState; edition_id: string }> = await manager.query(
      'SELECT DISTINCT type, kind, state, edition_id FROM acts WHERE case_id = $1',
      [caseId],
    );
    const open =
      combinations.length === 0 ||
      combinations.some((act) => !machineFor({ type: act.type, kind: act.kind, editionId: act.edition_id }).terminal.includes(act.state));
    const status = open ? CaseStatus.OPEN : CaseStatus.CLOSED;
    const kase = await manager.findOneByOrFail(CaseEntity, { id: caseId });
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
