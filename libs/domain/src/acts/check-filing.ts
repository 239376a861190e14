import { OK, Verdict } from '../shared';
import { ActSnapshot } from './act-snapshot';
import { GuardName, GUARDS, NO_TRANSITION_FACTS } from './guards';
import { machineFor } from './machines';

/**
 * Guards that judge the event's circumstances — its payload (how it is signed, which clock ran
 * out) or facts found when it is fired (is the document signed) — not the draft itself.
 */
const CIRCUMSTANCE_GUARDS: ReadonlySet<GuardName> = new Set(['ELECTRONIC_SIGNATURE_PERMITTED', 'MISSED_DEADLINE_ENDS_TERM', 'DOCUMENT_SIGNED_WHEN_REQUIRED']);

/**
 * Would this draft ever be issuable? Runs the content guards of every row that leaves the
 * machine's initial state (ISSUE, SANCTION_REQUESTED, FILED_WITH_COURT), so a draft that the
 * statute forbids — an order against a normative legal act (24.1), a protest term under 10 days
 * (19.3), an anonymous application (7.4), a protest whose text demands nothing (19.4) — is refused
 * when it is filed, with its article, instead of being stored and refused later.
 */
export function checkFiling(act: ActSnapshot): Verdict {
  const machine = machineFor(act);
  for (const row of machine.rowsFrom.get(machine.initial) ?? []) {
    for (const guard of row.guards) {
      if (CIRCUMSTANCE_GUARDS.has(guard)) continue;
      const verdict = GUARDS[guard].check({ act, payload: {}, row, machine, facts: NO_TRANSITION_FACTS });
      if (!verdict.ok) return verdict;
    }
  }
  return OK;
}
