import { Citation, DeadlineKind } from '../../shared';
import { KZ_2709_EDITION_ID } from '../../terms';
import { ActEvent as E } from '../act-event';
import { ActState as S } from '../act-state';
import { ActType, ResolutionKind } from '../act-type';
import { art } from '../citations';
import { EffectSpec } from '../effect';
import { GuardName } from '../guards';
import { MachineDefinition, machineId } from '../machine';
import { ISSUE_DOCUMENT_GUARDS, oversightRows, publicationRows, rows } from './rows';

const K = DeadlineKind;

interface ExecutedActOptions {
  readonly actType: ActType.ORDER | ActType.RESOLUTION;
  readonly kind: ResolutionKind | null;
  readonly citation: Citation;
  readonly issue: { readonly citation: Citation; readonly guards: readonly GuardName[]; readonly effects: readonly EffectSpec[] };
  /** Execute within the prosecutor's term, report "immediately" (20.3, 24.3). */
  readonly execution: { readonly clock: DeadlineKind; readonly report: DeadlineKind; readonly citation: Citation };
  readonly suspension: { readonly complaintDoesNotSuspend: Citation; readonly suspendedUntilDecided: Citation };
}

/**
 * Acts the addressee must execute in a prosecutor-set term and report on at once — an ORDER (24.3)
 * and the resolutions of 20.1/20.2 (20.3). Not executed in time: compulsory execution (26-1.1) or
 * court (23.2).
 */
function executedActMachine(options: ExecutedActOptions): MachineDefinition {
  const { clock, report, citation: executionCitation } = options.execution;
  const executionReported: readonly EffectSpec[] = [
    { type: 'MEET_DEADLINE', kind: clock, at: 'executedAt' },
    // "Report immediately" runs from execution; the report itself meets it, so it starts and is met
    // in one step and the deadline record shows whether the report came in time.
    { type: 'START_DEADLINE', kind: report, from: 'executedAt', firesTermMissed: false },
    { type: 'MEET_DEADLINE', kind: report, at: 'reportedAt' },
  ];
  const inForce = [S.ISSUED, S.DELIVERED, S.OVERDUE, S.UNDER_COMPULSORY_EXECUTION];
  return {
    id: machineId(options.actType, options.kind),
    editionId: KZ_2709_EDITION_ID,
    actType: options.actType,
    kind: options.kind,
    citation: options.citation,
    initial: S.DRAFT,
    states: [
      S.DRAFT, S.ISSUED, S.DELIVERED, S.OVERDUE, S.EXECUTED, S.UNDER_COMPULSORY_EXECUTION, S.REFERRED_TO_COURT, S.SUSPENDED,
      S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT,
    ],
    terminal: [S.EXECUTED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    events: [
      E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, E.TERM_MISSED, E.COMPULSORY_EXECUTION_ORDERED, E.REFER_TO_COURT,
      E.PUBLICATION_RECORDED, E.WITHDRAW, E.COMPLAINT_FILED, E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT,
      E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT,
      E.CANCELLED_BY_HIGHER_PROSECUTOR, E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
    ],
    prescribedTermClock: clock,
    rows: [
      ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', options.issue.citation, { guards: [...options.issue.guards, ...ISSUE_DOCUMENT_GUARDS], effects: options.issue.effects }),
      ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', executionCitation, {
        effects: [{ type: 'START_DEADLINE', kind: clock, from: 'receivedAt', firesTermMissed: true }],
      }),
      ...rows([S.DELIVERED, S.OVERDUE, S.UNDER_COMPULSORY_EXECUTION], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', executionCitation, {
        effects: executionReported,
      }),
      ...rows([S.DELIVERED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', executionCitation, { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
      ...rows([S.OVERDUE], E.COMPULSORY_EXECUTION_ORDERED, S.UNDER_COMPULSORY_EXECUTION, 'AUTHOR', art('26-1', '1'), {
        effects: [
          { type: 'CREATE_LINKED_ACT', actType: ActType.RESOLUTION, kind: ResolutionKind.COMPULSORY_EXECUTION, reason: 'NOT_EXECUTED_VOLUNTARILY' },
        ],
      }),
      ...rows([S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art('23', '2'), {
        effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'TERM_MISSED' }],
      }),
      ...publicationRows([...inForce, S.SUSPENDED, S.EXECUTED, S.REFERRED_TO_COURT]),
      ...oversightRows({ inForce, withdrawable: inForce, suspension: options.suspension }),
    ],
  };
}

const complaintsPerArt8 = { complaintDoesNotSuspend: art('8', '1'), suspendedUntilDecided: art('8', '2') };

