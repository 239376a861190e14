import { Citation, DeadlineKind } from '../../shared';
import { KZ_2709_EDITION_ID } from '../../terms';
import { ActEvent as E } from '../act-event';
import { ActState as S } from '../act-state';
import { ActType } from '../act-type';
import { art } from '../citations';
import { MachineDefinition } from '../machine';
import { ISSUE_DOCUMENT_GUARDS, oversightRows, rows, stays } from './rows';

const K = DeadlineKind;

/**
 * SANCTION (art. 21): the request arrives with its materials and the prosecutor grants or refuses
 * within 24 hours (21.2) — a clock against the prosecutor. A granted sanction stays open to
 * complaint and to the higher prosecutor (8, 16.1(4)); nothing is suspended here, because the
 * sanctioned action is carried out under procedural law, not on a clock of this law.
 */
export const SANCTION_MACHINE: MachineDefinition = {
  id: ActType.SANCTION,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.SANCTION,
  kind: null,
  citation: art('21'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.UNDER_REVIEW, S.OVERDUE, S.GRANTED, S.REFUSED, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  terminal: [S.REFUSED, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.SANCTION_REQUESTED, E.SANCTION_GRANTED, E.SANCTION_REFUSED, E.TERM_MISSED, E.COMPLAINT_FILED,
    E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT,
    E.CANCELLED_BY_HIGHER_PROSECUTOR, E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: null,
  rows: [
    // The request is registered with its text; the sanction itself is signed when granted (21.2).
    ...rows([S.DRAFT], E.SANCTION_REQUESTED, S.UNDER_REVIEW, 'ADDRESSEE_REPORT', art('21', '2'), {
      guards: ['ACT_TEXT_COMPLETE'],
      effects: [{ type: 'START_DEADLINE', kind: K.SANCTION_DECISION, from: 'receivedAt', firesTermMissed: true }],
    }),
    ...rows([S.UNDER_REVIEW, S.OVERDUE], E.SANCTION_GRANTED, S.GRANTED, 'AUTHOR', art('21', '2'), {
      guards: ['ELECTRONIC_SIGNATURE_PERMITTED'],
      effects: [{ type: 'MEET_DEADLINE', kind: K.SANCTION_DECISION, at: 'decidedAt' }],
    }),
    ...rows([S.UNDER_REVIEW, S.OVERDUE], E.SANCTION_REFUSED, S.REFUSED, 'AUTHOR', art('21', '2'), {
      effects: [{ type: 'MEET_DEADLINE', kind: K.SANCTION_DECISION, at: 'decidedAt' }],
    }),
    ...rows([S.UNDER_REVIEW], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art('21', '2'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...oversightRows({ inForce: [S.GRANTED], withdrawable: [], suspension: null }),
  ],
};

/**
 * COURT_APPLICATION (art. 23): filed with the court — often opened from a rejected or unconsidered
 * act (23.2) — and decided by the court under procedural law, which also sets its terms (23.3), so
 * no clock of this law runs. Outcomes are the court's, entered by the prosecutor's office.
 */
export const COURT_APPLICATION_MACHINE: MachineDefinition = {
  id: ActType.COURT_APPLICATION,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.COURT_APPLICATION,
  kind: null,
  citation: art('23'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.FILED, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.WITHDRAWN],
  terminal: [S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.WITHDRAWN],
  events: [E.FILED_WITH_COURT, E.OUTCOME_SATISFIED, E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.WITHDRAW],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.FILED_WITH_COURT, S.FILED, 'AUTHOR', art('23', '1'), { guards: ['APPLICANT_IDENTIFIED', ...ISSUE_DOCUMENT_GUARDS] }),
    ...rows([S.FILED], E.OUTCOME_SATISFIED, S.SATISFIED, 'COURT_OUTCOME', art('23', '3')),
    ...rows([S.FILED], E.OUTCOME_PARTLY_SATISFIED, S.PARTLY_SATISFIED, 'COURT_OUTCOME', art('23', '3')),
    ...rows([S.FILED], E.OUTCOME_REJECTED, S.REJECTED, 'COURT_OUTCOME', art('23', '3')),
    ...rows([S.FILED], E.WITHDRAW, S.WITHDRAWN, 'AUTHOR', null, {
      note: 'Withdrawing a claim is governed by procedural law, not by Law No. 2709.',
    }),
  ],
};

interface NoticeOptions {
  readonly actType: ActType.WARNING | ActType.EXPLANATION;
  readonly citation: Citation;
}

/**
 * Acts with nothing to execute and no clock: a WARNING (25-1) and an EXPLANATION of the law (26)
 * are issued and delivered; the record of delivery is all that follows, besides complaints and the
 * higher prosecutor. Without a clock there is nothing to suspend.
 */
function noticeMachine({ actType, citation }: NoticeOptions): MachineDefinition {
  return {
    id: actType,
    editionId: KZ_2709_EDITION_ID,
    actType,
    kind: null,
    citation,
    initial: S.DRAFT,
    states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    terminal: [S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
    events: [
      E.ISSUE, E.DELIVERY_CONFIRMED, E.WITHDRAW, E.COMPLAINT_FILED, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
      E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
      E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
    ],
    prescribedTermClock: null,
    rows: [
      ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', citation, { guards: ['APPLICANT_IDENTIFIED', ...ISSUE_DOCUMENT_GUARDS] }),
      ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', citation),
      ...oversightRows({ inForce: [S.ISSUED, S.DELIVERED], withdrawable: [S.ISSUED], suspension: null }),
    ],
  };
}

export const WARNING_MACHINE = noticeMachine({ actType: ActType.WARNING, citation: art('25-1') });

export const EXPLANATION_MACHINE = noticeMachine({ actType: ActType.EXPLANATION, citation: art('26') });

/** APPEAL (25-2): made public through mass media or otherwise; the record of publication is its life. */
export const APPEAL_MACHINE: MachineDefinition = {
  id: ActType.APPEAL,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.APPEAL,
  kind: null,
  citation: art('25-2'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.PUBLISHED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  terminal: [S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.PUBLICATION_RECORDED, E.WITHDRAW, E.COMPLAINT_FILED, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
    E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
    E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: null,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art('25-2'), { guards: ISSUE_DOCUMENT_GUARDS }),
    ...rows([S.ISSUED], E.PUBLICATION_RECORDED, S.PUBLISHED, 'AUTHOR', art('25-2'), { effects: [{ type: 'RECORD_PUBLICATION' }] }),
    ...stays([S.PUBLISHED], E.PUBLICATION_RECORDED, 'AUTHOR', art('25-2'), { effects: [{ type: 'RECORD_PUBLICATION' }] }),
    ...oversightRows({ inForce: [S.ISSUED, S.PUBLISHED], withdrawable: [S.ISSUED], suspension: null }),
  ],
};
