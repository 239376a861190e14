import { Citation, DeadlineKind } from '../../../shared';
import { KZ_155_VII_EDITION_ID } from '../../../terms';
import { ActEvent as E } from '../../act-event';
import { ActState as S } from '../../act-state';
import { ActType, ResolutionKind } from '../../act-type';
import { art155 } from '../../citations';
import { MachineDefinition, machineId } from '../../machine';
import { publicationRows, rows } from '../rows';
import { oversightEvents155, oversightRows155, oversightStates155 } from './oversight';

const K = DeadlineKind;
const SILENT_WITHDRAWAL = 'The law is silent on withdrawal by the author; allowed while the act is in force and not executed.';

/**
 * A resolution of 155-VII art. 37.1 (or 26.11) executed within the term the prosecutor sets in it
 * (37.2; 1995's "report immediately" is not in art. 37). An appeal does not suspend it (37.2); the
 * higher prosecutor or a court may (43.2, 43.3). Not executed: its execution is compelled by a
 * resolution of 37.1(11), or the prosecutor applies to court (39.1).
 */
function executedResolution(kind: ResolutionKind, issue: Citation): MachineDefinition {
  const inForce = [S.ISSUED, S.DELIVERED, S.OVERDUE, S.UNDER_COMPULSORY_EXECUTION];
  return {
    id: machineId(ActType.RESOLUTION, kind),
    editionId: KZ_155_VII_EDITION_ID,
    actType: ActType.RESOLUTION,
    kind,
    citation: art155('37'),
    initial: S.DRAFT,
    states: [
      S.DRAFT, S.ISSUED, S.DELIVERED, S.OVERDUE, S.EXECUTED, S.UNDER_COMPULSORY_EXECUTION, S.REFERRED_TO_COURT,
      ...oversightStates155(true, true),
    ],
    terminal: [S.EXECUTED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    events: [
      E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, E.TERM_MISSED, E.COMPULSORY_EXECUTION_ORDERED, E.REFER_TO_COURT,
      E.PUBLICATION_RECORDED, ...oversightEvents155(true, true),
    ],
    prescribedTermClock: K.RESOLUTION_EXECUTION,
    rows: [
      ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', issue, { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PRESCRIBED_TERM_WITHIN_BOUNDS', 'ANONYMOUS_APPLICATION_EXCEPTED'] }),
      ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('37', '2'), {
        effects: [{ type: 'START_DEADLINE', kind: K.RESOLUTION_EXECUTION, from: 'receivedAt', firesTermMissed: true }],
      }),
      ...rows([S.DELIVERED, S.OVERDUE, S.UNDER_COMPULSORY_EXECUTION], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', art155('37', '2'), {
        effects: [{ type: 'MEET_DEADLINE', kind: K.RESOLUTION_EXECUTION, at: 'executedAt' }],
      }),
      ...rows([S.DELIVERED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art155('37', '2'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
      ...rows([S.OVERDUE], E.COMPULSORY_EXECUTION_ORDERED, S.UNDER_COMPULSORY_EXECUTION, 'AUTHOR', art155('37', '1', '11'), {
        effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.RESOLUTION, kind: ResolutionKind.COMPULSORY_EXECUTION, reason: 'NOT_EXECUTED_VOLUNTARILY' }],
      }),
      ...rows([S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art155('39', '1'), {
        effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'TERM_MISSED' }],
      }),
      ...publicationRows([...inForce, S.SUSPENDED, S.EXECUTED, S.REFERRED_TO_COURT], art155('42', '2')),
      ...oversightRows155({ inForce, withdrawal: { states: inForce, citation: null, note: SILENT_WITHDRAWAL }, suspendableFrom: inForce }),
    ],
  };
}