/** ORDER (art. 24): only on the grounds of 24.1, never against a normative legal act; complaints do not suspend it (24.4, 24.5). */
export const ORDER_MACHINE = executedActMachine({
  actType: ActType.ORDER,
  kind: null,
  citation: art('24'),
  issue: {
    citation: art('24', '1'),
    guards: [
      'ORDER_NOT_AGAINST_NORMATIVE_ACT',
      'ORDER_GROUNDS_PRESENT',
      'ORDER_CONTENT_COMPLETE',
      'PRESCRIBED_TERM_WITHIN_BOUNDS',
      'APPLICANT_IDENTIFIED',
    ],
    effects: [],
  },
  execution: { clock: K.ORDER_EXECUTION, report: K.ORDER_REPORT, citation: art('24', '3') },
  suspension: { complaintDoesNotSuspend: art('24', '4'), suspendedUntilDecided: art('24', '5') },
});

const resolutionExecution = { clock: K.RESOLUTION_EXECUTION, report: K.RESOLUTION_REPORT, citation: art('20', '3') };
const resolutionIssueGuards: readonly GuardName[] = ['PRESCRIBED_TERM_WITHIN_BOUNDS', 'APPLICANT_IDENTIFIED'];

/** RESOLUTION to open proceedings (20.1), executed in the term of 20.3. */
export const RESOLUTION_OPEN_PROCEEDINGS_MACHINE = executedActMachine({
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.OPEN_PROCEEDINGS,
  citation: art('20'),
  issue: { citation: art('20', '1'), guards: resolutionIssueGuards, effects: [] },
  execution: resolutionExecution,
  suspension: complaintsPerArt8,
});

/** RESOLUTION to seize, seal, suspend an act, lift measures, release (20.2); suspending a normative act is published (18.1-1). */
export const RESOLUTION_SUSPENSION_OR_LIFTING_MEASURES_MACHINE = executedActMachine({
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES,
  citation: art('20'),
  issue: { citation: art('20', '2'), guards: resolutionIssueGuards, effects: [{ type: 'REQUIRE_PUBLICATION_IF_SUSPENDS_NORMATIVE_ACT' }] },
  execution: resolutionExecution,
  suspension: complaintsPerArt8,
});

/** RESOLUTION in other cases set by law (20.2). */
export const RESOLUTION_OTHER_MACHINE = executedActMachine({
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.OTHER,
  citation: art('20'),
  issue: { citation: art('20', '2'), guards: resolutionIssueGuards, effects: [] },
  execution: resolutionExecution,
  suspension: complaintsPerArt8,
});

interface ImmediateResolutionOptions {
  readonly kind: ResolutionKind.COMPULSORY_EXECUTION | ResolutionKind.BRING_BY_FORCE;
  readonly issue: { readonly citation: Citation; readonly guard: GuardName };
  readonly clock: DeadlineKind;
  readonly citation: Citation;
}

/**
 * Resolutions of art. 26-1 that an authorised body carries out on receipt: compulsory execution
 * ("immediately", 26-1.2 — a policy clock) and bringing a person by force (24 hours, 26-1.3). The
 * clock is statutory or policy, never prosecutor-set; failing it leads to liability (6.7), not to
 * a further compulsory execution.
 */
function immediateResolutionMachine(options: ImmediateResolutionOptions): MachineDefinition {
  const inForce = [S.ISSUED, S.DELIVERED, S.OVERDUE];
  return {
    id: machineId(ActType.RESOLUTION, options.kind),
    editionId: KZ_2709_EDITION_ID,
    actType: ActType.RESOLUTION,
    kind: options.kind,
    citation: art('26-1'),
    initial: S.DRAFT,
    states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.OVERDUE, S.EXECUTED, S.SUSPENDED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    terminal: [S.EXECUTED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    events: [
      E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, E.TERM_MISSED, E.WITHDRAW, E.COMPLAINT_FILED,
      E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
      E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
      E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
    ],
    prescribedTermClock: null,
    rows: [
      ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', options.issue.citation, { guards: [options.issue.guard, ...ISSUE_DOCUMENT_GUARDS] }),
      ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', options.citation, {
        effects: [{ type: 'START_DEADLINE', kind: options.clock, from: 'receivedAt', firesTermMissed: true }],
      }),
      ...rows([S.DELIVERED, S.OVERDUE], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', options.citation, {
        effects: [{ type: 'MEET_DEADLINE', kind: options.clock, at: 'executedAt' }],
      }),
      ...rows([S.DELIVERED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', options.citation, { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
      ...oversightRows({ inForce, withdrawable: inForce, suspension: complaintsPerArt8 }),
    ],
  };
}

