import { DeadlineKind } from '../../shared';
import { KZ_2709_EDITION_ID } from '../../terms';
import { ActEvent as E } from '../act-event';
import { ActState as S } from '../act-state';
import { ActType } from '../act-type';
import { art } from '../citations';
import { MachineDefinition } from '../machine';
import { ISSUE_DOCUMENT_GUARDS, oversightRows, publicationRows, rows, stays } from './rows';

const considered = [
  [E.OUTCOME_SATISFIED, S.SATISFIED],
  [E.OUTCOME_PARTLY_SATISFIED, S.PARTLY_SATISFIED],
  [E.OUTCOME_REJECTED, S.REJECTED],
] as const;

const meetConsideration = { type: 'MEET_DEADLINE', kind: DeadlineKind.PROTEST_CONSIDERATION, at: 'decidedAt' } as const;

/** PROTEST (art. 19): considered within 10 calendar days of receipt or a longer prosecutor-set term (19.3). */
export const PROTEST_MACHINE: MachineDefinition = {
  id: ActType.PROTEST,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.PROTEST,
  kind: null,
  citation: art('19'),
  initial: S.DRAFT,
  states: [
    S.DRAFT, S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED,
    S.REFERRED_TO_COURT, S.SUSPENDED, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT,
  ],
  terminal: [S.SATISFIED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.DELIVERY_CONFIRMED, E.CONSIDERATION_SCHEDULED, E.CONSIDERATION_RESCHEDULED, E.OUTCOME_SATISFIED,
    E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.TERM_MISSED, E.REFER_TO_COURT, E.PUBLICATION_RECORDED, E.WITHDRAW,
    E.COMPLAINT_FILED, E.SUSPENDED_BY_HIGHER_PROSECUTOR, E.SUSPENDED_BY_COURT, E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
    E.COMPLAINT_DISMISSED_BY_COURT, E.COMPLAINT_UPHELD_BY_COURT, E.CANCELLED_BY_HIGHER_PROSECUTOR,
    E.REVOKED_BY_HIGHER_PROSECUTOR, E.AMENDED_BY_HIGHER_PROSECUTOR,
  ],
  prescribedTermClock: DeadlineKind.PROTEST_CONSIDERATION,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art('19', '1'), {
      guards: ['PRESCRIBED_TERM_WITHIN_BOUNDS', 'APPLICANT_IDENTIFIED', 'PROTEST_DOES_NOT_SUSPEND_LAW', ...ISSUE_DOCUMENT_GUARDS],
      effects: [{ type: 'REQUIRE_PUBLICATION_IF_SUSPENDS_NORMATIVE_ACT' }],
    }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art('19', '3'), {
      effects: [{ type: 'START_DEADLINE', kind: DeadlineKind.PROTEST_CONSIDERATION, from: 'receivedAt', firesTermMissed: true }],
    }),
    // 19.3 obliges the addressee to tell the day of consideration; no clock depends on it.
    ...rows([S.DELIVERED], E.CONSIDERATION_SCHEDULED, S.CONSIDERATION_SCHEDULED, 'ADDRESSEE_REPORT', art('19', '3')),
    ...stays([S.CONSIDERATION_SCHEDULED], E.CONSIDERATION_RESCHEDULED, 'ADDRESSEE_REPORT', art('19', '3')),
    ...considered.flatMap(([event, outcome]) => [
      ...rows([S.DELIVERED], event, outcome, 'ADDRESSEE_REPORT', art('19', '3'), {
        effects: [meetConsideration, { type: 'RECORD_VIOLATION', code: 'CONSIDERATION_NOT_NOTIFIED', citation: art('19', '3') }],
      }),
      ...rows([S.CONSIDERATION_SCHEDULED, S.OVERDUE], event, outcome, 'ADDRESSEE_REPORT', art('19', '3'), { effects: [meetConsideration] }),
    ]),
    ...rows([S.DELIVERED, S.CONSIDERATION_SCHEDULED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art('19', '3'), { guards: ['MISSED_DEADLINE_ENDS_TERM'] }),
    ...rows([S.REJECTED, S.PARTLY_SATISFIED], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art('23', '2'), {
      effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'ACT_REJECTED' }],
    }),
    ...rows([S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art('23', '2'), {
      effects: [{ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'TERM_MISSED' }],
    }),
    ...publicationRows([
      S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.SUSPENDED, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.REFERRED_TO_COURT,
    ]),
    ...oversightRows({
      inForce: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
      withdrawable: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
      suspension: { complaintDoesNotSuspend: art('8', '1'), suspendedUntilDecided: art('8', '2') },
    }),
  ],
};
