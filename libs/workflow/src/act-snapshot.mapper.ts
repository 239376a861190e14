import { ActSnapshot } from '@app/domain';
import { ActEntity } from '@app/persistence';

/** The columns of an act the domain judges by: a row, or an act summary as the audit log keeps it. */
export type ActSnapshotSource = Pick<ActEntity, 'type' | 'kind' | 'attributes' | 'state' | 'editionId' | 'suspendedFrom' | 'complaintPending'> &
  Partial<Pick<ActEntity, 'text' | 'issuedAt' | 'lastFactAt'>>;

/**
 * The act as the domain sees it. The row's type, kind and attributes were validated against the
 * act type's DTO when it was filed, so the cast only restores what the row already is.
 */
export function toSnapshot(act: ActSnapshotSource): ActSnapshot {
  return {
    type: act.type,
    kind: act.kind,
    attributes: act.attributes,
    state: act.state,
    editionId: act.editionId,
    suspendedFrom: act.suspendedFrom,
    complaintPending: act.complaintPending,
    // The audit log's summaries carry no text: what they are judged for (a missed term) never reads it.
    text: act.text ?? {},
    issuedAt: toInstant(act.issuedAt),
    lastFactAt: toInstant(act.lastFactAt),
  } as ActSnapshot;
}

/** An audit summary keeps instants as ISO text; a row as Dates. */
function toInstant(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}
