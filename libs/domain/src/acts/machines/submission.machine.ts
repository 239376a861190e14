import { DeadlineKind } from '../../shared';
import { KZ_2709_EDITION_ID } from '../../terms';
import { ActEvent as E } from '../act-event';
import { ActState as S } from '../act-state';
import { ActType } from '../act-type';
import { art } from '../citations';
import { EffectSpec } from '../effect';
import { MachineDefinition } from '../machine';
import { ISSUE_DOCUMENT_GUARDS, oversightRows, publicationRows, rows, stays } from './rows';

const K = DeadlineKind;

const reported = [
  [E.OUTCOME_SATISFIED, S.SATISFIED],
  [E.OUTCOME_PARTLY_SATISFIED, S.PARTLY_SATISFIED],
  [E.OUTCOME_REJECTED, S.REJECTED],
] as const;

const considerationHeld: readonly EffectSpec[] = [
  { type: 'MEET_DEADLINE', kind: K.SUBMISSION_CONSIDERATION, at: 'consideredAt' },
  { type: 'START_DEADLINE', kind: K.SUBMISSION_RESULT_REPORT, from: 'consideredAt', firesTermMissed: false },
];

/**
 * SUBMISSION (art. 25): considered within the prosecutor's term, at most 30 calendar days; the
 * place and time notified at least 3 calendar days ahead; results reported within 3 working days
 * of consideration (25.2). The notice clock is counted back from the meeting, so it starts when
 * the meeting is fixed, is met by that very notice, and is recomputed when the meeting moves.
 */
export const SUBMISSION_MACHINE: MachineDefinition = {
  id: ActType.SUBMISSION,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.SUBMISSION,
  kind: null,
  citation: art('25'),
  initial: S.DRAFT,
  states: [
    S.DRAFT, S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED, S.SATISFIED, S.PARTLY_SATISFIED,
    S.REJECTED, S.REFERRED_TO_COURT, S.SUSPENDED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT,
  ],
  terminal: [S.SATISFIED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.DELIVERY_CONFIRMED, E.CONSIDERATION_SCHEDULED, E.CONSIDERATION_RESCHEDULED, E.CONSIDERATION_HELD,
    E.OUTCOME_SATISFIED, E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.TERM_MISSED, E.REFER_TO_COURT,
    E.PUBLICATION_RECORDED, E.WITHDRAW, E.COMPLAINT_FILED, E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT,
    E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT,
    E.CANCELLED_BY_HIGHER_PROSECUTOR, E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: K.SUBMISSION_CONSIDERATION,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art('25', '1'), { guards: ['PRESCRIBED_TERM_WITHIN_BOUNDS', 'APPLICANT_IDENTIFIED', ...ISSUE_DOCUMENT_GUARDS] }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art('25', '2'), {
      effects: [{ type: 'START_DEADLINE', kind: K.SUBMISSION_CONSIDERATION, from: 'receivedAt', firesTermMissed: true }],
    }),
    ...rows([S.DELIVERED], E.CONSIDERATION_SCHEDULED, S.CONSIDERATION_SCHEDULED, 'ADDRESSEE_REPORT', art('25', '2'), {
      effects: [
        { type: 'START_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, from: 'meetingAt', firesTermMissed: false },
        { type: 'MEET_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, at: 'notifiedAt' },
        { type: 'CHECK_MEETING_NOTICE' },
      ],
    }),
    ...stays([S.CONSIDERATION_SCHEDULED], E.CONSIDERATION_RESCHEDULED, 'ADDRESSEE_REPORT', art('25', '2'), {
      effects: [
        { type: 'RECOMPUTE_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, from: 'meetingAt' },
        { type: 'MEET_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, at: 'notifiedAt' },
        { type: 'CHECK_MEETING_NOTICE' },
      ],
    }),
    ...rows([S.DELIVERED], E.CONSIDERATION_HELD, S.CONSIDERED, 'ADDRESSEE_REPORT', art('25', '2'), {
      effects: [...considerationHeld, { type: 'RECORD_VIOLATION', code: 'CONSIDERATION_NOT_NOTIFIED', citation: art('25', '2') }],
    }),
    ...rows([S.CONSIDERATION_SCHEDULED, S.OVERDUE], E.CONSIDERATION_HELD, S.CONSIDERED, 'ADDRESSEE_REPORT', art('25', '2'), {
      effects: considerationHeld,
    }),
    ...reported.flatMap(([event, outcome]) =>
      rows([S.CONSIDERED], event, outcome, 'ADDRESSEE_REPORT', art('25', '2'), {
        effects: [{ type: 'MEET_DEADLINE', kind: K.SUBMISSION_RESULT_REPORT, at: 'reportedAt' }],
      }),
    ),
    ...rows([S.DELIVERED, S.CONSIDERATION_SCHEDULED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art('25', '2'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...rows([S.REJECTED, S.PARTLY_SATISFIED], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art('23', '2'), {
      effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'ACT_REJECTED' }],
    }),
    ...rows([S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art('23', '2'), {
      effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'TERM_MISSED' }],
    }),
    ...publicationRows([
      S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED, S.SUSPENDED, S.SATISFIED, S.PARTLY_SATISFIED,
      S.REJECTED, S.REFERRED_TO_COURT,
    ]),
    ...oversightRows({
      inForce: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED],
      withdrawable: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
      suspension: { complaintDoesNotSuspend: art('8', '1'), suspendedUntilDecided: art('8', '2') },
    }),
  ],
};
