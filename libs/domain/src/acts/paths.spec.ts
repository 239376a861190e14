import { DeadlineKind } from '../shared';
import { KZ_2709_EDITION_ID } from '../terms';
import { ActEvent as E } from './act-event';
import { ActBody, ActSnapshot } from './act-snapshot';
import { ActState as S } from './act-state';
import { ActType, ResolutionKind, TargetKind } from './act-type';
import { Actor } from './actor';
import { Decision, decide } from './decide';
import { Effect } from './effect';
import { ACTORS, COMPLETE_TEXT, NOW, iso, validBody } from './testing/act-fixtures';

const edition = KZ_2709_EDITION_ID;
const art = (article: string, paragraph?: string) => expect.objectContaining({ edition, article, ...(paragraph ? { paragraph } : {}) });

/** Drives an act through events by hand, the way the app would: state and suspension from each decision. */
class Walk {
  constructor(
    private act: ActSnapshot,
    private readonly now: Date = NOW,
  ) {}

  fire(event: E, actor: Actor, payload: Record<string, unknown> = {}): Effect[] {
    const decision = decide(this.act, event, actor, payload, this.now);
    if (!decision.ok) throw new Error(`${event} refused in ${this.act.state}: ${decision.refusal.code}`);
    this.act = { ...this.act, state: decision.to, suspendedFrom: decision.suspendedFrom };
    return [...decision.effects];
  }

  try(event: E, actor: Actor, payload: Record<string, unknown> = {}): Decision {
    return decide(this.act, event, actor, payload, this.now);
  }

  with(changes: Partial<Pick<ActSnapshot, 'complaintPending'>>): this {
    this.act = { ...this.act, ...changes };
    return this;
  }

  get state(): S {
    return this.act.state;
  }
}

const draft = (body: ActBody, now: Date = NOW): Walk => new Walk({ ...body, state: S.DRAFT, editionId: edition, suspendedFrom: null, complaintPending: false, text: COMPLETE_TEXT }, now);

const { AUTHOR, ADDRESSEE_REPORT: ADDRESSEE, HIGHER_SUPERVISOR: HIGHER, COURT_OUTCOME: COURT, SYSTEM } = ACTORS;

describe('PROTEST, by hand', () => {
  const protest = () => draft(validBody({ actType: ActType.PROTEST, kind: null }));

  it('draft → issued → delivered → consideration scheduled → rejected → court application (23.2)', () => {
    const walk = protest();
    expect(walk.fire(E.ISSUE, AUTHOR)).toEqual([]);
    expect(walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-48) })).toEqual([
      { type: 'START_DEADLINE', kind: DeadlineKind.PROTEST_CONSIDERATION, triggeredAt: new Date(iso(-48)), prescribedTermDays: null, firesTermMissed: true },
    ]);
    expect(walk.fire(E.CONSIDERATION_SCHEDULED, ADDRESSEE, { meetingAt: iso(72) })).toEqual([]);
    expect(walk.fire(E.CONSIDERATION_RESCHEDULED, ADDRESSEE, { meetingAt: iso(96) })).toEqual([]);
    expect(walk.state).toBe(S.CONSIDERATION_SCHEDULED);
    expect(walk.fire(E.OUTCOME_REJECTED, ADDRESSEE, { decidedAt: iso(-1) })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.PROTEST_CONSIDERATION, metAt: new Date(iso(-1)) },
    ]);
    expect(walk.state).toBe(S.REJECTED);
    expect(walk.fire(E.REFER_TO_COURT, AUTHOR)).toEqual([
      { type: 'CREATE_LINKED_ACT', actType: ActType.COURT_APPLICATION, kind: null, reason: 'ACT_REJECTED', citation: art('23', '2') },
    ]);
    expect(walk.state).toBe(S.REFERRED_TO_COURT);
  });

  it('not considered in time: the deadline engine marks it overdue, and the prosecutor may go to court', () => {
    const walk = protest();
    walk.fire(E.ISSUE, AUTHOR);
    walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-300) });
    walk.fire(E.TERM_MISSED, SYSTEM, { deadline: DeadlineKind.PROTEST_CONSIDERATION });
    expect(walk.state).toBe(S.OVERDUE);
    expect(walk.fire(E.REFER_TO_COURT, AUTHOR)).toEqual([expect.objectContaining({ type: 'CREATE_LINKED_ACT', reason: 'TERM_MISSED' })]);
  });

  it('an outcome with no day of consideration notified is recorded as a violation of 19.3', () => {
    const walk = protest();
    walk.fire(E.ISSUE, AUTHOR);
    walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-48) });
    expect(walk.fire(E.OUTCOME_SATISFIED, ADDRESSEE, { decidedAt: iso(-1) })).toContainEqual({
      type: 'RECORD_VIOLATION',
      code: 'CONSIDERATION_NOT_NOTIFIED',
      citation: art('19', '3'),
    });
  });

  it('suspending a normative legal act (not a law) requires publication (18.1-1); publishing is recorded (27)', () => {
    const walk = draft({
      type: ActType.PROTEST,
      kind: null,
      attributes: { basedOnApplication: false, applicantIdentified: false, termDays: 15, target: TargetKind.OTHER_NORMATIVE_LEGAL_ACT, suspendsTargetAct: true },
    });
    expect(walk.fire(E.ISSUE, AUTHOR)).toEqual([{ type: 'REQUIRE_PUBLICATION', citation: art('18', '1-1') }]);
    expect(walk.fire(E.PUBLICATION_RECORDED, AUTHOR, { publishedAt: iso(-1), medium: 'Казахстанская правда' })).toEqual([
      { type: 'RECORD_PUBLICATION', medium: 'Казахстанская правда', publishedAt: new Date(iso(-1)) },
    ]);
    expect(walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-1) })).toEqual([
      expect.objectContaining({ type: 'START_DEADLINE', prescribedTermDays: 15 }),
    ]);
  });
});

