/**
 * History rows that are not events of a life cycle: the filing itself, a correction of the draft,
 * a new responsible prosecutor (work allocation), and a verified signature over the act's PDF. They stay in the state they find the act in.
 * Persisted as text in act_transitions.event: never rename a member.
 */
export const RecordEvent = {
  FILED: 'FILED',
  DRAFT_REVISED: 'DRAFT_REVISED',
  RESPONSIBLE_CHANGED: 'RESPONSIBLE_CHANGED',
  DOCUMENT_SIGNED: 'DOCUMENT_SIGNED',
} as const;
export type RecordEvent = (typeof RecordEvent)[keyof typeof RecordEvent];
export const RECORD_EVENTS: readonly RecordEvent[] = Object.values(RecordEvent);
