import { ActEntity } from '@app/persistence';

/** The act without its deadlines and history: lists, audit rows, the change feed. */
export function actSummary(act: ActEntity) {
  return {
    id: act.id,
    caseId: act.caseId,
    officeId: act.officeId,
    type: act.type,
    kind: act.kind,
    state: act.state,
    version: act.version,
    editionId: act.editionId,
    title: act.title,
    addresseeName: act.addresseeName,
    targetDescription: act.targetDescription,
    attributes: act.attributes,
    linkedActId: act.linkedActId,
    linkReason: act.linkReason,
    authorId: act.authorId,
    responsibleUserId: act.responsibleUserId,
    issuedAt: act.issuedAt,
    nextDueAt: act.nextDueAt,
    complaintPending: act.complaintPending,
    suspendedFrom: act.suspendedFrom,
    createdAt: act.createdAt,
    updatedAt: act.updatedAt,
  };
}

export type ActSummary = ReturnType<typeof actSummary>;