describe('SUBMISSION, by hand', () => {
  const delivered = (now: Date = NOW) => {
    const walk = draft(validBody({ actType: ActType.SUBMISSION, kind: null }), now);
    walk.fire(E.ISSUE, AUTHOR);
    walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-24) });
    return walk;
  };

  it('meeting fixed, moved (dependent clock recomputed), held, results reported', () => {
    const walk = delivered();
    // NOW is 10.03.2026 11:00 Almaty; a meeting on the 20th needs notice by 24:00 of the 17th.
    expect(walk.fire(E.CONSIDERATION_SCHEDULED, ADDRESSEE, { meetingAt: '2026-03-20T10:00:00+05:00' })).toEqual([
      { type: 'START_DEADLINE', kind: DeadlineKind.SUBMISSION_MEETING_NOTICE, triggeredAt: new Date('2026-03-20T05:00:00Z'), prescribedTermDays: null, firesTermMissed: false },
      { type: 'MEET_DEADLINE', kind: DeadlineKind.SUBMISSION_MEETING_NOTICE, metAt: NOW },
    ]);
    expect(walk.fire(E.CONSIDERATION_RESCHEDULED, ADDRESSEE, { meetingAt: '2026-03-25T10:00:00+05:00' })).toEqual([
      { type: 'RECOMPUTE_DEADLINE', kind: DeadlineKind.SUBMISSION_MEETING_NOTICE, triggeredAt: new Date('2026-03-25T05:00:00Z') },
      { type: 'MEET_DEADLINE', kind: DeadlineKind.SUBMISSION_MEETING_NOTICE, metAt: NOW },
    ]);
    expect(walk.fire(E.CONSIDERATION_HELD, ADDRESSEE, { consideredAt: iso(-1) })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.SUBMISSION_CONSIDERATION, metAt: new Date(iso(-1)) },
      { type: 'START_DEADLINE', kind: DeadlineKind.SUBMISSION_RESULT_REPORT, triggeredAt: new Date(iso(-1)), prescribedTermDays: null, firesTermMissed: false },
    ]);
    expect(walk.fire(E.OUTCOME_PARTLY_SATISFIED, ADDRESSEE, { decidedAt: iso(-1) })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.SUBMISSION_RESULT_REPORT, metAt: NOW },
    ]);
    expect(walk.fire(E.REFER_TO_COURT, AUTHOR)).toEqual([expect.objectContaining({ type: 'CREATE_LINKED_ACT', reason: 'ACT_REJECTED' })]);
  });

  it('a meeting notified less than 3 calendar days ahead is recorded, not refused (25.2)', () => {
    const laterNow = new Date('2026-03-19T00:00:00Z');
    const onTime = delivered(laterNow).fire(E.CONSIDERATION_SCHEDULED, ADDRESSEE, { notifiedAt: '2026-03-17T23:59:00+05:00', meetingAt: '2026-03-20T09:00:00+05:00' });
    expect(onTime.some((effect) => effect.type === 'RECORD_VIOLATION')).toBe(false);

    const late = delivered(laterNow);
    const effects = late.fire(E.CONSIDERATION_SCHEDULED, ADDRESSEE, { notifiedAt: '2026-03-18T00:00:00+05:00', meetingAt: '2026-03-20T09:00:00+05:00' });
    expect(late.state).toBe(S.CONSIDERATION_SCHEDULED);
    expect(effects).toContainEqual({ type: 'RECORD_VIOLATION', code: 'MEETING_NOTICE_LATE', citation: art('25', '2') });
  });
});

