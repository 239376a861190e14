import { Citation, DeadlineKind } from '../../../shared';
import { KZ_155_VII_EDITION_ID } from '../../../terms';
import { ActEvent as E } from '../../act-event';
import { ActState as S } from '../../act-state';
import { ActType } from '../../act-type';
import { art155 } from '../../citations';
import { MachineDefinition } from '../../machine';
import { rows, stays } from '../rows';
import { oversightEvents155, oversightRows155, oversightStates155 } from './oversight';

const K = DeadlineKind;

/**
 * SANCTION (155-VII art. 34): granted or refused by the prosecutor's resolution note on the
 * requesting official's decree (34.2). This law sets no clock (the 1995 24 hours are gone); a
 * refusal states its reasons (34.2); no electronic signature for operative-search or
 * counter-intelligence measures or covert investigative actions obtaining protected secrets (34.3).
 */
export const SANCTION_155_MACHINE: MachineDefinition = {
  id: ActType.SANCTION,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.SANCTION,
  kind: null,
  citation: art155('34'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.UNDER_REVIEW, S.GRANTED, S.REFUSED, ...oversightStates155(false, false)],
  terminal: [S.REFUSED, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.SANCTION_REQUESTED, E.SANCTION_GRANTED, E.SANCTION_REFUSED, ...oversightEvents155(false, false)],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.SANCTION_REQUESTED, S.UNDER_REVIEW, 'ADDRESSEE_REPORT', art155('34', '2'), {
      guards: ['ACT_TEXT_COMPLETE'],
      note: 'No clock: Law No. 155-VII sets no term for the decision (any term of the Criminal Procedure Code is not modelled).',
    }),
    ...rows([S.UNDER_REVIEW], E.SANCTION_GRANTED, S.GRANTED, 'AUTHOR', art155('34', '2'), { guards: ['SECRET_MEASURE_NOT_SIGNED_ELECTRONICALLY'] }),
    ...rows([S.UNDER_REVIEW], E.SANCTION_REFUSED, S.REFUSED, 'AUTHOR', art155('34', '2'), { guards: ['SANCTION_REFUSAL_REASONED'] }),
    ...oversightRows155({ inForce: [S.GRANTED], withdrawal: { states: [], citation: null, note: '' }, suspendableFrom: [] }),
  ],
};

/** INSTRUCTION (155-VII art. 35): written, on a matter of 35.1, binding within competence (35.2); its term, if the prosecutor sets one, binds. */
export const INSTRUCTION_155_MACHINE: MachineDefinition = {
  id: ActType.INSTRUCTION,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.INSTRUCTION,
  kind: null,
  citation: art155('35'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.OVERDUE, S.EXECUTED, ...oversightStates155(true, true)],
  terminal: [S.EXECUTED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.ISSUE, E.DELIVERY_CONFIRMED, E.EXECUTION_REPORTED, E.TERM_MISSED, ...oversightEvents155(true, true)],
  prescribedTermClock: K.INSTRUCTION_EXECUTION,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('35', '1'), {
      guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PRESCRIBED_TERM_WITHIN_BOUNDS', 'ANONYMOUS_APPLICATION_EXCEPTED', 'INSTRUCTION_SUBJECT_STATED'],
    }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('35', '2'), {
      effects: [{ type: 'START_DEADLINE', kind: K.INSTRUCTION_EXECUTION, from: 'receivedAt', firesTermMissed: true }],
    }),
    ...rows([S.DELIVERED, S.OVERDUE], E.EXECUTION_REPORTED, S.EXECUTED, 'ADDRESSEE_REPORT', art155('35', '2'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.INSTRUCTION_EXECUTION, at: 'executedAt' }],
    }),
    ...rows([S.DELIVERED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art155('35', '2'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED, S.OVERDUE],
      withdrawal: { states: [S.ISSUED, S.DELIVERED, S.OVERDUE], citation: null, note: 'The law is silent on withdrawal by the author.' },
      suspendableFrom: [S.ISSUED, S.DELIVERED, S.OVERDUE],
    }),
  ],
};

interface CourtActOptions {
  readonly actType: ActType.COURT_APPLICATION | ActType.PETITION;
  readonly citation: Citation;
  readonly filing: Citation;
  readonly note: string;
}

/**
 * Acts lodged with a court under procedural law, which sets their terms: an application (claim)
 * to court (39) — also opened as a task when a supervision act is rejected or left unconsidered
 * (39.2) — and a petition to review a court act not yet in force (38). A task may be dropped while
 * still a draft (the act was satisfied after all).
 */
