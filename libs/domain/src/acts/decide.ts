import { ProductionCalendar } from '../calendar';
import { Citation, formatCitation, Refusal } from '../shared';
import { ActEvent } from './act-event';
import { ActSnapshot } from './act-snapshot';
import { ActState } from './act-state';
import { Actor, actorMismatch, ActorKind, ActorMismatch } from './actor';
import { Effect, realiseEffects } from './effect';
import { GUARDS, NO_TRANSITION_FACTS, TransitionFacts } from './guards';
import { Machine, PRIOR_STATE, TransitionRow } from './machine';
import { machineFor } from './machines';
import { checkFactOrder, lastFactAfter } from './fact-order';
import { EVENT_PAYLOADS, parsePayload } from './payload';
import { ActRefusalCode } from '../shared';

export type Decision =
  | {
      readonly ok: true;
      readonly event: ActEvent;
      readonly from: ActState;
      readonly to: ActState;
      /** What the app stores as the act's suspendedFrom after this transition. */
      readonly suspendedFrom: ActState | null;
      /** What the app stores as the act's last fact after this transition (fact-order.ts). */
      readonly lastFactAt: Date | null;
      readonly effects: readonly Effect[];
    }
  | { readonly ok: false; readonly event: ActEvent; readonly from: ActState; readonly refusal: Refusal };

/**
 * May `actor` fire `event` on `act` now, and what follows? Checks, in order: the event exists in
 * the current state (EVENT_NOT_ALLOWED_IN_STATE), the caller is who the row names, the payload,
 * the order of its reported instants (EVENT_BEFORE_PRIOR_STATE, policy), then the row's guards.
 * Pure: the app applies the transition with a `WHERE state = :from` guard and executes the
 * effects. `facts` are what the app found outside the act row (is its document signed, and must it be).
 */
export function decide(
  act: ActSnapshot,
  event: ActEvent,
  actor: Actor,
  payload: unknown,
  now: Date,
  context: { readonly calendar?: ProductionCalendar; readonly facts?: TransitionFacts } = {},
): Decision {
  const machine = machineFor(act);
  assertConsistent(act, machine);
  const refused = (refusal: Refusal): Decision => ({ ok: false, event, from: act.state, refusal });

  const row = machine.rowsFrom.get(act.state)?.find((candidate) => candidate.event === event);
  if (!row) {
    const citation = machine.eventCitations?.[event] ?? machine.citation;
    return refused({
      code: ActRefusalCode.EVENT_NOT_ALLOWED_IN_STATE,
      citation,
      message: `${event} is not part of the ${machine.id} life cycle in state ${act.state} (${formatCitation(citation)}).`,
    });
  }
  const citation = row.citation ?? machine.citation;
  const mismatch = actorMismatch(row.by, actor);
  if (mismatch) return refused(actorRefusal(mismatch, row.by, event, citation));

  const parsed = parsePayload(EVENT_PAYLOADS[event], payload, now);
  if (!parsed.ok) {
    return refused({
      code: ActRefusalCode.INVALID_PAYLOAD,
      citation,
      message: `${event}: '${parsed.error.field}' ${parsed.error.problem}.`,
      field: parsed.error.field,
    });
  }
  const disorder = checkFactOrder(act, event, isPlainObject(payload) ? payload : {}, parsed.payload);
  if (disorder) return refused(disorder);
  for (const guard of row.guards) {
    const verdict = GUARDS[guard].check({ act, payload: parsed.payload, row, machine, actor, now, calendar: context.calendar, facts: context.facts ?? NO_TRANSITION_FACTS });
    if (!verdict.ok) return refused(verdict.refusal);
  }

  const to = targetOf(row, act);
  return {
    ok: true,
    event,
    from: act.state,
    to,
    suspendedFrom: suspendedFromAfter(act, to),
    lastFactAt: lastFactAfter(act, event, parsed.payload, now),
    effects: realiseEffects(row.effects, { act, payload: parsed.payload, now, prescribedTermClock: machine.prescribedTermClock }),
  };
}

/**
 * The events this caller may fire on the act in its current state — for the API's "what can I
 * do now". Guards are not run: most read the payload, so decide() has the last word.
 */
export function allowedEvents(act: ActSnapshot, actor: Actor): ActEvent[] {
  const machine = machineFor(act);
  assertConsistent(act, machine);
  return (machine.rowsFrom.get(act.state) ?? []).filter((row) => actorMismatch(row.by, actor) === null).map((row) => row.event);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Entering SUSPENDED remembers where from; staying keeps it; leaving clears it. */
function suspendedFromAfter(act: ActSnapshot, to: ActState): ActState | null {
  if (to !== ActState.SUSPENDED) return null;
  return act.state === ActState.SUSPENDED ? act.suspendedFrom : act.state;
}

function targetOf(row: TransitionRow, act: ActSnapshot): ActState {
  if (row.to !== PRIOR_STATE) return row.to;
  if (!act.suspendedFrom) throw new Error('A SUSPENDED act must record the state it was suspended from');
  return act.suspendedFrom;
}

const ACTOR_MESSAGES: Readonly<Record<ActorMismatch, (by: ActorKind, event: ActEvent) => string>> = {
  ACTOR_NOT_ALLOWED: (by, event) =>
    by === 'SYSTEM'
      ? `${event} is entered only by the deadline engine.`
      : `${event} is entered by a prosecutor of the act's office; this caller's role cannot.`,
  NOT_ACT_OFFICE: (_by, event) => `${event} is entered by a prosecutor of the office that issued the act.`,
  NOT_HIGHER_PROSECUTOR: (_by, event) => `${event} is reserved to the higher prosecutor: a supervisor of a strictly higher office.`,
  NOT_HEAD_OF_OFFICE: (_by, event) => `${event} is reserved to the head of the office (a supervisor of the act's own office).`,
};

function actorRefusal(mismatch: ActorMismatch, by: ActorKind, event: ActEvent, citation: Citation): Refusal {
  return { code: ActRefusalCode[mismatch], citation, message: `${ACTOR_MESSAGES[mismatch](by, event)} (${formatCitation(citation)})` };
}

// A snapshot the machine cannot hold comes from bad data, not from a user's request: fail loudly.
function assertConsistent(act: ActSnapshot, machine: Machine): void {
  if (!machine.states.includes(act.state)) throw new RangeError(`${machine.id} has no state ${act.state}`);
  if ((act.state === ActState.SUSPENDED) !== (act.suspendedFrom !== null)) {
    throw new RangeError(`suspendedFrom is set exactly while the act is SUSPENDED (state ${act.state}, suspendedFrom ${String(act.suspendedFrom)})`);
  }
  if (act.suspendedFrom !== null && !machine.suspendableFrom.includes(act.suspendedFrom)) {
    throw new RangeError(`${machine.id} is never suspended from ${act.suspendedFrom}`);
  }
}
