/** The caller's role in the system. The app derives it from the user account. */
export type ActorRole = 'PROSECUTOR' | 'SUPERVISOR' | 'ADMINISTRATOR' | 'SYSTEM' | 'INTEGRATION';

export const ACTOR_ROLES: readonly ActorRole[] = ['PROSECUTOR', 'SUPERVISOR', 'ADMINISTRATOR', 'SYSTEM', 'INTEGRATION'];

/**
 * Where the caller's office stands relative to the office that issued the act. The app computes
 * it from the office tree (arts. 9, 13–16); HIGHER_OFFICE means strictly above, on the act's branch.
 */
export type OfficeRelation = 'SAME_OFFICE' | 'HIGHER_OFFICE' | 'LOWER_OFFICE' | 'UNRELATED';

export interface Actor {
  readonly role: ActorRole;
  readonly officeRelation: OfficeRelation;
}

/**
 * Who may fire a transition — part of every row of a transition table.
 * - AUTHOR: a prosecutor (or supervisor) of the act's own office.
 * - ADDRESSEE_REPORT: something the addressee (or another outside party: a complainant, the
 *   requesting official) did, entered by a prosecutor of the act's office.
 * - HEAD_OF_OFFICE: the head (or a deputy) of the act's own office — a supervisor of that office
 *   (155-VII arts. 26.11, 40: powers reserved to the heads the law names).
 * - HIGHER_SUPERVISOR: the head or deputy of a strictly higher office (8.2, 8.3, 16, 5.4).
 * - COURT_OUTCOME: a court's decision, entered by a prosecutor of the act's office.
 * - SYSTEM: the deadline engine.
 */
export type ActorKind = 'AUTHOR' | 'ADDRESSEE_REPORT' | 'HEAD_OF_OFFICE' | 'HIGHER_SUPERVISOR' | 'COURT_OUTCOME' | 'SYSTEM';

export const ACTOR_KINDS: readonly ActorKind[] = ['AUTHOR', 'ADDRESSEE_REPORT', 'HEAD_OF_OFFICE', 'HIGHER_SUPERVISOR', 'COURT_OUTCOME', 'SYSTEM'];

/** Why a caller does not qualify as the row's actor kind, or null when it does. */
export type ActorMismatch = 'ACTOR_NOT_ALLOWED' | 'NOT_ACT_OFFICE' | 'NOT_HIGHER_PROSECUTOR' | 'NOT_HEAD_OF_OFFICE';

export function actorMismatch(kind: ActorKind, actor: Actor): ActorMismatch | null {
  if (kind === 'SYSTEM') return actor.role === 'SYSTEM' ? null : 'ACTOR_NOT_ALLOWED';
  if (kind === 'HIGHER_SUPERVISOR') {
    return actor.role === 'SUPERVISOR' && actor.officeRelation === 'HIGHER_OFFICE' ? null : 'NOT_HIGHER_PROSECUTOR';
  }
  // Acts are carried by prosecutors: administrators manage data, integrations and the deadline
  // engine do not speak for the office.
  if (actor.role !== 'PROSECUTOR' && actor.role !== 'SUPERVISOR') return 'ACTOR_NOT_ALLOWED';
  if (actor.officeRelation !== 'SAME_OFFICE') return 'NOT_ACT_OFFICE';
  // The system knows the heads of an office (and their deputies) as its supervisors.
  return kind === 'HEAD_OF_OFFICE' && actor.role !== 'SUPERVISOR' ? 'NOT_HEAD_OF_OFFICE' : null;
}
