import { DeadlineKind } from '../../../shared';
import { KZ_155_VII_EDITION_ID } from '../../../terms';
import { ActEvent as E } from '../../act-event';
import { ActState as S } from '../../act-state';
import { ActType } from '../../act-type';
import { art155 } from '../../citations';
import { EffectSpec } from '../../effect';
import { MachineDefinition } from '../../machine';
import { publicationRows, rows, stays } from '../rows';
import { oversightEvents155, oversightRows155, oversightStates155 } from './oversight';

const K = DeadlineKind;

const outcomes = [
  [E.OUTCOME_SATISFIED, S.SATISFIED],
  [E.OUTCOME_PARTLY_SATISFIED, S.PARTLY_SATISFIED],
  [E.OUTCOME_REJECTED, S.REJECTED],
] as const;

/** 39.2: a supervision act rejected or left unconsidered → the prosecutor applies to court: the application is opened as a task. */
const courtTask = (reason: 'ACT_REJECTED' | 'TERM_MISSED'): EffectSpec => ({ type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason });

/** 42.2: an act against unlawful decisions may be published in the mass media. */
const PUBLICATION = art155('42', '2');

/**
 * PROTEST (155-VII art. 33): considered within 10 calendar days, or another term the prosecutor
 * sets — never under 3 working days (33.3, a floor on the date: terms/); the result reported at
 * once in writing (33.3, a policy clock); withdrawn before consideration by its author or the
 * higher prosecutor (33.3); never against legislative acts or acts of the President, the
 * Administration, the Constitutional Court, the Supreme Audit Chamber (33.6); the protested act
 * suspended only by the heads 33.5 names; rejected or left unconsidered → a court application is
 * opened as a task (39.2).
 */
export const PROTEST_155_MACHINE: MachineDefinition = {
  id: ActType.PROTEST,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.PROTEST,
  kind: null,
  citation: art155('33'),
  initial: S.DRAFT,
  states: [
    S.DRAFT, S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED,
    S.REFERRED_TO_COURT, ...oversightStates155(true, true),
  ],
  terminal: [S.SATISFIED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.DELIVERY_CONFIRMED, E.CONSIDERATION_SCHEDULED, E.CONSIDERATION_RESCHEDULED, E.OUTCOME_SATISFIED,
    E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.TERM_MISSED, E.REFER_TO_COURT, E.PUBLICATION_RECORDED,
    ...oversightEvents155(true, true),
  ],
  prescribedTermClock: K.PROTEST_CONSIDERATION,
  // 33.3: "Протест до его рассмотрения может быть отозван" — after consideration it cannot be.
  eventCitations: { [E.WITHDRAW]: art155('33', '3'), [E.REVOKED_BY_HIGHER_PROSECUTOR]: art155('33', '3') },
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('33', '1'), {
      guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PRESCRIBED_TERM_WITHIN_BOUNDS', 'ANONYMOUS_APPLICATION_EXCEPTED', 'PROTEST_TARGET_PROTESTABLE', 'PROTEST_SUSPENSION_BY_HEAD'],
    }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('33', '3'), {
      effects: [{ type: 'START_DEADLINE', kind: K.PROTEST_CONSIDERATION, from: 'receivedAt', firesTermMissed: true }],
    }),
    // 33.3: the addressee tells the prosecutor the time and place; no lead time is set and no clock depends on it.
    ...rows([S.DELIVERED], E.CONSIDERATION_SCHEDULED, S.CONSIDERATION_SCHEDULED, 'ADDRESSEE_REPORT', art155('33', '3')),
    ...stays([S.CONSIDERATION_SCHEDULED], E.CONSIDERATION_RESCHEDULED, 'ADDRESSEE_REPORT', art155('33', '3')),
    ...outcomes.flatMap(([event, outcome]) => {
      const decided: EffectSpec[] = [
        { type: 'MEET_DEADLINE', kind: K.PROTEST_CONSIDERATION, at: 'decidedAt' },
        // 33.3: the result is reported "immediately, in writing": counted from the decision, met by the report.
        { type: 'START_DEADLINE', kind: K.PROTEST_RESULT_REPORT, from: 'decidedAt', firesTermMissed: false },
        { type: 'MEET_DEADLINE', kind: K.PROTEST_RESULT_REPORT, at: 'reportedAt' },
      ];
      const onTime = outcome === S.REJECTED ? [...decided, courtTask('ACT_REJECTED')] : decided;
      return [
        ...rows([S.DELIVERED], event, outcome, 'ADDRESSEE_REPORT', art155('33', '3'), {
          effects: [...onTime, { type: 'RECORD_VIOLATION', code: 'CONSIDERATION_NOT_NOTIFIED', citation: art155('33', '3') }],
        }),
        ...rows([S.CONSIDERATION_SCHEDULED], event, outcome, 'ADDRESSEE_REPORT', art155('33', '3'), { effects: onTime }),
        // Considered late: the court application was opened when the term ran out (39.2).
        ...rows([S.OVERDUE], event, outcome, 'ADDRESSEE_REPORT', art155('33', '3'), { effects: decided }),
      ];
    }),
    ...rows([S.DELIVERED, S.CONSIDERATION_SCHEDULED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art155('33', '3'), {
      guards: ['MISSED_DEADLINE_ENDS_TERM'],
      effects: [courtTask('TERM_MISSED')],
    }),
    ...rows([S.REJECTED, S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art155('39', '2'), {
      note: 'The court application was opened as a task when the protest was rejected or its term ran out; this records that the prosecutor applied.',
    }),
    ...rows([S.PARTLY_SATISFIED], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art155('39', '2'), {
      effects: [courtTask('ACT_REJECTED')],
      note: 'Partly satisfied is partly rejected: whether to go to court for the rest is the prosecutor\'s decision.',
    }),
    ...publicationRows(
      [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.SUSPENDED, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.REFERRED_TO_COURT],
      PUBLICATION,
    ),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
      withdrawal: {
        states: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
        citation: art155('33', '3'),
        note: 'Before it is considered, by the prosecutor who brought it (33.3).',
      },
      higherWithdrawal: { states: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.SUSPENDED], citation: art155('33', '3') },
      suspendableFrom: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
    }),
  ],
};

