import { Refusal } from '../shared';
import { ActRefusalCode } from '../shared';
import { ActEvent } from './act-event';
import { ActSnapshot } from './act-snapshot';
import { EVENT_PAYLOADS, EventPayload, InstantField } from './payload';

/**
 * The order of reported facts — office policy: neither Law No. 2709 nor Law No. 155-VII says how
 * the instants a prosecutor reports relate to the act's history (STATUTE.md, STATUTE-2022.md: no
 * article). The rule is the plain one: nothing happens to an act before it is issued, and its life
 * cycle does not step back in time. A receipt dated before the issue once made an act issued that
 * day 252 days overdue at once.
 *
 * The events of the act's main line: each happened at the instant it names (the field below) or,
 * for ISSUE, when it is entered; their reported instants must not precede the fact that brought
 * the act into its current state, and they move that fact on. Every other event (a publication, a
 * complaint, the higher prosecutor's and the court's decisions, the deadline engine's TERM_MISSED)
 * runs beside the main line: its reported instants must only not precede the issue, and it moves
 * nothing — a protest published after an addressee's decision says nothing of when that decision
 * was taken.
 */
export const MAIN_LINE_FACT: Readonly<Partial<Record<ActEvent, InstantField | 'ENTERED'>>> = {
  [ActEvent.ISSUE]: 'ENTERED',
  [ActEvent.DELIVERY_CONFIRMED]: 'receivedAt',
  [ActEvent.CONSIDERATION_SCHEDULED]: 'notifiedAt',
  [ActEvent.CONSIDERATION_RESCHEDULED]: 'notifiedAt',
  [ActEvent.CONSIDERATION_HELD]: 'consideredAt',
  [ActEvent.OUTCOME_SATISFIED]: 'decidedAt',
  [ActEvent.OUTCOME_PARTLY_SATISFIED]: 'decidedAt',
  [ActEvent.OUTCOME_REJECTED]: 'decidedAt',
  [ActEvent.EXECUTION_REPORTED]: 'executedAt',
  [ActEvent.INSPECTION_STARTED]: 'startedAt',
  [ActEvent.INSPECTION_COMPLETED]: 'completedAt',
  [ActEvent.SANCTION_REQUESTED]: 'receivedAt',
  [ActEvent.SANCTION_GRANTED]: 'decidedAt',
  [ActEvent.SANCTION_REFUSED]: 'decidedAt',
  [ActEvent.FILED_WITH_COURT]: 'filedAt',
};

const LABEL_OF_BOUND = { STATE: 'when the act entered', ISSUE: 'when the act was issued, before' } as const;

/**
 * Refuses a reported instant (one the caller gave, not one defaulted to now) earlier than the fact
 * it must follow: for a main-line event the act's last fact, for any other the issue. Null: in order.
 */
export function checkFactOrder(act: ActSnapshot, event: ActEvent, given: Readonly<Record<string, unknown>>, payload: EventPayload): Refusal | null {
  const mainLine = MAIN_LINE_FACT[event] !== undefined;
  const bound = mainLine ? (act.lastFactAt ?? act.issuedAt ?? null) : (act.issuedAt ?? null);
  if (!bound) return null;
  const schema = EVENT_PAYLOADS[event];
  for (const field of Object.keys(schema) as InstantField[]) {
    const rule = schema[field];
    const instant = payload[field];
    if (rule?.type !== 'INSTANT' || rule.when !== 'PAST' || given[field] === undefined || given[field] === null || !instant) continue;
    if (instant.getTime() < bound.getTime()) {
      return {
        code: ActRefusalCode.EVENT_BEFORE_PRIOR_STATE,
        citation: null,
        field,
        message:
          `${event}: ${field} ${instant.toISOString()} is earlier than ${bound.toISOString()}, ${mainLine ? `${LABEL_OF_BOUND.STATE} ${act.state}` : `${LABEL_OF_BOUND.ISSUE} which nothing happens to it`}; ` +
          'an event cannot precede the state it follows (office policy: the statute sets no rule on the order of reported facts).',
      };
    }
  }
  return null;
}

/** The act's last fact after the event: moved on by a main-line event, unchanged by any other. */
export function lastFactAfter(act: ActSnapshot, event: ActEvent, payload: EventPayload, now: Date): Date | null {
  const field = MAIN_LINE_FACT[event];
  const previous = act.lastFactAt ?? null;
  if (field === undefined) return previous;
  const at = field === 'ENTERED' ? now : (payload[field] ?? now);
  return previous && previous.getTime() > at.getTime() ? previous : at;
}