describe('ORDER, by hand: complaints, suspension, compulsory execution', () => {
  const delivered = () => {
    const walk = draft(validBody({ actType: ActType.ORDER, kind: null }));
    walk.fire(E.ISSUE, AUTHOR);
    walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-24) });
    return walk;
  };

  it('a complaint does not suspend (24.4); the higher prosecutor may (24.5); dismissal resumes the clocks', () => {
    const walk = delivered();
    expect(walk.fire(E.COMPLAINT_FILED, ADDRESSEE, { filedAt: iso(-2), forum: 'COURT' })).toEqual([
      { type: 'OPEN_COMPLAINT', forum: 'COURT', filedAt: new Date(iso(-2)) },
    ]);
    expect(walk.state).toBe(S.DELIVERED);
    walk.with({ complaintPending: true });
    expect(walk.fire(E.SUSPENDED_BY_HIGHER_PROSECUTOR, HIGHER)).toEqual([{ type: 'PAUSE_DEADLINES', at: NOW }]);
    expect(walk.state).toBe(S.SUSPENDED);
    // A second complaint and an amendment while suspended keep the state to return to.
    walk.fire(E.COMPLAINT_FILED, ADDRESSEE, { filedAt: iso(-1), forum: 'HIGHER_PROSECUTOR' });
    walk.fire(E.AMENDED_BY_HIGHER_PROSECUTOR, HIGHER, { summary: 'Term of execution clarified' });
    expect(walk.try(E.EXECUTION_REPORTED, ADDRESSEE, { executedAt: iso(-1) })).toMatchObject({
      ok: false,
      refusal: { code: 'EVENT_NOT_ALLOWED_IN_STATE', citation: art('24') },
    });
    expect(walk.fire(E.COMPLAINT_DISMISSED_BY_COURT, COURT)).toEqual([
      { type: 'RESUME_DEADLINES', at: NOW },
      { type: 'CLOSE_COMPLAINTS', outcome: 'DISMISSED' },
    ]);
    expect(walk.state).toBe(S.DELIVERED);
  });

  it('a complaint upheld by the court ends the act and its clocks', () => {
    const walk = delivered().with({ complaintPending: true });
    walk.fire(E.SUSPENDED_BY_COURT, COURT);
    expect(walk.fire(E.COMPLAINT_UPHELD_BY_COURT, COURT)).toEqual([
      { type: 'CANCEL_DEADLINES', at: NOW },
      { type: 'CLOSE_COMPLAINTS', outcome: 'UPHELD' },
    ]);
    expect(walk.state).toBe(S.ANNULLED_BY_COURT);
  });

  it('not executed in time → compulsory execution (26-1.1) → executed, with the report clock', () => {
    const walk = delivered();
    walk.fire(E.TERM_MISSED, SYSTEM, { deadline: DeadlineKind.ORDER_EXECUTION });
    expect(walk.fire(E.COMPULSORY_EXECUTION_ORDERED, AUTHOR)).toEqual([
      {
        type: 'CREATE_LINKED_ACT',
        actType: ActType.RESOLUTION,
        kind: ResolutionKind.COMPULSORY_EXECUTION,
        reason: 'NOT_EXECUTED_VOLUNTARILY',
        citation: art('26-1', '1'),
      },
    ]);
    expect(walk.fire(E.EXECUTION_REPORTED, ADDRESSEE, { executedAt: iso(-5) })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.ORDER_EXECUTION, metAt: new Date(iso(-5)) },
      { type: 'START_DEADLINE', kind: DeadlineKind.ORDER_REPORT, triggeredAt: new Date(iso(-5)), prescribedTermDays: null, firesTermMissed: false },
      { type: 'MEET_DEADLINE', kind: DeadlineKind.ORDER_REPORT, metAt: NOW },
    ]);
    expect(walk.state).toBe(S.EXECUTED);
  });

  it('the higher prosecutor cancels it (8.3): clocks stop, pending complaints close', () => {
    const walk = delivered().with({ complaintPending: true });
    expect(walk.fire(E.CANCELLED_BY_HIGHER_PROSECUTOR, HIGHER, { summary: 'Unfounded' })).toEqual([
      { type: 'CANCEL_DEADLINES', at: NOW },
      { type: 'CLOSE_COMPLAINTS', outcome: 'ACT_ENDED' },
    ]);
    expect(walk.state).toBe(S.CANCELLED);
  });
});

