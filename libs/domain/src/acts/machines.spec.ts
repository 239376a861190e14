import { ACT_EVENTS } from './act-event';
import { ActState } from './act-state';
import { ACT_TYPES } from './act-type';
import { allowedEvents, decide } from './decide';
import { PRIOR_STATE } from './machine';
import { MACHINES } from './machines';
import { ActRefusalCode } from '../shared';
import { ACTORS, NOW, snapshotIn, validPayload } from './testing/act-fixtures';

describe('every act type has a life cycle (2709 art. 18.1(1), 155-VII art. 32.1)', () => {
  it.each(ACT_TYPES)('%s', (actType) => {
    expect(MACHINES.some((machine) => machine.actType === actType)).toBe(true);
  });
});

// Generated from the tables: every row applies and lands where it says.
const allowed = MACHINES.flatMap((machine) => machine.rows.map((row) => ({ machine, row, name: `${machine.id}: ${row.from} --${row.event}--> ${row.to}` })));

describe('every allowed (state, event) applies and reaches its target', () => {
  it.each(allowed)('$name', ({ machine, row }) => {
    const act = snapshotIn(machine, row.from);
    const decision = decide(act, row.event, ACTORS[row.by], validPayload(row.event, machine), NOW);

    if (!decision.ok) throw new Error(`refused: ${decision.refusal.code} — ${decision.refusal.message}`);
    expect(decision.from).toBe(row.from);
    expect(decision.to).toBe(row.to === PRIOR_STATE ? act.suspendedFrom : row.to);
    const stillSuspended = decision.to === ActState.SUSPENDED;
    expect(decision.suspendedFrom).toBe(stillSuspended ? (row.from === ActState.SUSPENDED ? act.suspendedFrom : row.from) : null);
    expect(allowedEvents(act, ACTORS[row.by])).toContain(row.event);
  });
});

// Generated as the complement of the tables: every other (state, event) is refused.
const forbidden = MACHINES.flatMap((machine) =>
  machine.states.map((state) => ({
    machine,
    state,
    events: ACT_EVENTS.filter((event) => !machine.rows.some((row) => row.from === state && row.event === event)),
  })),
);

describe('every forbidden (state, event) is refused with EVENT_NOT_ALLOWED_IN_STATE', () => {
  it.each(forbidden.map((entry) => ({ ...entry, name: `${entry.machine.id} in ${entry.state}: ${entry.events.length} events` })))('$name', ({ machine, state, events }) => {
    const act = snapshotIn(machine, state);
    for (const event of events) {
      for (const actor of Object.values(ACTORS)) {
        const decision = decide(act, event, actor, validPayload(event, machine), NOW);
        expect(decision).toEqual({
          ok: false,
          event,
          from: state,
          refusal: expect.objectContaining({ code: ActRefusalCode.EVENT_NOT_ALLOWED_IN_STATE, citation: machine.eventCitations?.[event] ?? machine.citation }),
        });
      }
      expect(Object.values(ACTORS).flatMap((actor) => allowedEvents(act, actor))).not.toContain(event);
    }
  });
});