export const RESOLUTION_155_PROCEDURAL_MACHINE = executedResolution(ResolutionKind.PROCEDURAL, art155('37', '1', '1'));
export const RESOLUTION_155_DISCIPLINARY_PROCEEDINGS_MACHINE = executedResolution(ResolutionKind.DISCIPLINARY_PROCEEDINGS, art155('37', '1', '2'));
export const RESOLUTION_155_OPERATIVE_SEARCH_MACHINE = executedResolution(ResolutionKind.OPERATIVE_SEARCH, art155('37', '1', '3'));
export const RESOLUTION_155_OPERATIVE_SEARCH_TERMINATION_MACHINE = executedResolution(ResolutionKind.OPERATIVE_SEARCH_TERMINATION, art155('37', '1', '4'));
export const RESOLUTION_155_ACT_SUSPENSION_MACHINE = executedResolution(ResolutionKind.ACT_SUSPENSION, art155('37', '1', '5'));
export const RESOLUTION_155_RESTRICTIVE_MEASURES_CANCELLATION_MACHINE = executedResolution(ResolutionKind.RESTRICTIVE_MEASURES_CANCELLATION, art155('37', '1', '7'));
export const RESOLUTION_155_PENAL_MEASURES_CANCELLATION_MACHINE = executedResolution(ResolutionKind.PENAL_MEASURES_CANCELLATION, art155('37', '1', '8'));
export const RESOLUTION_155_BAILIFF_ACTS_CANCELLATION_MACHINE = executedResolution(ResolutionKind.BAILIFF_ACTS_CANCELLATION, art155('37', '1', '10'));
/** 37.1(11): compelling the execution of a supervision act — itself executed within the prosecutor's term (37.2); no clock of its own is found. */
export const RESOLUTION_155_COMPULSORY_EXECUTION_MACHINE = executedResolution(ResolutionKind.COMPULSORY_EXECUTION, art155('37', '1', '11'));
export const RESOLUTION_155_OTHER_MACHINE = executedResolution(ResolutionKind.OTHER, art155('37', '1', '12'));

/**
 * 37.1(9): an act or action of an official suspended for at most 3 working days. The prosecutor
 * sets the period (termDays, in working days); it runs from receipt against the prosecutor, who
 * records when the suspension ended — lapsed, lifted, or replaced by another measure. Not recorded
 * by the end of the period: the clock is missed and the prosecutor told (18.5: never exceed the terms).
 */
export const RESOLUTION_155_SHORT_SUSPENSION_MACHINE: MachineDefinition = {
  id: machineId(ActType.RESOLUTION, ResolutionKind.SHORT_SUSPENSION),
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.SHORT_SUSPENSION,
  citation: art155('37', '1', '9'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.COMPLETED, ...oversightStates155(false, true)],
  terminal: [S.COMPLETED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.ISSUE, E.DELIVERY_CONFIRMED, E.SUSPENSION_ENDED, ...oversightEvents155(false, true)],
  prescribedTermClock: K.RESOLUTION_SUSPENSION_PERIOD,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('37', '1', '9'), { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PRESCRIBED_TERM_WITHIN_BOUNDS', 'ANONYMOUS_APPLICATION_EXCEPTED'] }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('37', '1', '9'), {
      effects: [{ type: 'START_DEADLINE', kind: K.RESOLUTION_SUSPENSION_PERIOD, from: 'receivedAt', firesTermMissed: false }],
    }),
    ...rows([S.DELIVERED], E.SUSPENSION_ENDED, S.COMPLETED, 'AUTHOR', art155('37', '1', '9'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.RESOLUTION_SUSPENSION_PERIOD, at: 'completedAt' }],
    }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED],
      withdrawal: { states: [S.ISSUED, S.DELIVERED], citation: null, note: SILENT_WITHDRAWAL },
      suspendableFrom: [],
    }),
  ],
};

/**
 * 37.1(6), 18: an inspection of legality — registered with the legal-statistics body before it
 * starts (18.4), at most 30 working days, extended in exceptional cases by at most 30 more (18.4:
 * the ledger refuses more), suspended for an expert examination, documents from abroad or other
 * obstacles and counted on from the day it resumes (18.4).
 */
