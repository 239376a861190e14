import { ActSnapshot } from '../act-snapshot';
import { defineMachine, Machine, machineId } from '../machine';
import {
  INSTRUCTION_MACHINE,
  ORDER_MACHINE,
  RESOLUTION_BRING_BY_FORCE_MACHINE,
  RESOLUTION_COMPULSORY_EXECUTION_MACHINE,
  RESOLUTION_INSPECTION_MACHINE,
  RESOLUTION_OPEN_PROCEEDINGS_MACHINE,
  RESOLUTION_OTHER_MACHINE,
  RESOLUTION_SUSPENSION_OR_LIFTING_MEASURES_MACHINE,
} from './execution.machines';
import { APPEAL_MACHINE, COURT_APPLICATION_MACHINE, EXPLANATION_MACHINE, SANCTION_MACHINE, WARNING_MACHINE } from './other.machines';
import { PROTEST_MACHINE } from './protest.machine';
import { SUBMISSION_MACHINE } from './submission.machine';

/**
 * Every life cycle the system runs, validated when this module loads: a broken table throws at
 * import, before any request. Ordered as art. 18.1(1) lists the acts.
 */
export const MACHINES: readonly Machine[] = [
  PROTEST_MACHINE,
  RESOLUTION_OPEN_PROCEEDINGS_MACHINE,
  RESOLUTION_INSPECTION_MACHINE,
  RESOLUTION_COMPULSORY_EXECUTION_MACHINE,
  RESOLUTION_BRING_BY_FORCE_MACHINE,
  RESOLUTION_SUSPENSION_OR_LIFTING_MEASURES_MACHINE,
  RESOLUTION_OTHER_MACHINE,
  SANCTION_MACHINE,
  INSTRUCTION_MACHINE,
  COURT_APPLICATION_MACHINE,
  ORDER_MACHINE,
  SUBMISSION_MACHINE,
  WARNING_MACHINE,
  APPEAL_MACHINE,
  EXPLANATION_MACHINE,
].map(defineMachine);

/** The machine an act runs on: its type, kind and the statute edition it is judged by. */
export function machineFor(act: Pick<ActSnapshot, 'type' | 'kind' | 'editionId'>): Machine {
  const id = machineId(act.type, act.kind);
  const machine = MACHINES.find((candidate) => candidate.id === id && candidate.editionId === act.editionId);
  if (!machine) throw new RangeError(`No life cycle for ${id} under statute edition '${act.editionId}'`);
  return machine;
}

/** A state in which one life cycle has ended: the act is no longer anybody's open work. */
export interface ClosedState {
  readonly type: Machine['actType'];
  readonly kind: Machine['kind'];
  readonly editionId: string;
  readonly state: Machine['initial'];
}

/** Every life cycle's terminal states, for queries that leave closed acts out ("my work", a hand-over). */
export function closedStates(): ClosedState[] {
  return MACHINES.flatMap((machine) => machine.terminal.map((state) => ({ type: machine.actType, kind: machine.kind, editionId: machine.editionId, state })));
}
