import { DeadlineKind } from '../shared';
import { KZ_2709_EDITION_ID } from '../terms';
import { ActEvent as E } from './act-event';
import { ActState as S } from './act-state';
import { ActType } from './act-type';
import { art } from './citations';
import { GuardName } from './guards';
import { defineMachine, MachineDefinition, MachineDefinitionError, TransitionRow } from './machine';

const row = (from: S, event: E, to: S, extra: Partial<TransitionRow> = {}): TransitionRow => ({
  from,
  event,
  to,
  by: 'AUTHOR',
  guards: [],
  effects: [],
  citation: art('25-1'),
  ...extra,
});

/** A small, valid table: a warning issued and delivered, or withdrawn. */
const valid: MachineDefinition = {
  id: ActType.WARNING,
  editionId: KZ_2709_EDITION_ID,
  actType: ActType.WARNING,
  kind: null,
  citation: art('25-1'),
  initial: S.DRAFT,
  states: [S.DRAFT, S.ISSUED, S.DELIVERED, S.WITHDRAWN],
  terminal: [S.DELIVERED, S.WITHDRAWN],
  events: [E.ISSUE, E.DELIVERY_CONFIRMED, E.WITHDRAW],
  prescribedTermClock: null,
  rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['ACT_TEXT_COMPLETE', 'DOCUMENT_SIGNED_WHEN_REQUIRED'] }), row(S.ISSUED, E.DELIVERY_CONFIRMED, S.DELIVERED, { by: 'ADDRESSEE_REPORT' }), row(S.ISSUED, E.WITHDRAW, S.WITHDRAWN)],
};

const broken = (changes: Partial<MachineDefinition>): (() => unknown) => () => defineMachine({ ...valid, ...changes });