export const RESOLUTION_155_INSPECTION_MACHINE: MachineDefinition = {
  id: machineId(ActType.RESOLUTION, ResolutionKind.INSPECTION),
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.INSPECTION,
  citation: art155('18'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.IN_PROGRESS, S.PAUSED, S.OVERDUE, S.COMPLETED, ...oversightStates155(true, true)],
  terminal: [S.COMPLETED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.INSPECTION_STARTED, E.INSPECTION_EXTENDED, E.INSPECTION_SUSPENDED, E.INSPECTION_RESUMED, E.INSPECTION_COMPLETED, E.TERM_MISSED,
    ...oversightEvents155(true, true),
  ],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('37', '1', '6'), { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'ANONYMOUS_APPLICATION_EXCEPTED'] }),
    ...rows([S.ISSUED], E.INSPECTION_STARTED, S.IN_PROGRESS, 'AUTHOR', art155('18', '4'), {
      guards: ['INSPECTION_REGISTERED'],
      effects: [{ type: 'START_DEADLINE', kind: K.INSPECTION_DURATION, from: 'startedAt', firesTermMissed: true }],
    }),
    ...rows([S.IN_PROGRESS], E.INSPECTION_EXTENDED, S.IN_PROGRESS, 'AUTHOR', art155('18', '4'), {
      effects: [{ type: 'EXTEND_DEADLINE', kind: K.INSPECTION_DURATION }],
      note: 'Art. 18.4 names no approver (policy: the office that ordered it enters the extension); at most 30 working days in all.',
    }),
    ...rows([S.IN_PROGRESS], E.INSPECTION_SUSPENDED, S.PAUSED, 'AUTHOR', art155('18', '4'), {
      effects: [
        {
          type: 'PAUSE_DEADLINES',
          except: [K.COMPLAINT_DECISION],
          because: { citation: art155('18', '4'), reason: 'inspection suspended (expert examination, documents from abroad or another obstacle)' },
        },
      ],
    }),
    ...rows([S.PAUSED], E.INSPECTION_RESUMED, S.IN_PROGRESS, 'AUTHOR', art155('18', '4'), {
      effects: [{ type: 'RESUME_DEADLINES' }],
      note: 'The count continues from the day the inspection resumes (18.4).',
    }),
    ...rows([S.IN_PROGRESS, S.PAUSED, S.OVERDUE], E.INSPECTION_COMPLETED, S.COMPLETED, 'AUTHOR', art155('18', '4'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.INSPECTION_DURATION, at: 'completedAt' }],
    }),
    ...rows([S.IN_PROGRESS], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art155('18', '5'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.IN_PROGRESS, S.PAUSED, S.OVERDUE],
      withdrawal: { states: [S.ISSUED, S.IN_PROGRESS, S.PAUSED, S.OVERDUE], citation: null, note: SILENT_WITHDRAWAL },
      // A paused inspection's clock already stands still; the higher prosecutor suspends a running one.
      suspendableFrom: [S.ISSUED, S.IN_PROGRESS, S.OVERDUE],
    }),
  ],
};

/**
 * 26.11–26.14: bringing by force after a failure to appear without good reason — ordered by the
 * heads the law names (and their deputies), executed by the internal affairs bodies (26.12), never
 * at night (26.13), never against the persons of 26.14. The 1995 24-hour clock is not in this law.
 */
export const RESOLUTION_155_BRING_BY_FORCE_MACHINE: MachineDefinition = {
  id: machineId(ActType.RESOLUTION, ResolutionKind.BRING_BY_FORCE),
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.RESOLUTION,
  kind: ResolutionKind.BRING_BY_FORCE,
  citation: art155('26'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.EXECUTED, ...oversightStates155(false, true)],
  terminal: [S.EXECUTED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, ...oversightEvents155(false, true)],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'HEAD_OF_OFFICE', art155('26', '11'), { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PERSON_FAILED_TO_APPEAR', 'PERSON_NOT_EXEMPT_FROM_FORCE'] }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('26', '12')),
    ...rows([S.DELIVERED], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', art155('26', '12'), { guards: ['NOT_AT_NIGHT'] }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED],
      withdrawal: { states: [S.ISSUED, S.DELIVERED], citation: null, note: SILENT_WITHDRAWAL },
      suspendableFrom: [],
    }),
  ],
};