describe('RESOLUTION kinds, by hand', () => {
  it('INSPECTION: one month from its start, extended only by the higher prosecutor (5.4)', () => {
    const walk = draft(validBody({ actType: ActType.RESOLUTION, kind: ResolutionKind.INSPECTION }));
    walk.fire(E.ISSUE, AUTHOR);
    expect(walk.fire(E.INSPECTION_STARTED, AUTHOR, { startedAt: iso(-24) })).toEqual([
      { type: 'START_DEADLINE', kind: DeadlineKind.INSPECTION_DURATION, triggeredAt: new Date(iso(-24)), prescribedTermDays: null, firesTermMissed: true },
    ]);
    const extension = { extensionCount: 15, extensionUnit: 'CALENDAR_DAY', consent: 'Consent No. 7 of 09.03.2026' };
    expect(walk.try(E.INSPECTION_EXTENDED, AUTHOR, extension)).toMatchObject({
      ok: false,
      refusal: { code: 'NOT_HIGHER_PROSECUTOR', citation: art('5', '4') },
    });
    expect(walk.fire(E.INSPECTION_EXTENDED, HIGHER, extension)).toEqual([
      {
        type: 'EXTEND_DEADLINE',
        kind: DeadlineKind.INSPECTION_DURATION,
        count: 15,
        unit: 'CALENDAR_DAY',
        grantedAt: NOW,
        reason: 'Consent No. 7 of 09.03.2026',
        citation: art('5', '4'),
      },
    ]);
    walk.fire(E.INSPECTION_COMPLETED, AUTHOR, { completedAt: iso(-1) });
    expect(walk.state).toBe(S.COMPLETED);
  });

  it('SUSPENSION_OR_LIFTING_MEASURES suspending a normative legal act must be published (18.1-1)', () => {
    const walk = draft({
      type: ActType.RESOLUTION,
      kind: ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES,
      attributes: { basedOnApplication: false, applicantIdentified: false, termDays: 3, suspendsNormativeLegalAct: true },
    });
    expect(walk.fire(E.ISSUE, AUTHOR)).toEqual([{ type: 'REQUIRE_PUBLICATION', citation: art('18', '1-1') }]);
  });

  it('BRING_BY_FORCE runs the 24-hour clock from receipt by the internal-affairs body (26-1.3)', () => {
    const walk = draft(validBody({ actType: ActType.RESOLUTION, kind: ResolutionKind.BRING_BY_FORCE }));
    walk.fire(E.ISSUE, AUTHOR);
    expect(walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-1) })).toEqual([
      expect.objectContaining({ type: 'START_DEADLINE', kind: DeadlineKind.BRING_BY_FORCE, firesTermMissed: true }),
    ]);
    walk.fire(E.EXECUTION_REPORTED, ADDRESSEE, { executedAt: iso(0) });
    expect(walk.state).toBe(S.EXECUTED);
  });
});

