import { OK, Verdict } from '../shared';
import { ActSnapshot } from './act-snapshot';
import { GuardName, GUARDS } from './guards';
import { machineFor } from './machines';

/** Guards that judge the event's payload (how it is signed, which clock ran out), not the act itself. */
const PAYLOAD_GUARDS: ReadonlySet<GuardName> = new Set(['ELECTRONIC_SIGNATURE_PERMITTED', 'MISSED_DEADLINE_ENDS_TERM']);

/**
 * Would this draft ever be issuable? Runs the content guards of every row that leaves the
 * machine's initial state (ISSUE, SANCTION_REQUESTED, FILED_WITH_COURT), so a draft that the
 * statute forbids — an order against a normative legal act (24.1), a protest term under 10 days
 * (19.3), an anonymous application (7.4) — is refused when it is filed, with its article, instead
 * of being stored and refused later.
 */
export function checkFiling(act: ActSnapshot): Verdict {
  const machine = machineFor(act);
  for (const row of machine.rowsFrom.get(machine.initial) ?? []) {
    for (const guard of row.guards) {
      if (PAYLOAD_GUARDS.has(guard)) continue;
      const verdict = GUARDS[guard].check({ act, payload: {}, row, machine });
      if (!verdict.ok) return verdict;
    }
  }
  return OK;
}
