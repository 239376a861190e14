import { Citation } from '../../shared';
import { ActEvent } from '../act-event';
import { ActState } from '../act-state';
import { ActorKind } from '../actor';
import { art } from '../citations';
import { EffectSpec } from '../effect';
import { GuardName } from '../guards';
import { TransitionRow, TransitionTarget, PRIOR_STATE } from '../machine';

interface RowOptions {
  readonly guards?: readonly GuardName[];
  readonly effects?: readonly EffectSpec[];
  readonly note?: string;
}

/**
 * Guards of the row that issues an act (ISSUE, FILED_WITH_COURT): its text is complete, and its
 * document is signed when the office requires it. The table validator insists on them.
 */
export const ISSUE_DOCUMENT_GUARDS: readonly GuardName[] = ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED'];

/** The same event from several states to one target — one row per state. */
export function rows(
  from: readonly ActState[],
  event: ActEvent,
  to: TransitionTarget,
  by: ActorKind,
  citation: Citation | null,
  options: RowOptions = {},
): TransitionRow[] {
  return from.map((state) => ({
    from: state,
    event,
    to,
    by,
    guards: options.guards ?? [],
    effects: options.effects ?? [],
    citation,
    ...(options.note === undefined ? {} : { note: options.note }),
  }));
}

/** An event that records something and leaves the act in the state it is in. */
export function stays(
  from: readonly ActState[],
  event: ActEvent,
  by: ActorKind,
  citation: Citation | null,
  options: RowOptions = {},
): TransitionRow[] {
  return from.flatMap((state) => rows([state], event, state, by, citation, options));
}

/** 27 (and 18.1-1 where required; 155-VII 42.2): a publication in the media is recorded. */
export function publicationRows(states: readonly ActState[], citation: Citation = art('27')): TransitionRow[] {
  return stays(states, ActEvent.PUBLICATION_RECORDED, 'AUTHOR', citation, { effects: [{ type: 'RECORD_PUBLICATION' }] });
}

export interface OversightOptions {
  /** States in which the act is in force: complaints, and the higher prosecutor's cancel, revoke, amend. */
  readonly inForce: readonly ActState[];
  /** States from which the author may withdraw the act. */
  readonly withdrawable: readonly ActState[];
  /**
   * Articles for an act whose execution or consideration can be suspended while a complaint is
   * pending (8.2; for an order 24.4, 24.5); null for acts with nothing to execute or no clock to pause.
   */
  readonly suspension: { readonly complaintDoesNotSuspend: Citation; readonly suspendedUntilDecided: Citation } | null;
}

/**
 * Rows every act in force shares: complaints (8.1, 8.2), the higher prosecutor's cancel, revoke
 * and amend (8.3, 16.1(4)), and withdrawal by the author. Generated per state so the table still
 * lists every row explicitly.
 */
export function oversightRows({ inForce, withdrawable, suspension }: OversightOptions): TransitionRow[] {
  const live = suspension ? [...inForce, ActState.SUSPENDED] : [...inForce];
  const ends: readonly EffectSpec[] = [{ type: 'CANCEL_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'ACT_ENDED' }];
  const complaintFiled = suspension?.complaintDoesNotSuspend ?? art('8', '1');
  const dismissal: RowOptions = { guards: ['COMPLAINT_PENDING'], effects: [{ type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }] };
  const dismissalLiftingSuspension: RowOptions = {
    guards: ['COMPLAINT_PENDING'],
    effects: [{ type: 'RESUME_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' }],
    note: 'Back to the state the act was suspended from; paused clocks resume with their remaining time.',
  };
  return [
    ...rows(
      [...withdrawable, ...(suspension && withdrawable.length > 0 ? [ActState.SUSPENDED] : [])],
      ActEvent.WITHDRAW,
      ActState.WITHDRAWN,
      'AUTHOR',
      null,
      { effects: ends, note: 'The statute is silent on withdrawal by the author; allowed until the addressee has answered.' },
    ),
    ...rows(live, ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR, ActState.CANCELLED, 'HIGHER_SUPERVISOR', art('8', '3'), { effects: ends }),
    ...rows(live, ActEvent.REVOKED_BY_HIGHER_PROSECUTOR, ActState.REVOKED, 'HIGHER_SUPERVISOR', art('8', '3'), { effects: ends }),
    ...stays(live, ActEvent.AMENDED_BY_HIGHER_PROSECUTOR, 'HIGHER_SUPERVISOR', art('16', '1', '4')),
    ...stays(live, ActEvent.COMPLAINT_FILED, 'ADDRESSEE_REPORT', complaintFiled, { effects: [{ type: 'OPEN_COMPLAINT' }] }),
    ...stays(inForce, ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR, 'HIGHER_SUPERVISOR', art('16', '1', '5'), dismissal),
    ...stays(inForce, ActEvent.COMPLAINT_DISMISSED_BY_COURT, 'COURT_OUTCOME', art('8', '1'), dismissal),
    ...rows(live, ActEvent.COMPLAINT_UPHELD_BY_COURT, ActState.ANNULLED_BY_COURT, 'COURT_OUTCOME', art('8', '1'), {
      guards: ['COMPLAINT_PENDING'],
      effects: [{ type: 'CANCEL_DEADLINES' }, { type: 'CLOSE_COMPLAINTS', outcome: 'UPHELD' }],
    }),
    ...(suspension
      ? [
          ...rows(inForce, ActEvent.SUSPENDED_BY_HIGHER_PROSECUTOR, ActState.SUSPENDED, 'HIGHER_SUPERVISOR', suspension.suspendedUntilDecided, {
            guards: ['COMPLAINT_PENDING'],
            effects: [{ type: 'PAUSE_DEADLINES' }],
          }),
          ...rows(inForce, ActEvent.SUSPENDED_BY_COURT, ActState.SUSPENDED, 'COURT_OUTCOME', suspension.suspendedUntilDecided, {
            guards: ['COMPLAINT_PENDING'],
            effects: [{ type: 'PAUSE_DEADLINES' }],
          }),
          ...rows(
            [ActState.SUSPENDED],
            ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
            PRIOR_STATE,
            'HIGHER_SUPERVISOR',
            art('16', '1', '5'),
            dismissalLiftingSuspension,
          ),
          ...rows([ActState.SUSPENDED], ActEvent.COMPLAINT_DISMISSED_BY_COURT, PRIOR_STATE, 'COURT_OUTCOME', art('8', '1'), dismissalLiftingSuspension),
        ]
      : []),
  ];
}
