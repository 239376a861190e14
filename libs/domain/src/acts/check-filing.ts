import { OK, Verdict } from '../shared';
import { ActSnapshot } from './act-snapshot';
import type { Actor } from './actor';
import { GuardName, GUARDS, NO_TRANSITION_FACTS } from './guards';
import { machineFor } from './machines';

/**
 * Guards that judge the event's circumstances — its payload (how it is signed, which clock ran
 * out, the reasons given) or facts found when it is fired (is the document signed) — not the draft itself.
 */
const CIRCUMSTANCE_GUARDS: ReadonlySet<GuardName> = new Set([
  'ELECTRONIC_SIGNATURE_PERMITTED',
  'MISSED_DEADLINE_ENDS_TERM',
  'DOCUMENT_SIGNED_WHEN_REQUIRED',
  'SANCTION_REFUSAL_REASONED',
  'SECRET_MEASURE_NOT_SIGNED_ELECTRONICALLY',
  'INSPECTION_REGISTERED',
  'COMPLAINT_WITHIN_FILING_WINDOW',
  'NOT_AT_NIGHT',
]);

/**
 * Would this draft ever be issuable? Runs the content guards of every row that leaves the
 * machine's initial state (ISSUE, SANCTION_REQUESTED, FILED_WITH_COURT), so a draft that the
 * statute forbids — an order against a normative legal act (24.1), a protest term under 10 days
 * (19.3), an anonymous application (7.4), a protest whose text demands nothing (19.4) — is refused
 * when it is filed, with its article, instead of being stored and refused later. `actor`, the one
 * filing: guards on who may issue (155-VII 33.5) judge the author.
 */
export function checkFiling(act: ActSnapshot, actor?: Actor): Verdict {
  const machine = machineFor(act);
  for (const row of machine.rowsFrom.get(machine.initial) ?? []) {
    for (const guard of row.guards) {
      if (CIRCUMSTANCE_GUARDS.has(guard)) continue;
      const verdict = GUARDS[guard].check({ act, payload: {}, row, machine, facts: NO_TRANSITION_FACTS, ...(actor ? { actor } : {}) });
      if (!verdict.ok) return verdict;
    }
  }
  return OK;
}
