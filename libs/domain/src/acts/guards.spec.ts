import { KZ_PRODUCTION_CALENDAR } from '../calendar';
import { DeadlineKind } from '../shared';
import { KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../terms';
import { localDateTimeToInstant } from '../time';
import { Actor } from './actor';
import { ActEvent as E } from './act-event';
import { ActBody, ActSnapshot } from './act-snapshot';
import { ActState as S } from './act-state';
import {
  ActType,
  AnonymousException,
  BringByForceExemption,
  InstructionSubject,
  ProtestTargetIssuer,
  ResolutionKind,
  SubmissionUrgencyGround,
  TargetKind,
} from './act-type';
import { decide } from './decide';
import { COMPLETE_TEXT } from './testing/act-fixtures';
import { GUARD_NAMES, GuardName, TransitionFacts } from './guards';
import { Machine } from './machine';
import { MACHINES, machineFor } from './machines';
import { ACTORS, NOW, snapshotIn, validBody, validPayload } from './testing/act-fixtures';

const cite = (article: string, paragraph?: string) => ({ edition: KZ_2709_EDITION_ID, article, ...(paragraph ? { paragraph } : {}) });
const machineOf = (actType: ActType, kind: ResolutionKind | null = null): Machine => machineFor({ type: actType, kind, editionId: KZ_2709_EDITION_ID });

/** Fire `event` on an act built from `body` in `state`, by the row's own actor and with a valid payload (overridable). */
function attempt(body: ActBody, state: S, event: E, payload: Record<string, unknown> = {}, lifecycle: Partial<ActSnapshot> = {}, facts?: TransitionFacts) {
  const machine = machineOf(body.type, body.kind);
  const row = machine.rows.find((candidate) => candidate.from === state && candidate.event === event);
  if (!row) throw new Error(`no row ${state}/${event} in ${machine.id}`);
  const act = { ...snapshotIn(machine, state, body), ...lifecycle } as ActSnapshot;
  return decide(act, event, ACTORS[row.by], { ...validPayload(event, machine), ...payload }, NOW, { facts });
}

const protest = (attributes: Partial<Extract<ActBody, { type: ActType.PROTEST }>['attributes']>): ActBody => {
  const body = validBody({ actType: ActType.PROTEST, kind: null }) as Extract<ActBody, { type: ActType.PROTEST }>;
  return { ...body, attributes: { ...body.attributes, ...attributes } };
};
const order = (attributes: Partial<Extract<ActBody, { type: ActType.ORDER }>['attributes']>): ActBody => {
  const body = validBody({ actType: ActType.ORDER, kind: null }) as Extract<ActBody, { type: ActType.ORDER }>;
  return { ...body, attributes: { ...body.attributes, ...attributes } };
};
const submission = (termDays: number | null): ActBody => ({
  type: ActType.SUBMISSION,
  kind: null,
  attributes: { basedOnApplication: false, applicantIdentified: false, termDays },
});

// Law No. 155-VII: the same, on its machines, with the caller and the calendar when a case needs them.
const cite155 = (article: string, paragraph?: string, subparagraph?: string) => ({
  edition: KZ_155_VII_EDITION_ID,
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(subparagraph ? { subparagraph } : {}),
});
function attempt155(
  body: ActBody,
  state: S,
  event: E,
  payload: Record<string, unknown> = {},
  options: { actor?: Actor; calendar?: boolean; lifecycle?: Partial<ActSnapshot> } = {},
) {
  const machine = machineFor({ type: body.type, kind: body.kind, editionId: KZ_155_VII_EDITION_ID });
  const row = machine.rows.find((candidate) => candidate.from === state && candidate.event === event);
  if (!row) throw new Error(`no row ${state}/${event} in ${machine.id} (155-VII)`);
  const act = { ...snapshotIn(machine, state, body), ...options.lifecycle } as ActSnapshot;
  const calendar = options.calendar ? { calendar: KZ_PRODUCTION_CALENDAR } : {};
  return decide(act, event, options.actor ?? ACTORS[row.by], { ...validPayload(event, machine), ...payload }, NOW, calendar);
}
const body155 = <T extends ActType>(actType: T, kind: ResolutionKind | null, attributes: object): ActBody => {
  const body = validBody({ actType, kind });
  return { ...body, attributes: { ...body.attributes, ...attributes } } as ActBody;
};
const almaty = (date: string, hour: number, minute = 0) => localDateTimeToInstant(date, hour, minute).toISOString();

const refusedWith = (code: string, citation: object, field?: string) => ({
  ok: false,
  refusal: expect.objectContaining({ code, citation, ...(field ? { field } : {}) }),
});

// One passing and one refusing case per guard; the list below must name every guard there is.
const cases: Record<GuardName, () => void> = {
  PRESCRIBED_TERM_WITHIN_BOUNDS: () => {
    expect(attempt(protest({ termDays: 9 }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('TERM_BELOW_STATUTORY_MINIMUM', cite('19', '3'), 'termDays'));
    expect(attempt(protest({ termDays: 10 }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    expect(attempt(submission(31), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('TERM_ABOVE_STATUTORY_MAXIMUM', cite('25', '2'), 'termDays'));
    expect(attempt(submission(30), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    expect(attempt(order({ termDays: null }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('TERM_REQUIRED', cite('24', '3'), 'termDays'));
  },
  APPLICANT_IDENTIFIED: () => {
    expect(attempt(protest({ basedOnApplication: true, applicantIdentified: false }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('ANONYMOUS_APPLICATION', cite('7', '4'), 'applicantIdentified'),
    );
    expect(attempt(protest({ basedOnApplication: true, applicantIdentified: true }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    const anonymousClaim: ActBody = { type: ActType.COURT_APPLICATION, kind: null, attributes: { basedOnApplication: true, applicantIdentified: false } };
    expect(attempt(anonymousClaim, S.DRAFT, E.FILED_WITH_COURT)).toMatchObject(refusedWith('ANONYMOUS_APPLICATION', cite('7', '4')));
  },
  PROTEST_DOES_NOT_SUSPEND_LAW: () => {
    expect(attempt(protest({ target: TargetKind.LAW, suspendsTargetAct: true }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('PROTEST_CANNOT_SUSPEND_LAW', cite('19', '5'), 'suspendsTargetAct'),
    );
    expect(attempt(protest({ target: TargetKind.LAW, suspendsTargetAct: false }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  ORDER_NOT_AGAINST_NORMATIVE_ACT: () => {
    for (const target of [TargetKind.LAW, TargetKind.OTHER_NORMATIVE_LEGAL_ACT]) {
      expect(attempt(order({ target }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('ORDER_AGAINST_NORMATIVE_ACT', cite('24', '1'), 'target'));
    }
    expect(attempt(order({ target: TargetKind.NON_NORMATIVE_LEGAL_ACT }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  ORDER_GROUNDS_PRESENT: () => {
    expect(attempt(order({ notRemovedAtOnce: false }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('ORDER_GROUNDS_NOT_MET', cite('24', '1'), 'notRemovedAtOnce'));
    expect(attempt(order({ violationIsObvious: false }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('ORDER_GROUNDS_NOT_MET', cite('24', '1'), 'violationIsObvious'));
    expect(attempt(order({}), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  ORDER_CONTENT_COMPLETE: () => {
    expect(attempt(order({ proposedMeasures: [' '] }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('ORDER_CONTENT_INCOMPLETE', cite('24', '2'), 'proposedMeasures'));
    expect(attempt(order({ violatedNorms: [] }), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('ORDER_CONTENT_INCOMPLETE', cite('24', '2'), 'violatedNorms'));
    expect(attempt(order({}), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  COMPLAINT_PENDING: () => {
    const none = { complaintPending: false };
    expect(attempt(order({}), S.DELIVERED, E.SUSPENDED_BY_HIGHER_PROSECUTOR, {}, none)).toMatchObject(refusedWith('NO_PENDING_COMPLAINT', cite('24', '5')));
    expect(attempt(protest({}), S.DELIVERED, E.SUSPENDED_BY_COURT, {}, none)).toMatchObject(refusedWith('NO_PENDING_COMPLAINT', cite('8', '2')));
    expect(attempt(protest({}), S.DELIVERED, E.SUSPENDED_BY_COURT, {}, { complaintPending: true })).toMatchObject({ ok: true, to: S.SUSPENDED });
  },
  NO_PROPERTY_DEPRIVATION: () => {
    const body = (deprivesProperty: boolean): ActBody => ({ type: ActType.RESOLUTION, kind: ResolutionKind.COMPULSORY_EXECUTION, attributes: { deprivesProperty } });
    expect(attempt(body(true), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION', cite('26-1', '1'), 'deprivesProperty'));
    expect(attempt(body(false), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  PERSON_REFUSED_TO_APPEAR: () => {
    const body = (personRefusedToAppear: boolean): ActBody => ({ type: ActType.RESOLUTION, kind: ResolutionKind.BRING_BY_FORCE, attributes: { personRefusedToAppear } });
    expect(attempt(body(false), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR', cite('26-1', '3'), 'personRefusedToAppear'));
    expect(attempt(body(true), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  ELECTRONIC_SIGNATURE_PERMITTED: () => {
    const body = (covert: boolean): ActBody => ({ type: ActType.SANCTION, kind: null, attributes: { covertActionObtainingProtectedSecrets: covert } });
    expect(attempt(body(true), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'ELECTRONIC' })).toMatchObject(
      refusedWith('ELECTRONIC_SIGNATURE_NOT_PERMITTED', cite('21', '2'), 'signature'),
    );
    expect(attempt(body(true), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'HANDWRITTEN' })).toMatchObject({ ok: true });
    expect(attempt(body(false), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'ELECTRONIC' })).toMatchObject({ ok: true });
  },
  ACT_TEXT_COMPLETE: () => {
    const ru = COMPLETE_TEXT.ru!;
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, { text: {} })).toMatchObject({ ok: false, refusal: { code: 'ACT_TEXT_MISSING', citation: null, field: 'text' } });
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, { text: { ru: { ...ru, demands: [' '] } } })).toMatchObject(refusedWith('ACT_TEXT_INCOMPLETE', cite('19', '4'), 'text.ru.demands'));
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, { text: { kk: { ...ru, violatedNorms: [] } } })).toMatchObject(refusedWith('ACT_TEXT_INCOMPLETE', cite('19', '1'), 'text.kk.violatedNorms'));
    expect(attempt(order({}), S.DRAFT, E.ISSUE, {}, { text: { ru: { ...ru, facts: '' } } })).toMatchObject(refusedWith('ACT_TEXT_INCOMPLETE', cite('24', '2'), 'text.ru.facts'));
    expect(attempt(submission(null), S.DRAFT, E.ISSUE, {}, { text: { ru: { ...ru, demands: [] } } })).toMatchObject(refusedWith('ACT_TEXT_INCOMPLETE', cite('25', '1'), 'text.ru.demands'));
    // A submission's ground need not be a violated norm (25.1: causes of offences, an immunity).
    expect(attempt(submission(null), S.DRAFT, E.ISSUE, {}, { text: { ru: { ...ru, violatedNorms: [] } } })).toMatchObject({ ok: true });
    // The law names no contents for a warning: its grounds are required as policy, with no article.
    const warning: ActBody = { type: ActType.WARNING, kind: null, attributes: { basedOnApplication: false, applicantIdentified: false } };
    expect(attempt(warning, S.DRAFT, E.ISSUE, {}, { text: { kk: { facts: ' ', violatedNorms: [], demands: [] } } })).toMatchObject({
      ok: false,
      refusal: { code: 'ACT_TEXT_INCOMPLETE', citation: null, field: 'text.kk.facts' },
    });
    expect(attempt(warning, S.DRAFT, E.ISSUE, {}, { text: { kk: { facts: 'Ескерту негіздері', violatedNorms: [], demands: [] } } })).toMatchObject({ ok: true });
    expect(attempt(protest({}), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  DOCUMENT_SIGNED_WHEN_REQUIRED: () => {
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, {}, { documentSignature: 'UNSIGNED' })).toMatchObject(refusedWith('DOCUMENT_NOT_SIGNED', cite('19', '1'), 'signature'));
    const claim: ActBody = { type: ActType.COURT_APPLICATION, kind: null, attributes: { basedOnApplication: false, applicantIdentified: false } };
    expect(attempt(claim, S.DRAFT, E.FILED_WITH_COURT, {}, {}, { documentSignature: 'UNSIGNED' })).toMatchObject(refusedWith('DOCUMENT_NOT_SIGNED', cite('23', '1'), 'signature'));
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, {}, { documentSignature: 'SIGNED' })).toMatchObject({ ok: true });
    expect(attempt(protest({}), S.DRAFT, E.ISSUE, {}, {}, { documentSignature: 'NOT_REQUIRED' })).toMatchObject({ ok: true });
  },
  MISSED_DEADLINE_ENDS_TERM: () => {
    expect(attempt(submission(null), S.DELIVERED, E.TERM_MISSED, { deadline: DeadlineKind.SUBMISSION_RESULT_REPORT })).toMatchObject(
      refusedWith('TERM_MISSED_WRONG_DEADLINE', cite('25', '2'), 'deadline'),
    );
    expect(attempt(submission(null), S.DELIVERED, E.TERM_MISSED, { deadline: DeadlineKind.SUBMISSION_CONSIDERATION })).toMatchObject({ ok: true, to: S.OVERDUE });
  },

  // Law No. 155-VII
  ANONYMOUS_APPLICATION_EXCEPTED: () => {
    const anonymous = { basedOnApplication: true, applicantIdentified: false };
    expect(attempt155(body155(ActType.PROTEST, null, anonymous), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('ANONYMOUS_APPLICATION', cite155('24', '6'), 'anonymousException'),
    );
    for (const exception of [AnonymousException.CRIME_REPORT, AnonymousException.NATIONAL_SECURITY_THREAT]) {
      expect(attempt155(body155(ActType.PROTEST, null, { ...anonymous, anonymousException: exception }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    }
    expect(attempt155(body155(ActType.PROTEST, null, { basedOnApplication: true, applicantIdentified: true }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    expect(attempt155(body155(ActType.COURT_APPLICATION, null, anonymous), S.DRAFT, E.FILED_WITH_COURT)).toMatchObject(
      refusedWith('ANONYMOUS_APPLICATION', cite155('24', '6')),
    );
  },
  PROTEST_TARGET_PROTESTABLE: () => {
    expect(attempt155(body155(ActType.PROTEST, null, { target: TargetKind.LAW }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('PROTEST_TARGET_NOT_PROTESTABLE', cite155('33', '6'), 'target'),
    );
    for (const issuer of [
      ProtestTargetIssuer.PRESIDENT,
      ProtestTargetIssuer.PRESIDENTIAL_ADMINISTRATION,
      ProtestTargetIssuer.CONSTITUTIONAL_COURT,
      ProtestTargetIssuer.SUPREME_AUDIT_CHAMBER_AUDIT_RESULT,
    ]) {
      expect(attempt155(body155(ActType.PROTEST, null, { targetIssuer: issuer }), S.DRAFT, E.ISSUE)).toMatchObject(
        refusedWith('PROTEST_TARGET_NOT_PROTESTABLE', cite155('33', '6'), 'targetIssuer'),
      );
    }
    const ordinary = { target: TargetKind.OTHER_NORMATIVE_LEGAL_ACT, targetIssuer: ProtestTargetIssuer.OTHER };
    expect(attempt155(body155(ActType.PROTEST, null, ordinary), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  PROTEST_SUSPENSION_BY_HEAD: () => {
    const suspending = body155(ActType.PROTEST, null, { suspendsTargetAct: true });
    expect(attempt155(suspending, S.DRAFT, E.ISSUE, {}, { actor: ACTORS.AUTHOR })).toMatchObject(
      refusedWith('PROTEST_SUSPENSION_RESERVED', cite155('33', '5'), 'suspendsTargetAct'),
    );
    expect(attempt155(suspending, S.DRAFT, E.ISSUE, {}, { actor: ACTORS.HEAD_OF_OFFICE })).toMatchObject({ ok: true });
    expect(attempt155(body155(ActType.PROTEST, null, {}), S.DRAFT, E.ISSUE, {}, { actor: ACTORS.AUTHOR })).toMatchObject({ ok: true });
  },
  SUBMISSION_TERM_ONLY_WHEN_URGENT: () => {
    expect(attempt155(body155(ActType.SUBMISSION, null, { termDays: 10 }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('SUBMISSION_TERM_WITHOUT_URGENCY', cite155('36', '2'), 'termDays'),
    );
    expect(attempt155(body155(ActType.SUBMISSION, null, { urgencyGround: SubmissionUrgencyGround.LIFE_OR_HEALTH }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('TERM_REQUIRED', cite155('36', '2'), 'termDays'),
    );
    expect(attempt155(body155(ActType.SUBMISSION, null, { termDays: 5, urgencyGround: SubmissionUrgencyGround.STATE_SECURITY }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
    expect(attempt155(body155(ActType.SUBMISSION, null, {}), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  SANCTION_REFUSAL_REASONED: () => {
    const sanction = body155(ActType.SANCTION, null, {});
    expect(attempt155(sanction, S.UNDER_REVIEW, E.SANCTION_REFUSED, { reasons: undefined })).toMatchObject(
      refusedWith('SANCTION_REFUSAL_WITHOUT_REASONS', cite155('34', '2'), 'reasons'),
    );
    expect(attempt155(sanction, S.UNDER_REVIEW, E.SANCTION_REFUSED, { reasons: 'No grounds in the materials' })).toMatchObject({ ok: true, to: S.REFUSED });
  },
  SECRET_MEASURE_NOT_SIGNED_ELECTRONICALLY: () => {
    const sanction = (secret: boolean) => body155(ActType.SANCTION, null, { covertActionObtainingProtectedSecrets: secret });
    expect(attempt155(sanction(true), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'ELECTRONIC' })).toMatchObject(
      refusedWith('ELECTRONIC_SIGNATURE_NOT_PERMITTED', cite155('34', '3'), 'signature'),
    );
    expect(attempt155(sanction(true), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'HANDWRITTEN' })).toMatchObject({ ok: true });
    expect(attempt155(sanction(false), S.UNDER_REVIEW, E.SANCTION_GRANTED, { signature: 'ELECTRONIC' })).toMatchObject({ ok: true });
  },
  INSTRUCTION_SUBJECT_STATED: () => {
    expect(attempt155(body155(ActType.INSTRUCTION, null, { subject: null }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('INSTRUCTION_SUBJECT_MISSING', cite155('35', '1'), 'subject'),
    );
    expect(attempt155(body155(ActType.INSTRUCTION, null, { subject: InstructionSubject.ENFORCEMENT_PROCEEDINGS }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  INSPECTION_REGISTERED: () => {
    const inspection = body155(ActType.RESOLUTION, ResolutionKind.INSPECTION, {});
    expect(attempt155(inspection, S.ISSUED, E.INSPECTION_STARTED, { registrationNumber: undefined })).toMatchObject(
      refusedWith('INSPECTION_NOT_REGISTERED', cite155('18', '4'), 'registrationNumber'),
    );
    expect(attempt155(inspection, S.ISSUED, E.INSPECTION_STARTED, { registrationNumber: '2026-77' })).toMatchObject({ ok: true, to: S.IN_PROGRESS });
  },
  COMPLAINT_WITHIN_FILING_WINDOW: () => {
    const protest155 = body155(ActType.PROTEST, null, {});
    const complain = (payload: Record<string, unknown>, calendar = false) => attempt155(protest155, S.DELIVERED, E.COMPLAINT_FILED, payload, { calendar });
    // Learned 07.12.2025: three months end on Saturday 07.03.2026; Sunday 8 March is Women's Day, its
    // day off moves to Monday 9.03 — the window runs to the end of Tuesday 10.03 (Civil Code: next working day).
    const late = { learnedAt: almaty('2025-12-07', 12), filedAt: almaty('2026-03-09', 10) };
    expect(complain(late, true)).toMatchObject({ ok: true });
    expect(complain(late, false)).toMatchObject(refusedWith('COMPLAINT_FILING_TERM_EXPIRED', cite155('25', '1'), 'learnedAt'));
    expect(complain({ learnedAt: almaty('2025-11-01', 12), filedAt: almaty('2026-03-02', 10) }, true)).toMatchObject(
      refusedWith('COMPLAINT_FILING_TERM_EXPIRED', cite155('25', '1'), 'learnedAt'),
    );
    expect(complain({ learnedAt: almaty('2025-11-01', 12), filedAt: almaty('2026-03-02', 10), restoredTerm: 'Decision No. 4 restoring the term' }, true)).toMatchObject({ ok: true });
    expect(complain({ learnedAt: undefined })).toMatchObject(refusedWith('INVALID_PAYLOAD', cite155('25', '1'), 'learnedAt'));
    expect(complain({ learnedAt: undefined, forum: 'COURT' })).toMatchObject({ ok: true });
  },
  PERSON_FAILED_TO_APPEAR: () => {
    const bring = (attributes: object) => body155(ActType.RESOLUTION, ResolutionKind.BRING_BY_FORCE, attributes);
    expect(attempt155(bring({ personRefusedToAppear: false }), S.DRAFT, E.ISSUE)).toMatchObject(
      refusedWith('BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR', cite155('26', '11'), 'personRefusedToAppear'),
    );
    expect(attempt155(bring({ personRefusedToAppear: true }), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  PERSON_NOT_EXEMPT_FROM_FORCE: () => {
    const bring = (exemption: BringByForceExemption) => body155(ActType.RESOLUTION, ResolutionKind.BRING_BY_FORCE, { exemption });
    for (const exemption of [
      BringByForceExemption.CHILD_UNDER_14,
      BringByForceExemption.MINOR_WITHOUT_NOTICE_TO_REPRESENTATIVE,
      BringByForceExemption.PREGNANT_WOMAN,
      BringByForceExemption.HEALTH_PREVENTS_LEAVING,
    ]) {
      expect(attempt155(bring(exemption), S.DRAFT, E.ISSUE)).toMatchObject(refusedWith('BRING_BY_FORCE_EXEMPT_PERSON', cite155('26', '14'), 'exemption'));
    }
    expect(attempt155(bring(BringByForceExemption.NONE), S.DRAFT, E.ISSUE)).toMatchObject({ ok: true });
  },
  NOT_AT_NIGHT: () => {
    const bring = body155(ActType.RESOLUTION, ResolutionKind.BRING_BY_FORCE, {});
    const executed = (at: string) => attempt155(bring, S.DELIVERED, E.EXECUTION_REPORTED, { executedAt: at });
    for (const at of [almaty('2026-03-09', 22, 0), almaty('2026-03-09', 23, 30), almaty('2026-03-10', 5, 59)]) {
      expect(executed(at)).toMatchObject(refusedWith('BRING_BY_FORCE_AT_NIGHT', cite155('26', '13'), 'executedAt'));
    }
    for (const at of [almaty('2026-03-09', 6, 0), almaty('2026-03-09', 21, 59)]) expect(executed(at)).toMatchObject({ ok: true, to: S.EXECUTED });
  },
};

describe('guards: one passing and one refusing case each, with code and article', () => {
  it('the cases cover every guard', () => {
    expect(Object.keys(cases).sort()).toEqual([...GUARD_NAMES].sort());
  });
  it.each(Object.entries(cases))('%s', (_name, run) => run());

  it('every guard is used by some table', () => {
    const used = new Set(MACHINES.flatMap((machine) => machine.rows.flatMap((row) => row.guards)));
    expect([...GUARD_NAMES].filter((guard) => !used.has(guard))).toEqual([]);
  });
});

describe('payload validation names the field', () => {
  const machine = machineOf(ActType.PROTEST);
  const issued = snapshotIn(machine, S.ISSUED);
  const deliver = (payload: unknown) => decide(issued, E.DELIVERY_CONFIRMED, ACTORS.ADDRESSEE_REPORT, payload, NOW);

  it.each([
    ['a missing required instant', {}, 'receivedAt', /is required/],
    ['an instant in the future', { receivedAt: '2026-03-11T00:00:00Z' }, 'receivedAt', /future/],
    ['an instant without a zone', { receivedAt: '2026-03-09T10:00:00' }, 'receivedAt', /ISO 8601/],
    ['a field the event does not take', { receivedAt: '2026-03-09T10:00:00Z', meetingAt: '2026-03-19T10:00:00Z' }, 'meetingAt', /not expected/],
    ['a field named like an Object method', { receivedAt: '2026-03-09T10:00:00Z', toString: 'x' }, 'toString', /not expected/],
    ['a payload that is not an object', 'yesterday', 'payload', /object/],
  ])('refuses %s', (_case, payload, field, message) => {
    expect(deliver(payload)).toMatchObject(refusedWith('INVALID_PAYLOAD', cite('19', '3'), field));
    const decision = deliver(payload);
    expect(!decision.ok && decision.refusal.message).toMatch(message);
  });

  it('refuses a meeting that is not after its notice, and a choice outside its set', () => {
    const scheduled = decide(snapshotIn(machine, S.DELIVERED), E.CONSIDERATION_SCHEDULED, ACTORS.ADDRESSEE_REPORT, { notifiedAt: '2026-03-09T10:00:00Z', meetingAt: '2026-03-09T10:00:00Z' }, NOW);
    expect(scheduled).toMatchObject(refusedWith('INVALID_PAYLOAD', cite('19', '3'), 'meetingAt'));
    const complaint = decide(snapshotIn(machine, S.DELIVERED), E.COMPLAINT_FILED, ACTORS.ADDRESSEE_REPORT, { filedAt: '2026-03-09T10:00:00Z', forum: 'PARLIAMENT' }, NOW);
    expect(complaint).toMatchObject(refusedWith('INVALID_PAYLOAD', cite('8', '1'), 'forum'));
  });

  it('refuses an extension count that is not a whole number', () => {
    const inspection = machineOf(ActType.RESOLUTION, ResolutionKind.INSPECTION);
    const decision = decide(snapshotIn(inspection, S.IN_PROGRESS), E.INSPECTION_EXTENDED, ACTORS.HIGHER_SUPERVISOR, { extensionCount: 1.5, extensionUnit: 'MONTH', consent: 'No. 1' }, NOW);
    expect(decision).toMatchObject(refusedWith('INVALID_PAYLOAD', cite('5', '4'), 'extensionCount'));
  });

  it('accepts Date objects as well as ISO strings', () => {
    expect(deliver({ receivedAt: new Date('2026-03-09T10:00:00Z') })).toMatchObject({ ok: true, to: S.DELIVERED });
  });
});