describe('the table validator (runs for every machine at import)', () => {
  it('accepts a sound table', () => {
    expect(defineMachine(valid).rowsFrom.get(S.ISSUED)?.map((r) => r.event)).toEqual([E.DELIVERY_CONFIRMED, E.WITHDRAW]);
  });

  it('throws a MachineDefinitionError naming the machine and every problem', () => {
    expect(broken({ rows: [...valid.rows, row(S.DRAFT, E.ISSUE, S.DELIVERED)] })).toThrow(MachineDefinitionError);
    expect(broken({ rows: [...valid.rows, row(S.DRAFT, E.ISSUE, S.DELIVERED)] })).toThrow(
      'Transition table WARNING is invalid:\n- row DRAFT --ISSUE--> DELIVERED: duplicate row for (DRAFT, ISSUE)',
    );
  });

  it.each<[string, Partial<MachineDefinition>, string]>([
    ['an unknown state in a row', { rows: [...valid.rows, row(S.DELIVERED, E.WITHDRAW, S.CANCELLED)] }, "row DELIVERED --WITHDRAW--> CANCELLED: unknown state 'CANCELLED'"],
    ['an unknown event in a row', { rows: [...valid.rows, row(S.ISSUED, E.PUBLICATION_RECORDED, S.DELIVERED)] }, "row ISSUED --PUBLICATION_RECORDED--> DELIVERED: unknown event 'PUBLICATION_RECORDED'"],
    ['a listed event no row uses', { events: [...valid.events, E.TERM_MISSED] }, 'event TERM_MISSED is listed but no row uses it'],
    ['an unreachable state', { states: [...valid.states, S.CANCELLED], terminal: [...valid.terminal, S.CANCELLED] }, 'state CANCELLED is unreachable from DRAFT'],
    ['a dead end not marked terminal', { terminal: [S.WITHDRAWN] }, 'state DELIVERED has no way out and is not marked terminal'],
    ['a terminal state with a way out', { terminal: [...valid.terminal, S.ISSUED] }, 'terminal state ISSUED has a way out'],
    ['an unknown initial state', { initial: S.SUSPENDED }, "unknown initial state 'SUSPENDED'"],
    [
      'a draft leaving without its text checked',
      { rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['DOCUMENT_SIGNED_WHEN_REQUIRED'] }), ...valid.rows.slice(1)] },
      'row DRAFT --ISSUE--> ISSUED: a row leaving the draft must check ACT_TEXT_COMPLETE',
    ],
    [
      'an issue without the signature rule',
      { rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['ACT_TEXT_COMPLETE'] }), ...valid.rows.slice(1)] },
      'row DRAFT --ISSUE--> ISSUED: a row issuing the act must check DOCUMENT_SIGNED_WHEN_REQUIRED',
    ],
    [
      'a guard that does not exist',
      { rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['NO_SUCH_GUARD' as string as GuardName] }), ...valid.rows.slice(1)] },
      "row DRAFT --ISSUE--> ISSUED: unknown guard 'NO_SUCH_GUARD'",
    ],
    [
      'a guard named like an Object method',
      { rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['constructor' as string as GuardName] }), ...valid.rows.slice(1)] },
      "row DRAFT --ISSUE--> ISSUED: unknown guard 'constructor'",
    ],
    [
      'a guard written for another act type',
      { rows: [row(S.DRAFT, E.ISSUE, S.ISSUED, { guards: ['ORDER_NOT_AGAINST_NORMATIVE_ACT'] }), ...valid.rows.slice(1)] },
      'row DRAFT --ISSUE--> ISSUED: guard ORDER_NOT_AGAINST_NORMATIVE_ACT does not apply to WARNING',
    ],
    [
      'an effect reading an instant the event does not carry',
      {
        rows: [
          valid.rows[0],
          row(S.ISSUED, E.DELIVERY_CONFIRMED, S.DELIVERED, { effects: [{ type: 'START_DEADLINE', kind: DeadlineKind.ORDER_EXECUTION, from: 'meetingAt', firesTermMissed: false }] }),
          valid.rows[2],
        ],
      },
      "row ISSUED --DELIVERY_CONFIRMED--> DELIVERED: effect START_DEADLINE reads 'meetingAt', which DELIVERY_CONFIRMED does not carry",
    ],
    [
      'a clock met that no row starts',
      { rows: [valid.rows[0], row(S.ISSUED, E.DELIVERY_CONFIRMED, S.DELIVERED, { effects: [{ type: 'MEET_DEADLINE', kind: DeadlineKind.ORDER_REPORT, at: 'receivedAt' }] }), valid.rows[2]] },
      'effect MEET_DEADLINE names clock ORDER_REPORT, which no row starts',
    ],
    [
      'an extension of a clock the law does not let extend',
      {
        rows: [
          valid.rows[0],
          row(S.ISSUED, E.DELIVERY_CONFIRMED, S.DELIVERED, {
            effects: [
              { type: 'START_DEADLINE', kind: DeadlineKind.ORDER_EXECUTION, from: 'receivedAt', firesTermMissed: false },
              { type: 'EXTEND_DEADLINE', kind: DeadlineKind.ORDER_EXECUTION },
            ],
          }),
          valid.rows[2],
        ],
      },
      'clock ORDER_EXECUTION may not be extended',
    ],
    ['a missed term entered by a person', { rows: [...valid.rows.slice(0, 2), row(S.ISSUED, E.TERM_MISSED, S.WITHDRAWN)], events: [E.ISSUE, E.DELIVERY_CONFIRMED, E.TERM_MISSED] }, 'only the deadline engine (SYSTEM) fires TERM_MISSED'],
    ['a return to the prior state from anywhere but SUSPENDED', { rows: [...valid.rows, { ...row(S.DELIVERED, E.WITHDRAW, S.WITHDRAWN), to: 'PRIOR_STATE' }] }, 'only SUSPENDED returns to the prior state'],
    ['an id that does not match type and kind', { id: 'WARNINGS' }, "id 'WARNINGS' does not match its type and kind"],
  ])('catches %s', (_problem, changes, message) => {
    expect(broken(changes)).toThrow(message);
  });
});
