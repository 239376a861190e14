import { KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../../terms';
import { ActSnapshot } from '../act-snapshot';
import { ActType, ResolutionKind } from '../act-type';
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
import {
  APPEAL_155_MACHINE,
  COURT_APPLICATION_155_MACHINE,
  INADMISSIBILITY_EXPLANATION_155_MACHINE,
  INSTRUCTION_155_MACHINE,
  PETITION_155_MACHINE,
  SANCTION_155_MACHINE,
} from './kz-155-vii/other.machines';
import {
  RESOLUTION_155_ACT_SUSPENSION_MACHINE,
  RESOLUTION_155_BAILIFF_ACTS_CANCELLATION_MACHINE,
  RESOLUTION_155_BRING_BY_FORCE_MACHINE,
  RESOLUTION_155_COMPULSORY_EXECUTION_MACHINE,
  RESOLUTION_155_DISCIPLINARY_PROCEEDINGS_MACHINE,
  RESOLUTION_155_INSPECTION_MACHINE,
  RESOLUTION_155_OPERATIVE_SEARCH_MACHINE,
  RESOLUTION_155_OPERATIVE_SEARCH_TERMINATION_MACHINE,
  RESOLUTION_155_OTHER_MACHINE,
  RESOLUTION_155_PENAL_MEASURES_CANCELLATION_MACHINE,
  RESOLUTION_155_PROCEDURAL_MACHINE,
  RESOLUTION_155_RESTRICTIVE_MEASURES_CANCELLATION_MACHINE,
  RESOLUTION_155_SHORT_SUSPENSION_MACHINE,
} from './kz-155-vii/resolution.machines';
import { PROTEST_155_MACHINE, SUBMISSION_155_MACHINE } from './kz-155-vii/supervision.machines';
import { APPEAL_MACHINE, COURT_APPLICATION_MACHINE, EXPLANATION_MACHINE, SANCTION_MACHINE, WARNING_MACHINE } from './other.machines';
import { PROTEST_MACHINE } from './protest.machine';
import { SUBMISSION_MACHINE } from './submission.machine';

/**
 * The life cycles of Law No. 2709 ed. 28.12.2016, ordered as its art. 18.1(1) lists the acts.
 */
const KZ_2709_MACHINES = [
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
];

/**
 * The life cycles of Constitutional Law No. 155-VII, ordered as its art. 32.1 lists the acts:
 * supervision (protest, sanction, instruction, submission, resolution in the order of 37.1, then
 * bringing by force, 26.11) and response (petition, court application, appeal, explanation).
 */
const KZ_155_VII_MACHINES = [
  PROTEST_155_MACHINE,
  SANCTION_155_MACHINE,
  INSTRUCTION_155_MACHINE,
  SUBMISSION_155_MACHINE,
  RESOLUTION_155_PROCEDURAL_MACHINE,
  RESOLUTION_155_DISCIPLINARY_PROCEEDINGS_MACHINE,
  RESOLUTION_155_OPERATIVE_SEARCH_MACHINE,
  RESOLUTION_155_OPERATIVE_SEARCH_TERMINATION_MACHINE,
  RESOLUTION_155_ACT_SUSPENSION_MACHINE,
  RESOLUTION_155_INSPECTION_MACHINE,
  RESOLUTION_155_RESTRICTIVE_MEASURES_CANCELLATION_MACHINE,
  RESOLUTION_155_PENAL_MEASURES_CANCELLATION_MACHINE,
  RESOLUTION_155_SHORT_SUSPENSION_MACHINE,
  RESOLUTION_155_BAILIFF_ACTS_CANCELLATION_MACHINE,
  RESOLUTION_155_COMPULSORY_EXECUTION_MACHINE,
  RESOLUTION_155_OTHER_MACHINE,
  RESOLUTION_155_BRING_BY_FORCE_MACHINE,
  PETITION_155_MACHINE,
  COURT_APPLICATION_155_MACHINE,
  APPEAL_155_MACHINE,
  INADMISSIBILITY_EXPLANATION_155_MACHINE,
];

/**
 * Every life cycle of every edition the code ships, validated when this module loads: a broken
 * table throws at import, before any request. An act runs on the machine of its type, kind and
 * edition for life, whatever the deployment installs for new acts.
 */
export const MACHINES: readonly Machine[] = [...KZ_2709_MACHINES, ...KZ_155_VII_MACHINES].map(defineMachine);

/** The machines of one edition, in its rule book's order. */
export function machinesOf(editionId: string): Machine[] {
  return MACHINES.filter((machine) => machine.editionId === editionId);
}

/** The machine of this type and kind under the edition, if the edition has that act at all. */
export function findMachine(act: Pick<ActSnapshot, 'type' | 'kind' | 'editionId'>): Machine | undefined {
  const id = machineId(act.type, act.kind);
  return MACHINES.find((candidate) => candidate.id === id && candidate.editionId === act.editionId);
}

/** The machine an act runs on: its type, kind and the statute edition it is judged by. */
export function machineFor(act: Pick<ActSnapshot, 'type' | 'kind' | 'editionId'>): Machine {
  const machine = findMachine(act);
  if (!machine) throw new RangeError(`No life cycle for ${machineId(act.type, act.kind)} under statute edition '${act.editionId}'`);
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

/** Editions whose machines the code ships; kept beside the tables so a new edition is registered once. */
export const MACHINE_EDITIONS: readonly string[] = [KZ_2709_EDITION_ID, KZ_155_VII_EDITION_ID];

/** The act types (and resolution kinds) an edition has, in its rule book's order. */
export function actTypesOf(editionId: string): ActType[] {
  return [...new Set(machinesOf(editionId).map((machine) => machine.actType))];
}

export function resolutionKindsOf(editionId: string): ResolutionKind[] {
  return machinesOf(editionId).flatMap((machine) => (machine.kind ? [machine.kind] : []));
}