function courtActMachine({ actType, citation, filing, note }: CourtActOptions): MachineDefinition {
  return {
    id: actType,
    editionId: KZ_155_VII_EDITION_ID,
    actType,
    kind: null,
    citation,
    initial: S.DRAFT,
    states: [S.DRAFT, S.FILED, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.WITHDRAWN],
    terminal: [S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.WITHDRAWN],
    events: [E.FILED_WITH_COURT, E.OUTCOME_SATISFIED, E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.WITHDRAW],
    prescribedTermClock: null,
    rows: [
      ...rows([S.DRAFT], E.FILED_WITH_COURT, S.FILED, 'AUTHOR', filing, { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'ANONYMOUS_APPLICATION_EXCEPTED'] }),
      ...rows([S.FILED], E.OUTCOME_SATISFIED, S.SATISFIED, 'COURT_OUTCOME', citation),
      ...rows([S.FILED], E.OUTCOME_PARTLY_SATISFIED, S.PARTLY_SATISFIED, 'COURT_OUTCOME', citation),
      ...rows([S.FILED], E.OUTCOME_REJECTED, S.REJECTED, 'COURT_OUTCOME', citation),
      ...rows([S.DRAFT], E.WITHDRAW, S.WITHDRAWN, 'AUTHOR', null, { note: 'A draft (a task opened by 39.2) the prosecutor drops: the act it answered was satisfied after all, or nothing is left to claim.' }),
      ...rows([S.FILED], E.WITHDRAW, S.WITHDRAWN, 'AUTHOR', null, { note }),
    ],
  };
}

export const COURT_APPLICATION_155_MACHINE = courtActMachine({
  actType: ActType.COURT_APPLICATION,
  citation: art155('39'),
  filing: art155('39', '1'),
  note: 'Withdrawing a claim is governed by procedural law, not by Law No. 155-VII.',
});

export const PETITION_155_MACHINE = courtActMachine({
  actType: ActType.PETITION,
  citation: art155('38'),
  filing: art155('38'),
  note: 'Withdrawing a petition is governed by procedural law (38).',
});

/**
 * APPEAL (155-VII art. 40): issued only by the Prosecutor General, his deputies and the heads of
 * prosecutor's offices (a supervisor of the office: the system does not tell a head from a deputy),
 * disseminated through the mass media or another public means.
 */
export const APPEAL_155_MACHINE: MachineDefinition = {
  id: ActType.APPEAL,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.APPEAL,
  kind: null,
  citation: art155('40'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.PUBLISHED, ...oversightStates155(false, true)],
  terminal: [S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.ISSUE, E.PUBLICATION_RECORDED, ...oversightEvents155(false, true)],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'HEAD_OF_OFFICE', art155('40'), { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED'] }),
    ...rows([S.ISSUED], E.PUBLICATION_RECORDED, S.PUBLISHED, 'AUTHOR', art155('40'), { effects: [{ type: 'RECORD_PUBLICATION' }] }),
    ...stays([S.PUBLISHED], E.PUBLICATION_RECORDED, 'AUTHOR', art155('40'), { effects: [{ type: 'RECORD_PUBLICATION' }] }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.PUBLISHED],
      withdrawal: { states: [S.ISSUED], citation: null, note: 'The law is silent; allowed until the appeal is made public.' },
      suspendableFrom: [],
    }),
  ],
};

/**
 * INADMISSIBILITY_EXPLANATION (155-VII art. 41): the prosecutor explains, in writing or orally, to
 * a natural person or a legal person's representative that breaking the law is inadmissible and
 * warns of liability. No clock; DELIVERY_CONFIRMED is the record of who was told, when (receivedAt)
 * and by whom (the prosecutor entering it).
 */
export const INADMISSIBILITY_EXPLANATION_155_MACHINE: MachineDefinition = {
  id: ActType.INADMISSIBILITY_EXPLANATION,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.INADMISSIBILITY_EXPLANATION,
  kind: null,
  citation: art155('41'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, ...oversightStates155(false, true)],
  terminal: [S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [E.ISSUE, E.DELIVERY_CONFIRMED, ...oversightEvents155(false, true)],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('41'), { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'ANONYMOUS_APPLICATION_EXCEPTED'] }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('41'), {
      note: 'Handed over in writing, or explained orally: the record of who was told, when and by whom.',
    }),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED],
      withdrawal: { states: [S.ISSUED], citation: null, note: 'The law is silent; allowed until it is delivered.' },
      suspendableFrom: [],
    }),
  ],
};
