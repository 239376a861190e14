import { machineFor } from '@app/domain';
import { ActEntity, CaseEntity, CaseStatus } from '@app/persistence';
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
    const acts = await manager.find(ActEntity, { where: { caseId }, select: { type: true, kind: true, state: true, editionId: true } });
    const open = acts.length === 0 || acts.some((act) => !machineFor({ type: act.type, kind: act.kind, editionId: act.editionId }).terminal.includes(act.state));
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