const considerationHeld: readonly EffectSpec[] = [
  { type: 'MEET_DEADLINE', kind: K.SUBMISSION_CONSIDERATION, at: 'consideredAt' },
  { type: 'START_DEADLINE', kind: K.SUBMISSION_RESULT_REPORT, from: 'consideredAt', firesTermMissed: false },
];

/**
 * SUBMISSION (155-VII art. 36): considered, with measures taken, within 30 calendar days; a term
 * the prosecutor sets only on the urgency ground (36.2); the time and place notified not later
 * than 3 working days before the consideration (counted back over working days: a notice that
 * comes later is recorded late, its clock MISSED); results reported within 3 working days of it
 * (36.2). Rejected or left unconsidered → a court application is opened as a task (39.2).
 */
export const SUBMISSION_155_MACHINE: MachineDefinition = {
  id: ActType.SUBMISSION,
  editionId: KZ_155_VII_EDITION_ID,
  actType: ActType.SUBMISSION,
  kind: null,
  citation: art155('36'),
  initial: S.DRAFT,
  states: [
    S.DRAFT, S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED, S.SATISFIED, S.PARTLY_SATISFIED,
    S.REJECTED, S.REFERRED_TO_COURT, ...oversightStates155(true, true),
  ],
  terminal: [S.SATISFIED, S.REFERRED_TO_COURT, S.WITHDRAWN, S.CANCELLED, S.REVOKED, S.ANNULLED_BY_COURT],
  events: [
    E.ISSUE, E.DELIVERY_CONFIRMED, E.CONSIDERATION_SCHEDULED, E.CONSIDERATION_RESCHEDULED, E.CONSIDERATION_HELD,
    E.OUTCOME_SATISFIED, E.OUTCOME_PARTLY_SATISFIED, E.OUTCOME_REJECTED, E.TERM_MISSED, E.REFER_TO_COURT,
    E.PUBLICATION_RECORDED, ...oversightEvents155(true, true),
  ],
  prescribedTermClock: K.SUBMISSION_CONSIDERATION,
  rows: [
    ...rows([S.DRAFT], E.ISSUE, S.ISSUED, 'AUTHOR', art155('36', '1'), {
      guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED', 'PRESCRIBED_TERM_WITHIN_BOUNDS', 'ANONYMOUS_APPLICATION_EXCEPTED', 'SUBMISSION_TERM_ONLY_WHEN_URGENT'],
    }),
    ...rows([S.ISSUED], E.DELIVERY_CONFIRMED, S.DELIVERED, 'ADDRESSEE_REPORT', art155('36', '2'), {
      effects: [{ type: 'START_DEADLINE', kind: K.SUBMISSION_CONSIDERATION, from: 'receivedAt', firesTermMissed: true }],
    }),
    ...rows([S.DELIVERED], E.CONSIDERATION_SCHEDULED, S.CONSIDERATION_SCHEDULED, 'ADDRESSEE_REPORT', art155('36', '2'), {
      effects: [
        { type: 'START_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, from: 'meetingAt', firesTermMissed: false },
        { type: 'MEET_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, at: 'notifiedAt' },
      ],
    }),
    ...stays([S.CONSIDERATION_SCHEDULED], E.CONSIDERATION_RESCHEDULED, 'ADDRESSEE_REPORT', art155('36', '2'), {
      effects: [
        { type: 'RECOMPUTE_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, from: 'meetingAt' },
        { type: 'MEET_DEADLINE', kind: K.SUBMISSION_MEETING_NOTICE, at: 'notifiedAt' },
      ],
    }),
    ...rows([S.DELIVERED], E.CONSIDERATION_HELD, S.CONSIDERED, 'ADDRESSEE_REPORT', art155('36', '2'), {
      effects: [...considerationHeld, { type: 'RECORD_VIOLATION', code: 'CONSIDERATION_NOT_NOTIFIED', citation: art155('36', '2') }],
    }),
    ...rows([S.CONSIDERATION_SCHEDULED, S.OVERDUE], E.CONSIDERATION_HELD, S.CONSIDERED, 'ADDRESSEE_REPORT', art155('36', '2'), {
      effects: considerationHeld,
    }),
    ...outcomes.flatMap(([event, outcome]) =>
      rows([S.CONSIDERED], event, outcome, 'ADDRESSEE_REPORT', art155('36', '2'), {
        effects: [
          { type: 'MEET_DEADLINE', kind: K.SUBMISSION_RESULT_REPORT, at: 'reportedAt' },
          ...(outcome === S.REJECTED ? [courtTask('ACT_REJECTED')] : []),
        ],
      }),
    ),
    ...rows([S.DELIVERED, S.CONSIDERATION_SCHEDULED], E.TERM_MISSED, S.OVERDUE, 'SYSTEM', art155('36', '2'), {
      guards: ['MISSED_DEADLINE_ENDS_TERM'],
      effects: [courtTask('TERM_MISSED')],
    }),
    ...rows([S.REJECTED, S.OVERDUE], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art155('39', '2'), {
      note: 'The court application was opened as a task when the submission was rejected or its term ran out; this records that the prosecutor applied.',
    }),
    ...rows([S.PARTLY_SATISFIED], E.REFER_TO_COURT, S.REFERRED_TO_COURT, 'AUTHOR', art155('39', '2'), {
      effects: [courtTask('ACT_REJECTED')],
      note: 'Partly satisfied is partly rejected: whether to go to court for the rest is the prosecutor\'s decision.',
    }),
    ...publicationRows(
      [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED, S.SUSPENDED, S.SATISFIED, S.PARTLY_SATISFIED, S.REJECTED, S.REFERRED_TO_COURT],
      PUBLICATION,
    ),
    ...oversightRows155({
      inForce: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED],
      withdrawal: {
        states: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE],
        citation: null,
        note: 'The law is silent on withdrawal by the author; allowed until the addressee has considered it.',
      },
      suspendableFrom: [S.ISSUED, S.DELIVERED, S.CONSIDERATION_SCHEDULED, S.OVERDUE, S.CONSIDERED],
    }),
  ],
};
