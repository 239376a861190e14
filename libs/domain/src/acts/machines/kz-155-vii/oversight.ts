import { Citation, DeadlineKind } from '../../../shared';
import { ActEvent } from '../../act-event';
import { ActState } from '../../act-state';
import { art155 } from '../../citations';
import { EffectSpec } from '../../effect';
import { PRIOR_STATE, TransitionRow } from '../../machine';
import { rows, stays } from '../rows';

export interface Oversight155Options {
  /** States in which the act is in force: complaints, and the higher prosecutor's cancel, withdraw, amend. */
  readonly inForce: readonly ActState[];
  /** States the author may withdraw the act from, and the article allowing it (null: the statute is silent). */
  readonly withdrawal: { readonly states: readonly ActState[]; readonly citation: Citation | null; readonly note: string };
  /** States the higher prosecutor may withdraw (отозвать) it from, with the article; default every state it is in force in (43.3). */
  readonly higherWithdrawal?: { readonly states: readonly ActState[]; readonly citation: Citation };
  /** States the higher prosecutor or a court may suspend it from (43.2, 43.3); none for acts with nothing to execute. */
  readonly suspendableFrom: readonly ActState[];
}

const K = DeadlineKind;
/** The higher prosecutor's 20 working days on a complaint (25.1) run whatever the act does. */
const PAUSE: EffectSpec = { type: 'PAUSE_DEADLINES', except: [K.COMPLAINT_DECISION] };
/** A decision of the higher prosecutor on the act answers a pending complaint in time or late (25.1). */
const DECIDES_COMPLAINT: EffectSpec = { type: 'MEET_DEADLINE', kind: K.COMPLAINT_DECISION, at: 'decidedAt' };
/** The act's life ends: no clock of it runs any more, a pending complaint is moot. */
const ENDS: readonly EffectSpec[] = [{ type: 'CANCEL_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'ACT_ENDED' }];
/** The higher prosecutor ends it: that decision also answers a pending complaint. */
const HIGHER_ENDS: readonly EffectSpec[] = [DECIDES_COMPLAINT, ...ENDS];

/**
 * Rows every act of Law No. 155-VII shares once in force: appeals to the higher prosecutor or a
 * court, which do not suspend (43.1, 43.2), the pre-trial complaint with its 3-month filing window
 * and the higher prosecutor's 20 working days (25.1), the higher prosecutor's power to cancel,
 * withdraw, suspend or amend on a complaint or on his own initiative (43.3), a court's suspension
 * pending a complaint (43.2), and withdrawal by the author where the law allows it.
 */
export function oversightRows155({ inForce, withdrawal, higherWithdrawal, suspendableFrom }: Oversight155Options): TransitionRow[] {
  const suspendable = suspendableFrom.length > 0;
  const live = suspendable ? [...inForce, ActState.SUSPENDED] : [...inForce];
  const withdrawable = higherWithdrawal ?? { states: live, citation: art155('43', '3') };
  return [
    ...rows(
      [...withdrawal.states, ...(suspendable && withdrawal.states.length > 0 ? [ActState.SUSPENDED] : [])],
      ActEvent.WITHDRAW,
      ActState.WITHDRAWN,
      'AUTHOR',
      withdrawal.citation,
      { effects: ENDS, note: withdrawal.note },
    ),
    ...rows(live, ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR, ActState.CANCELLED, 'HIGHER_SUPERVISOR', art155('43', '3'), { effects: HIGHER_ENDS }),
    ...rows(withdrawable.states, ActEvent.REVOKED_BY_HIGHER_PROSECUTOR, ActState.REVOKED, 'HIGHER_SUPERVISOR', withdrawable.citation, { effects: HIGHER_ENDS }),
    ...stays(live, ActEvent.AMENDED_BY_HIGHER_PROSECUTOR, 'HIGHER_SUPERVISOR', art155('43', '3')),
    ...stays(live, ActEvent.COMPLAINT_FILED, 'ADDRESSEE_REPORT', art155('43', '1'), {
      guards: ['COMPLAINT_WITHIN_FILING_WINDOW'],
      effects: [
        { type: 'OPEN_COMPLAINT' },
        { type: 'START_DEADLINE', kind: K.COMPLAINT_DECISION, from: 'filedAt', firesTermMissed: false, onlyIf: { field: 'forum', equals: 'HIGHER_PROSECUTOR' } },
      ],
      note: 'A complaint to the higher prosecutor runs his 20 working days (25.1); one to a court follows procedural law. An appeal does not suspend the act (43.2).',
    }),
    ...stays(inForce, ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, 'HIGHER_SUPERVISOR', art155('25', '1'), {
      guards: ['COMPLAINT_PENDING'],
      effects: [DECIDES_COMPLAINT, { type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }],
    }),
    ...stays(inForce, ActEvent.COMPLAINT_DISMISSED_BY_COURT, 'COURT_OUTCOME', art155('43', '1'), {
      guards: ['COMPLAINT_PENDING'],
      effects: [{ type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }],
    }),
    ...rows(live, ActEvent.COMPLAINT_UPHELD_BY_COURT, ActState.ANNULLED_BY_COURT, 'COURT_OUTCOME', art155('43', '1'), {
      guards: ['COMPLAINT_PENDING'],
      effects: [{ type: 'CANCEL_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'UPHELD' }],
    }),
    ...(suspendable
      ? [
          ...rows(suspendableFrom, ActEvent.SUSPENDED_BY_HIGHER_PROSECUTOR, ActState.SUSPENDED, 'HIGHER_SUPERVISOR', art155('43', '3'), {
            effects: [PAUSE],
            note: 'On a complaint or on his own initiative (43.3): no complaint need be pending.',
          }),
          ...rows(suspendableFrom, ActEvent.SUSPENDED_BY_COURT, ActState.SUSPENDED, 'COURT_OUTCOME', art155('43', '2'), {
            guards: ['COMPLAINT_PENDING'],
            effects: [PAUSE],
          }),
          ...rows([ActState.SUSPENDED], ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, PRIOR_STATE, 'HIGHER_SUPERVISOR', art155('25', '1'), {
            guards: ['COMPLAINT_PENDING'],
            effects: [{ type: 'RESUME_DEADLINES' }, DECIDES_COMPLAINT, { type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }],
            note: 'Back to the state the act was suspended from; paused clocks resume with their remaining time.',
          }),
          ...rows([ActState.SUSPENDED], ActEvent.COMPLAINT_DISMISSED_BY_COURT, PRIOR_STATE, 'COURT_OUTCOME', art155('43', '1'), {
            guards: ['COMPLAINT_PENDING'],
            effects: [{ type: 'RESUME_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }],
          }),
          ...rows([ActState.SUSPENDED], ActEvent.SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR, PRIOR_STATE, 'HIGHER_SUPERVISOR', art155('43', '3'), {
            effects: [{ type: 'RESUME_DEADLINES' }],
            note: 'The higher prosecutor lifts the suspension he ordered; paused clocks resume with their remaining time.',
          }),
        ]
      : []),
  ];
}

/** The events oversightRows155 uses, for a machine's event list. */
export function oversightEvents155(suspendable: boolean, withdrawable: boolean): ActEvent[] {
  return [
    ...(withdrawable ? [ActEvent.WITHDRAW] : []),
    ActEvent.COMPLAINT_FILED,
    ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
    ActEvent.COMPLAINT_DISMISSED_BY_COURT,
    ActEvent.COMPLAINT_UPHELD_BY_COURT,
    ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR,
    ActEvent.REVOKED_BY_HIGHER_PROSECUTOR,
    ActEvent.AMENDED_BY_HIGHER_PROSECUTOR,
    ...(suspendable ? [ActEvent.SUSPENDED_BY_HIGHER_PROSECUTOR, ActEvent.SUSPENDED_BY_COURT, ActEvent.SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR] : []),
  ];
}

/** The states oversightRows155 may lead to. */
export function oversightStates155(suspendable: boolean, withdrawable: boolean): ActState[] {
  return [
    ...(suspendable ? [ActState.SUSPENDED] : []),
    ...(withdrawable ? [ActState.WITHDRAWN] : []),
    ActState.CANCELLED,
    ActState.REVOKED,
    ActState.ANNULLED_BY_COURT,
  ];
}