describe('SANCTION, COURT_APPLICATION, APPEAL, WARNING, by hand', () => {
  it('SANCTION: the 24 hours run against the prosecutor from the request (21.2)', () => {
    const walk = draft(validBody({ actType: ActType.SANCTION, kind: null }));
    expect(walk.fire(E.SANCTION_REQUESTED, ADDRESSEE, { receivedAt: iso(-3) })).toEqual([
      { type: 'START_DEADLINE', kind: DeadlineKind.SANCTION_DECISION, triggeredAt: new Date(iso(-3)), prescribedTermDays: null, firesTermMissed: true },
    ]);
    expect(walk.fire(E.SANCTION_GRANTED, AUTHOR, { signature: 'ELECTRONIC' })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.SANCTION_DECISION, metAt: NOW },
    ]);
    expect(walk.state).toBe(S.GRANTED);
  });

  it('COURT_APPLICATION: filed, then the court outcome is entered by the office', () => {
    const walk = draft(validBody({ actType: ActType.COURT_APPLICATION, kind: null }));
    walk.fire(E.FILED_WITH_COURT, AUTHOR, { filedAt: iso(-1), court: 'Court No. 2 of Astana' });
    expect(walk.try(E.OUTCOME_SATISFIED, HIGHER, { decidedAt: iso(-1) })).toMatchObject({ ok: false, refusal: { code: 'NOT_ACT_OFFICE' } });
    walk.fire(E.OUTCOME_SATISFIED, COURT, { decidedAt: iso(-1) });
    expect(walk.state).toBe(S.SATISFIED);
  });

  it('APPEAL: its life is the record of publication (25-2)', () => {
    const walk = draft(validBody({ actType: ActType.APPEAL, kind: null }));
    walk.fire(E.ISSUE, AUTHOR);
    walk.fire(E.PUBLICATION_RECORDED, AUTHOR, { publishedAt: iso(-1), medium: 'Khabar TV' });
    expect(walk.state).toBe(S.PUBLISHED);
  });

  it('WARNING: issued and delivered, no clock', () => {
    const walk = draft(validBody({ actType: ActType.WARNING, kind: null }));
    walk.fire(E.ISSUE, AUTHOR);
    expect(walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-1) })).toEqual([]);
    expect(walk.state).toBe(S.DELIVERED);
  });
});

describe('INSTRUCTION, by hand: a clock only when the prosecutor set a term (22, 6.3)', () => {
  const deliveredWith = (termDays: number | null) => {
    const walk = draft({ type: ActType.INSTRUCTION, kind: null, attributes: { basedOnApplication: false, applicantIdentified: false, termDays } });
    walk.fire(E.ISSUE, AUTHOR);
    return { walk, effects: walk.fire(E.DELIVERY_CONFIRMED, ADDRESSEE, { receivedAt: iso(-1) }) };
  };

  it('with a term: started on receipt and met by the execution report', () => {
    const { walk, effects } = deliveredWith(7);
    expect(effects).toEqual([
      { type: 'START_DEADLINE', kind: DeadlineKind.INSTRUCTION_EXECUTION, triggeredAt: new Date(iso(-1)), prescribedTermDays: 7, firesTermMissed: true },
    ]);
    expect(walk.fire(E.EXECUTION_REPORTED, ADDRESSEE, { executedAt: iso(0) })).toEqual([
      { type: 'MEET_DEADLINE', kind: DeadlineKind.INSTRUCTION_EXECUTION, metAt: NOW },
    ]);
  });

  it('without a term: no clock is started or met', () => {
    const { walk, effects } = deliveredWith(null);
    expect(effects).toEqual([]);
    expect(walk.fire(E.EXECUTION_REPORTED, ADDRESSEE, { executedAt: iso(0) })).toEqual([]);
    expect(walk.state).toBe(S.EXECUTED);
  });
});
