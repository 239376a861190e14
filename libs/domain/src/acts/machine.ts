import { Citation, DEADLINE_KINDS, DeadlineKind } from '../shared';
import { findRule } from '../terms';
import { ActEvent } from './act-event';
import { ActState } from './act-state';
import { ACT_TYPES, ActType, ResolutionKind } from './act-type';
import { ActorKind } from './actor';
import { EffectSpec, instantsReadBy } from './effect';
import { GUARDS, GuardName, isGuardName } from './guards';
import { EVENT_PAYLOADS } from './payload';

/**
 * The events by which the prosecutor issues the act's document (a court application is issued by
 * filing it): a signature the office requires is checked on them (DOCUMENT_SIGNED_WHEN_REQUIRED).
 * A sanction is signed when granted (21.2), under its own rule.
 */
export const ISSUING_EVENTS: readonly ActEvent[] = [ActEvent.ISSUE, ActEvent.FILED_WITH_COURT];

/** A row's target: a state, or back to the state the act was suspended from (history of SUSPENDED). */
export const PRIOR_STATE = 'PRIOR_STATE';
export type TransitionTarget = ActState | typeof PRIOR_STATE;

/** One row of a transition table. */
export interface TransitionRow {
  readonly from: ActState;
  readonly event: ActEvent;
  readonly to: TransitionTarget;
  /** Who may fire it (see actor.ts). */
  readonly by: ActorKind;
  readonly guards: readonly GuardName[];
  readonly effects: readonly EffectSpec[];
  /** The article the row applies; null where the statute is silent and `note` says what we decided. */
  readonly citation: Citation | null;
  readonly note?: string;
}

/** The life cycle of one act type (or, for RESOLUTION, one kind) under one statute edition. */
export interface MachineDefinition {
  /** 'PROTEST', 'RESOLUTION.INSPECTION' — see machineId. */
  readonly id: string;
  readonly editionId: string;
  readonly actType: ActType;
  readonly kind: ResolutionKind | null;
  /** The act's own article: cited when an event is not part of its life cycle in this state. */
  readonly citation: Citation;
  readonly initial: ActState;
  readonly states: readonly ActState[];
  /** States the life cycle ends in: no row leaves them (recording rows that stay, such as publication, may). */
  readonly terminal: readonly ActState[];
  readonly events: readonly ActEvent[];
  /** The clock whose length the prosecutor may set in the act (attributes.termDays), if any. */
  readonly prescribedTermClock: DeadlineKind | null;
  readonly rows: readonly TransitionRow[];
  /**
   * The article cited when an event is refused in a state the table has no row for, where it is
   * not the act's own article: 155-VII art. 33.3 allows a protest's withdrawal only before it is
   * considered. Absent: the act's own article (`citation`).
   */
  readonly eventCitations?: Readonly<Partial<Record<ActEvent, Citation>>>;
}

/** A validated machine with its lookups. */
export interface Machine extends MachineDefinition {
  /** Clocks that make the deadline engine fire TERM_MISSED (START_DEADLINE with firesTermMissed). */
  readonly termMissedDeadlines: readonly DeadlineKind[];
  /** States a complaint can suspend the act from — where leaving SUSPENDED may return to. */
  readonly suspendableFrom: readonly ActState[];
  readonly rowsFrom: ReadonlyMap<ActState, readonly TransitionRow[]>;
}

export function machineId(actType: ActType, kind: ResolutionKind | null): string {
  return kind === null ? actType : `${actType}.${kind}`;
}

