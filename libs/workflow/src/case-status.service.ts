import { machineFor } from '@app/domain';
import { AuditActor, AuditLogRepository, CasesRepository, CaseStatus, PendingAudit, Tx } from '@app/persistence';
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
    const audit: PendingAudit[] = [];
    await this.refreshMany(tx, actor, [caseId], audit);
    await this.audit.appendMany(tx, audit);
  }

  /**
   * Refreshes the cases in one read and one write; their audit rows ('case.status_changed') are
   * added to `audit`, for the caller to write with its own, last (ADR 0005).
   */
  async refreshMany(tx: Tx, actor: AuditActor, caseIds: readonly string[], audit: PendingAudit[]): Promise<void> {
    const unique = [...new Set(caseIds)];
    const inputs = await this.cases.statusInputsOf(tx, unique);
    const changes: Array<{ id: string; status: CaseStatus; version: number }> = [];
    for (const caseId of unique) {
      const kase = inputs.get(caseId);
      if (!kase) throw new Error(`case ${caseId} does not exist`);
      const open = kase.acts.length === 0 || kase.acts.some((act) => !machineFor(act).terminal.includes(act.state));
      const status = open ? CaseStatus.OPEN : CaseStatus.CLOSED;
      if (kase.status === status) continue;
      changes.push({ id: caseId, status, version: kase.version + 1 });
      audit.push({
        actor,
        entry: {
          action: 'case.status_changed',
          entityType: 'case',
          entityId: caseId,
          caseId,
          officePath: kase.officePath,
          before: { status: kase.status, version: kase.version },
          after: { status, version: kase.version + 1 },
        },
      });
    }
    await this.cases.setStatuses(tx, changes);
  }
}