export const RESOLUTION_COMPULSORY_EXECUTION_MACHINE = immediateResolutionMachine({
  kind: ResolutionKind.COMPULSORY_EXECUTION,
  issue: { citation: art('26-1', '1'), guard: 'NO_PROPERTY_DEPRIVATION' },
  clock: K.COMPULSORY_EXECUTION,
  citation: art('26-1', '2'),
});

export const RESOLUTION_BRING_BY_FORCE_MACHINE = immediateResolutionMachine({
  kind: ResolutionKind.BRING_BY_FORCE,
  issue: { citation: art('26-1', '3'), guard: 'PERSON_REFUSED_TO_APPEAR' },
  clock: K.BRING_BY_FORCE,
  citation: art('26-1', '3'),
});

/** INSTRUCTION (art. 22): binding (6.3); executed in the prosecutor's term when one is set — otherwise no clock runs. */
export const INSTRUCTION_MACHINE: MachineDefinition = {
  id: ActType.INSTRUCTION,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.INSTRUCTION,
  kind: null,
  citation: art('22'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.OVERDUE, S.EXECUTED, S.SUSPENDED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  terminal: [S.EXECUTED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, E.TERM_MISSED, E.WITHDRAW, E.COMPLAINT_FILED,
    E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
    E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
    E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: K.INSTRUCTION_EXECUTION,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art('22', '1'), { guards: ['PRESCRIBED_TERM_WITHIN_BOUNDS', 'APPLICANT_IDENTIFIED', ...ISSUE_DOCUMENT_GUARDS] }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art('6', '3'), {
      effects: [{ type: 'START_DEADLINE', kind: K.INSTRUCTION_EXECUTION, from: 'receivedAt', firesTermMissed: true }],
    }),
    ...rows([S.DELIVERED, S.OVERDUE], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', art('6', '3'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.INSTRUCTION_EXECUTION, at: 'executedAt' }],
    }),
    ...rows([S.DELIVERED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art('6', '3'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...oversightRows({
      inForce: [S.ISSUED, S.DELIVERED, S.OVERDUE],
      withdrawable: [S.ISSUED, S.DELIVERED, S.OVERDUE],
      suspension: complaintsPerArt8,
    }),
  ],
};

/** RESOLUTION to conduct an inspection (20.2, 5.2): one month from its start, extendable with the higher prosecutor's consent (5.4). */
export const RESOLUTION_INSPECTION_MACHINE: MachineDefinition = {
  id: machineId(ActType.RESOLUTION, ResolutionKind.INSPECTION),
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.INSPECTION,
  citation: art('5'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.IN_PROGRESS, S.OVERDUE, S.COMPLETED, S.SUSPENDED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  terminal: [S.COMPLETED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.INSPECTION_STARTED, E.INSPECTION_EXTENDED, E.INSPECTION_COMPLETED, E.TERM_MISSED, E.WITHDRAW, E.COMPLAINT_FILED,
    E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
    E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
    E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art('5', '2'), { guards: ['APPLICANT_IDENTIFIED', ...ISSUE_DOCUMENT_GUARDS] }),
    ...rows([S.ISSUED], E.INSPECTION_STARTED, S.IN_PROGRESS, 'AUTHOR', art('5', '4'), {
      effects: [{ type: 'START_DEADLINE', kind: K.INSPECTION_DURATION, from: 'startedAt', firesTermMissed: true }],
    }),
    ...rows([S.IN_PROGRESS], E.INSPECTION_EXTENDED, S.IN_PROGRESS, 'HIGHER_SUPERVISOR', art('5', '4'), {
      effects: [{ type: 'EXTEND_DEADLINE', kind: K.INSPECTION_DURATION }],
      note: "The higher prosecutor's consent is entered by the higher supervisor: the extension is that consent.",
    }),
    ...rows([S.IN_PROGRESS, S.OVERDUE], E.INSPECTION_COMPLETED, S.COMPLETED, 'AUTHOR', art('5', '4'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.INSPECTION_DURATION, at: 'completedAt' }],
    }),
    ...rows([S.IN_PROGRESS], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art('5', '4'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...oversightRows({
      inForce: [S.ISSUED, S.IN_PROGRESS, S.OVERDUE],
      withdrawable: [S.ISSUED, S.IN_PROGRESS, S.OVERDUE],
      suspension: complaintsPerArt8,
    }),
  ],
};
