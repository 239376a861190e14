/**
 * History rows that are not events of a life cycle: the filing itself, a correction of the draft,
 * and a new responsible prosecutor (work allocation). They stay in the state they find the act in.
 * Persisted as text in act_transitions.event: never rename a member.
 */
export const RecordEvent = {
  FILED: 'FILED',
  DRAFT_REVISED: 'DRAFT_REVISED',
  RESPONSIBLE_CHANGED: 'RESPONSIBLE_CHANGED',
} as const;
export type RecordEvent = (typeof RecordEvent)[keyof typeof RecordEvent];
export const RECORD_EVENTS: readonly RecordEvent[] = Object.values(RecordEvent);
