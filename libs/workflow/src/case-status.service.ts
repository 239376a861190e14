import { machineFor } from '@app/domain';
import { AuditActor, AuditLogRepository, CasesRepository, CaseStatus, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';

/**
 * A case's status is derived from its acts: OPEN while any act is still in its life cycle (not in
 * a terminal state of its machine), CLOSED when all have ended. Stored so lists can filter on it;
 * refreshed in the transaction of every act change.
 */
@Injectable()
export class CaseStatusService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async refresh(tx: Tx, actor: AuditActor, caseId: string): Promise<void> {
    const kase = await this.cases.statusInputs(tx, caseId);
    if (!kase) throw new Error(`case ${caseId} does not exist`);
    const open = kase.acts.length === 0 || kase.acts.some((act) => !machineFor(act).terminal.includes(act.state));
    const status = open ? CaseStatus.OPEN : CaseStatus.CLOSED;
    if (kase.status === status) return;
    await this.cases.setStatus(tx, caseId, status, kase.version + 1);
    await this.audit.append(tx, actor, {
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
