import { ActSnapshot } from '@app/domain';
import { ActEntity } from '@app/persistence';

/**
 * The act row as the domain sees it. The row's type, kind and attributes were validated against
 * the act type's DTO when it was filed, so the cast only restores what the row already is.
 */
export function toSnapshot(act: ActEntity): ActSnapshot {
  return {
    type: act.type,
    kind: act.kind,
    attributes: act.attributes,
    state: act.state,
    editionId: act.editionId,
    suspendedFrom: act.suspendedFrom,
    complaintPending: act.complaintPending,
  } as ActSnapshot;
}