export class MachineDefinitionError extends Error {
  constructor(
    readonly machineId: string,
    readonly problems: readonly string[],
  ) {
    super(`Transition table ${machineId} is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'MachineDefinitionError';
  }
}

/**
 * Checks a table and builds its lookups; throws MachineDefinitionError listing every problem.
 * Called for every machine when the library loads, so a broken table never reaches a request.
 */
export function defineMachine(definition: MachineDefinition): Machine {
  const problems = findProblems(definition);
  if (problems.length > 0) throw new MachineDefinitionError(definition.id, problems);
  const rowsFrom = new Map<ActState, TransitionRow[]>();
  for (const row of definition.rows) rowsFrom.set(row.from, [...(rowsFrom.get(row.from) ?? []), row]);
  const termMissedDeadlines = unique(
    definition.rows.flatMap((row) =>
      row.effects.flatMap((effect) => (effect.type === 'START_DEADLINE' && effect.firesTermMissed ? [effect.kind] : [])),
    ),
  );
  const suspendableFrom = unique(
    definition.rows.filter((row) => row.to === ActState.SUSPENDED && row.from !== ActState.SUSPENDED).map((row) => row.from),
  );
  return Object.freeze({ ...definition, termMissedDeadlines, suspendableFrom, rowsFrom });
}

function findProblems(definition: MachineDefinition): string[] {
  const problems: string[] = [];
  const states = new Set(definition.states);
  const events = new Set(definition.events);
  const terminal = new Set(definition.terminal);
  const describe = (row: TransitionRow): string => `row ${row.from} --${row.event}--> ${row.to}`;

  if (definition.id !== machineId(definition.actType, definition.kind)) problems.push(`id '${definition.id}' does not match its type and kind`);
  if (!ACT_TYPES.includes(definition.actType)) problems.push(`unknown act type '${definition.actType}'`);
  if ((definition.kind !== null) !== (definition.actType === ActType.RESOLUTION)) problems.push('only a RESOLUTION machine has a kind, and it must');
  if (states.size !== definition.states.length) problems.push('a state is listed twice');
  if (events.size !== definition.events.length) problems.push('an event is listed twice');
  if (!states.has(definition.initial)) problems.push(`unknown initial state '${definition.initial}'`);
  for (const state of definition.terminal) if (!states.has(state)) problems.push(`unknown terminal state '${state}'`);
  for (const state of definition.states) if (!Object.values(ActState).includes(state)) problems.push(`unknown state '${state}'`);
  for (const event of definition.events) if (!Object.values(ActEvent).includes(event)) problems.push(`unknown event '${event}'`);
  if (definition.prescribedTermClock && !findRule(definition.prescribedTermClock, definition.editionId)) {
    problems.push(`prescribed-term clock ${definition.prescribedTermClock} has no term rule in ${definition.editionId}`);
  }

  const startedClocks = new Set(
    definition.rows.flatMap((row) => row.effects.flatMap((effect) => (effect.type === 'START_DEADLINE' ? [effect.kind] : []))),
  );
  const seen = new Set<string>();
  for (const row of definition.rows) {
    const where = describe(row);
    if (!states.has(row.from)) problems.push(`${where}: unknown state '${row.from}'`);
    if (row.to !== PRIOR_STATE && !states.has(row.to)) problems.push(`${where}: unknown state '${row.to}'`);
    if (row.to === PRIOR_STATE && row.from !== ActState.SUSPENDED) problems.push(`${where}: only SUSPENDED returns to the prior state`);
    if (!events.has(row.event)) problems.push(`${where}: unknown event '${row.event}'`);
    const key = `${row.from}/${row.event}`;
    if (seen.has(key)) problems.push(`${where}: duplicate row for (${row.from}, ${row.event})`);
    seen.add(key);
    if ((row.by === 'SYSTEM') !== (row.event === ActEvent.TERM_MISSED)) {
      problems.push(`${where}: only the deadline engine (SYSTEM) fires TERM_MISSED, and it fires nothing else`);
    }
    for (const guard of row.guards) problems.push(...guardProblems(definition, where, guard));
    for (const effect of row.effects) problems.push(...effectProblems(definition, where, row, effect, startedClocks));
  }
  for (const event of definition.events) {
    if (!definition.rows.some((row) => row.event === event)) problems.push(`event ${event} is listed but no row uses it`);
  }
  // The act is a document: it leaves its draft only with its text complete, and it is issued only
  // when signed if the office requires that (act-text.ts, the DOCUMENT_* guards).
  // (A draft dropped without being issued — a row into a terminal state — is no document: it needs no text.)
  for (const row of definition.rows.filter((candidate) => candidate.from === definition.initial && !definition.terminal.includes(candidate.to as ActState))) {
    if (!row.guards.includes('ACT_TEXT_COMPLETE')) problems.push(`${describe(row)}: a row leaving the draft must check ACT_TEXT_COMPLETE`);
    if (ISSUING_EVENTS.includes(row.event) && !row.guards.includes('DOCUMENT_SIGNED_WHEN_REQUIRED')) {
      problems.push(`${describe(row)}: a row issuing the act must check DOCUMENT_SIGNED_WHEN_REQUIRED`);
    }
  }
  for (const event of Object.keys(definition.eventCitations ?? {})) {
    if (!events.has(event as ActEvent)) problems.push(`eventCitations names ${event}, which is not an event of the machine`);
  }

  const reachable = reachableStates(definition);
  for (const state of definition.states) if (!reachable.has(state)) problems.push(`state ${state} is unreachable from ${definition.initial}`);
  for (const state of definition.states) {
    const exits = definition.rows.filter((row) => row.from === state && row.to !== state);
    if (terminal.has(state) && exits.length > 0) problems.push(`terminal state ${state} has a way out (${exits.map(describe).join('; ')})`);
    if (!terminal.has(state) && exits.length === 0) problems.push(`state ${state} has no way out and is not marked terminal`);
  }
  return problems;
}

function guardProblems(definition: MachineDefinition, where: string, name: string): string[] {
  if (!isGuardName(name)) return [`${where}: unknown guard '${name}'`];
  const appliesTo = GUARDS[name].appliesTo;
  if (appliesTo !== 'ANY' && !appliesTo.includes(definition.id)) return [`${where}: guard ${name} does not apply to ${definition.id}`];
  if (name === 'PRESCRIBED_TERM_WITHIN_BOUNDS' && !definition.prescribedTermClock) return [`${where}: guard ${name} needs a prescribedTermClock`];
  return [];
}

function effectProblems(
  definition: MachineDefinition,
  where: string,
  row: TransitionRow,
  effect: EffectSpec,
  startedClocks: ReadonlySet<DeadlineKind>,
): string[] {
  const problems: string[] = [];
  const schema = EVENT_PAYLOADS[row.event];
  for (const field of instantsReadBy(effect)) {
    if (schema[field]?.type !== 'INSTANT') problems.push(`${where}: effect ${effect.type} reads '${field}', which ${row.event} does not carry`);
  }
  if (effect.type === 'RECORD_PUBLICATION' && schema.medium === undefined) problems.push(`${where}: RECORD_PUBLICATION needs 'medium'`);
  if (effect.type === 'START_DEADLINE' && effect.onlyIf && schema[effect.onlyIf.field] === undefined) {
    problems.push(`${where}: START_DEADLINE depends on '${effect.onlyIf.field}', which ${row.event} does not carry`);
  }
  if (effect.type === 'OPEN_COMPLAINT' && schema.forum === undefined) problems.push(`${where}: OPEN_COMPLAINT needs 'forum'`);
  if (effect.type === 'EXTEND_DEADLINE' && (!schema.extensionCount || !schema.extensionUnit || !schema.consent)) {
    problems.push(`${where}: EXTEND_DEADLINE needs 'extensionCount', 'extensionUnit' and 'consent'`);
  }
  if ('kind' in effect && effect.type !== 'CREATE_LINKED_ACT') {
    if (!DEADLINE_KINDS.includes(effect.kind)) {
      problems.push(`${where}: effect ${effect.type} names unknown clock '${effect.kind}'`);
    } else if (!findRule(effect.kind, definition.editionId)) {
      problems.push(`${where}: clock ${effect.kind} has no term rule in ${definition.editionId}`);
    } else if (effect.type !== 'START_DEADLINE' && !startedClocks.has(effect.kind)) {
      problems.push(`${where}: effect ${effect.type} names clock ${effect.kind}, which no row starts`);
    }
    if (effect.type === 'EXTEND_DEADLINE' && !findRule(effect.kind, definition.editionId)?.extension) {
      problems.push(`${where}: clock ${effect.kind} may not be extended under ${definition.editionId}`);
    }
  }
  if (effect.type === 'CREATE_LINKED_ACT') {
    if (!ACT_TYPES.includes(effect.actType)) problems.push(`${where}: CREATE_LINKED_ACT names unknown act type '${effect.actType}'`);
    if ((effect.kind !== null) !== (effect.actType === ActType.RESOLUTION)) {
      problems.push(`${where}: CREATE_LINKED_ACT kind must be set for a RESOLUTION only`);
    }
  }
  return problems;
}

function reachableStates(definition: MachineDefinition): Set<ActState> {
  const reached = new Set<ActState>([definition.initial]);
  const queue = [definition.initial];
  while (queue.length > 0) {
    const state = queue.shift() as ActState;
    for (const row of definition.rows) {
      if (row.from !== state) continue;
      // Leaving SUSPENDED returns to a state the act was suspended from — already reached.
      if (row.to === PRIOR_STATE || reached.has(row.to)) continue;
      reached.add(row.to);
      queue.push(row.to);
    }
  }
  return reached;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
