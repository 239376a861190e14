import { FixedClock } from '@app/config';
import { ActEvent, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '@app/domain';
import { ActsRepository, SYSTEM_ACTOR, Transactions } from '@app/persistence';
import { ActTransitions } from '@app/workflow';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';

/**
 * Constitutional Law No. 155-VII installed beside the 1995 law (STATUTE_EDITIONS, docs/adr/0010):
 * its acts, clocks and prohibitions over HTTP, each refusal with its article, and the acts of the
 * 1995 law keeping their edition for life.
 */
const BOTH = `${KZ_2709_EDITION_ID},${KZ_155_VII_EDITION_ID}`;
const P = 'bostandyk.prosecutor';
const HEAD = 'bostandyk.head';
const HIGHER = 'almaty.head';

describe('Law No. 155-VII as a second installed edition', () => {
  // Thursday 19.03.2026, 10:00 Almaty.
  const TODAY = new Date('2026-03-19T05:00:00Z');
  const ISSUE_DAY = new Date('2026-03-01T05:00:00Z');
  const clock = new FixedClock(TODAY);
  let api: ApiHarness;
  let caseId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ clock, config: { STATUTE_EDITIONS: BOTH } });
    caseId = await api.openCase(P, '2026-ALA-BOS-155-1');
  });
  afterAll(() => api?.stop());
  afterEach(() => clock.set(TODAY));

  const file = async (route: string, fields: object, login = P) =>
    api.http.post(`/api/v1/acts/${route}`).set(await api.as(login)).send({ caseId, title: `Act ${route}`, addresseeName: 'Akimat of Bostandyk district', text: ACT_TEXT, ...fields });
  const fire = async (id: string, event: string, payload: object = {}, login = P) =>
    api.http.post(`/api/v1/acts/${id}/events`).set(await api.as(login)).send({ event, payload });
  /**
   * The tests report receipts and decisions of the past days of March; an act is filed and issued on
   * 01.03.2026 (when the clock stands at its default), so no reported instant precedes its issue
   * (EVENT_BEFORE_PRIOR_STATE, office policy).
   */
  const onIssueDay = async <T>(work: () => Promise<T>): Promise<T> => {
    const now = clock.now();
    if (now.getTime() === TODAY.getTime()) clock.set(ISSUE_DAY);
    try {
      return await work();
    } finally {
      clock.set(now);
    }
  };
  const filed = async (route: string, fields: object, login = P): Promise<string> => onIssueDay(() => filedNow(route, fields, login));
  const filedNow = async (route: string, fields: object, login: string): Promise<string> => {
    const response = await file(route, fields, login);
    if (response.status !== 201) throw new Error(`${route}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const issued = async (route: string, fields: object, login = P): Promise<string> =>
    onIssueDay(async () => {
      const id = await filedNow(route, fields, login);
      expect((await fire(id, 'ISSUE', {}, login)).status).toBe(200);
      return id;
    });
  const act = async (id: string) => (await api.http.get(`/api/v1/acts/${id}`).set(await api.as(P)).expect(200)).body;
  const refused = (body: { code: string; article?: string; errors?: Array<{ field: string }> }, code: string, article?: string, field?: string) => {
    expect(body.code).toBe(code);
    if (article) expect(body.article).toBe(article);
    if (field) expect(body.errors?.[0]?.field).toBe(field);
  };

  describe('which edition judges an act', () => {
    it('files today’s acts under 155-VII, and GET /act-types shows both installed editions with the days each judges', async () => {
      const id = await filed('protests', { target: 'NON_NORMATIVE_LEGAL_ACT' });
      expect((await act(id)).editionId).toBe(KZ_155_VII_EDITION_ID);
      const catalog = await api.http.get('/api/v1/act-types').set(await api.as(P)).set('Accept-Language', 'en').expect(200);
      expect(catalog.body.editions.map((edition: { id: string; judges: object }) => [edition.id, edition.judges])).toEqual([
        [KZ_2709_EDITION_ID, { from: '2016-12-28', to: '2017-07-10' }],
        [KZ_155_VII_EDITION_ID, { from: '2022-11-18', to: null }],
      ]);
      const law155 = catalog.body.editions[1];
      expect(law155.actTypes).toEqual(['PROTEST', 'SANCTION', 'INSTRUCTION', 'SUBMISSION', 'RESOLUTION', 'PETITION', 'COURT_APPLICATION', 'APPEAL', 'INADMISSIBILITY_EXPLANATION']);
      expect(law155.withdrawnActTypes).toContainEqual(expect.objectContaining({ actType: 'ORDER', citation: expect.objectContaining({ article: '32', paragraph: '1' }) }));
      expect(law155.policies.length).toBeGreaterThan(3);
      expect(catalog.body.termRules.filter((rule: { editionId: string }) => rule.editionId === KZ_155_VII_EDITION_ID)).toHaveLength(10);
    });

    it.each([
      ['orders', { target: 'DECISION_OR_ACTION', violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true, violatedNorms: ['n'], proposedMeasures: ['m'], termDays: 5 }, /no order/],
      ['warnings', {}, /no warning/],
      ['explanations', {}, /no explanation of legislation/],
    ])('refuses to file %s under 155-VII, with the reason and art. 32.1', async (route, fields, reason) => {
      const response = await file(route, fields);
      expect(response.status).toBe(422);
      refused(response.body, 'ACT_TYPE_NOT_IN_EDITION', 'art. 32.1', 'type');
      expect(response.body.title).toMatch(reason);
    });

    it('refuses a 1995 resolution kind 155-VII splits up, naming its replacements', async () => {
      const response = await file('resolutions', { kind: 'OPEN_PROCEEDINGS', termDays: 10 });
      expect(response.status).toBe(422);
      refused(response.body, 'ACT_TYPE_NOT_IN_EDITION', 'art. 37.1', 'kind');
      expect(response.body.title).toContain('DISCIPLINARY_PROCEEDINGS');
    });

    it('refuses a day no installed edition covers (the 2017 law), naming the gap', async () => {
      clock.set(new Date('2020-05-05T05:00:00Z'));
      const response = await file('protests', { target: 'NON_NORMATIVE_LEGAL_ACT' });
      expect(response.status).toBe(422);
      refused(response.body, 'NO_EDITION_IN_FORCE');
      expect(response.body.title).toContain('11.07.2017–17.11.2022');
    });

    it('judges an act of 10.07.2017 by the 1995 law, and refuses to issue its draft on 11.07.2017', async () => {
      clock.set(new Date('2017-07-10T05:00:00Z'));
      const id = await filed('orders', { target: 'DECISION_OR_ACTION', violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true, violatedNorms: ['n'], proposedMeasures: ['m'], termDays: 5 });
      expect((await act(id)).editionId).toBe(KZ_2709_EDITION_ID);
      clock.set(new Date('2017-07-11T05:00:00Z'));
      const response = await fire(id, 'ISSUE');
      expect(response.status).toBe(422);
      refused(response.body, 'NO_EDITION_IN_FORCE');
      expect((await act(id)).state).toBe('DRAFT');
    });
  });

  describe('PROTEST (art. 33)', () => {
    it('refuses a prosecutor-set term under 3 days (33.3), a legislative act and the President’s acts (33.6)', async () => {
      refused((await file('protests', { target: 'DECISION_OR_ACTION', termDays: 2 })).body, 'TERM_BELOW_STATUTORY_MINIMUM', 'art. 33.3', 'termDays');
      refused((await file('protests', { target: 'LAW' })).body, 'PROTEST_TARGET_NOT_PROTESTABLE', 'art. 33.6', 'target');
      refused((await file('protests', { target: 'OTHER_NORMATIVE_LEGAL_ACT', targetIssuer: 'PRESIDENT' })).body, 'PROTEST_TARGET_NOT_PROTESTABLE', 'art. 33.6', 'targetIssuer');
      refused((await file('protests', { target: 'NON_NORMATIVE_LEGAL_ACT', targetIssuer: 'SUPREME_AUDIT_CHAMBER_AUDIT_RESULT' })).body, 'PROTEST_TARGET_NOT_PROTESTABLE', 'art. 33.6');
    });

    it('reserves suspending the protested act to the head of the office (33.5)', async () => {
      const byProsecutor = await file('protests', { target: 'DECISION_OR_ACTION', suspendsTargetAct: true });
      expect(byProsecutor.status).toBe(403);
      refused(byProsecutor.body, 'PROTEST_SUSPENSION_RESERVED', 'art. 33.5', 'suspendsTargetAct');
      const id = await issued('protests', { target: 'DECISION_OR_ACTION', suspendsTargetAct: true }, HEAD);
      expect((await act(id)).state).toBe('ISSUED');
    });

    it('lifts a 3-day term that holds no 3 working days to the floor of 33.3, across Nauryz', async () => {
      const id = await issued('protests', { target: 'DECISION_OR_ACTION', termDays: 3 });
      // Received Thursday 19.03.2026: 3 days end on Sunday 22.03 (Nauryz) and roll to 26.03; the 3rd working day is 27.03.
      const response = await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-19T05:00:00Z' });
      expect(response.status).toBe(200);
      const [deadline] = response.body.deadlines;
      expect(deadline).toMatchObject({ kind: 'PROTEST_CONSIDERATION', dueAt: '2026-03-27T19:00:00.000Z', article: 'art. 33.3' });
      expect(deadline.explanation.en).toContain('shorter than the statutory minimum of 3 working days (art. 33.3) → ends on 27.03.2026');
      expect(deadline.explanation.en).toContain('Law No. 155-VII');
    });

    it('is withdrawn before consideration, never after it (33.3)', async () => {
      const early = await issued('protests', { target: 'DECISION_OR_ACTION' });
      await fire(early, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-18T05:00:00Z' });
      expect((await fire(early, 'WITHDRAW', { summary: 'The akimat revoked its decision' })).body.state).toBe('WITHDRAWN');

      const considered = await issued('protests', { target: 'DECISION_OR_ACTION' });
      await fire(considered, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-18T05:00:00Z' });
      await fire(considered, 'CONSIDERATION_SCHEDULED', { notifiedAt: '2026-03-18T06:00:00Z', meetingAt: '2026-03-19T04:00:00Z' });
      expect((await fire(considered, 'OUTCOME_PARTLY_SATISFIED', { decidedAt: '2026-03-19T04:30:00Z' })).status).toBe(200);
      const late = await fire(considered, 'WITHDRAW', { summary: 'Too late' });
      expect(late.status).toBe(409);
      refused(late.body, 'EVENT_NOT_ALLOWED_IN_STATE', 'art. 33.3');
      const higher = await fire(considered, 'REVOKED_BY_HIGHER_PROSECUTOR', { summary: 'Too late' }, HIGHER);
      expect(higher.status).toBe(409);
      refused(higher.body, 'EVENT_NOT_ALLOWED_IN_STATE', 'art. 33.3');
    });

    it('opens a court application as a task when rejected (39.2), and tracks the written report of the result as policy', async () => {
      const id = await issued('protests', { target: 'DECISION_OR_ACTION' });
      await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-18T05:00:00Z' });
      await fire(id, 'CONSIDERATION_SCHEDULED', { notifiedAt: '2026-03-18T06:00:00Z', meetingAt: '2026-03-19T04:00:00Z' });
      const rejected = await fire(id, 'OUTCOME_REJECTED', { decidedAt: '2026-03-19T04:30:00Z' });
      expect(rejected.body.state).toBe('REJECTED');
      const report = rejected.body.deadlines.find((deadline: { kind: string }) => deadline.kind === 'PROTEST_RESULT_REPORT');
      expect(report).toMatchObject({ status: 'MET', article: 'art. 33.3' });
      expect(report.explanation.en).toContain('office policy, not a statutory term');
      const [task] = await api.dataSource.query('SELECT type, state, link_reason, edition_id FROM acts WHERE linked_act_id = $1', [id]);
      expect(task).toEqual({ type: 'COURT_APPLICATION', state: 'DRAFT', link_reason: 'ACT_REJECTED', edition_id: KZ_155_VII_EDITION_ID });
    });
  });

  it('opens a court application as a task when the protest’s term runs out unconsidered (39.2); the task is dropped if it is considered late', async () => {
    const id = await issued('protests', { target: 'DECISION_OR_ACTION' });
    await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-02T05:00:00Z' });
    // The deadline engine's TERM_MISSED, through the one transition path (as DeadlineEngine.due fires it).
    await api.app.get(Transactions).run(async (tx) => {
      const row = await api.app.get(ActsRepository).lockById(tx, id);
      await api.app.get(ActTransitions).apply(tx, {
        act: row,
        event: ActEvent.TERM_MISSED,
        payload: { deadline: 'PROTEST_CONSIDERATION' },
        actor: { role: 'SYSTEM', officeRelation: 'SAME_OFFICE' },
        auditActor: SYSTEM_ACTOR,
        expectedVersion: row.version,
        now: clock.now(),
      });
    });
    expect((await act(id)).state).toBe('OVERDUE');
    const [task] = await api.dataSource.query('SELECT id, type, state, link_reason FROM acts WHERE linked_act_id = $1', [id]);
    expect(task).toMatchObject({ type: 'COURT_APPLICATION', state: 'DRAFT', link_reason: 'TERM_MISSED' });
    expect((await fire(id, 'OUTCOME_SATISFIED', { decidedAt: '2026-03-19T04:00:00Z' })).body.state).toBe('SATISFIED');
    expect((await fire(task.id, 'WITHDRAW', { summary: 'The protest was satisfied after all' })).body.state).toBe('WITHDRAWN');
  });

  describe('SUBMISSION (art. 36)', () => {
    it('takes a term of the prosecutor only on the urgency ground', async () => {
      refused((await file('submissions', { termDays: 10 })).body, 'SUBMISSION_TERM_WITHOUT_URGENCY', 'art. 36.2', 'termDays');
      refused((await file('submissions', { urgencyGround: 'LIFE_OR_HEALTH' })).body, 'TERM_REQUIRED', 'art. 36.2', 'termDays');
      expect((await file('submissions', { termDays: 5, urgencyGround: 'STATE_SECURITY' })).status).toBe(201);
    });

    it('counts 30 calendar days, and the meeting notice 3 working days back over the weekend', async () => {
      const id = await issued('submissions', {});
      const delivered = await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-10T05:00:00Z' });
      expect(delivered.body.deadlines[0]).toMatchObject({ kind: 'SUBMISSION_CONSIDERATION', dueAt: '2026-04-09T19:00:00.000Z', article: 'art. 36.2' });
      // Meeting on Monday 16.03: the notice is due by Wednesday 11.03 24:00 (Fri 13, Thu 12, Wed 11); it came on Thursday 12.03.
      const scheduled = await fire(id, 'CONSIDERATION_SCHEDULED', { notifiedAt: '2026-03-12T05:00:00Z', meetingAt: '2026-03-16T05:00:00Z' });
      const notice = scheduled.body.deadlines.find((deadline: { kind: string }) => deadline.kind === 'SUBMISSION_MEETING_NOTICE');
      expect(notice).toMatchObject({ status: 'MISSED', dueAt: '2026-03-11T19:00:00.000Z' });
      expect(notice.explanation.en).toContain('at least 3 working days before the consideration meeting on 16.03.2026 → by 11.03.2026');
      expect(notice.explanation.en).toContain('policy: the law does not say whether the day of the notice counts');
      // Rescheduled to Thursday 19.03 with a notice of Monday 16.03: in time (the 3rd working day before is Monday 16.03).
      const moved = await fire(id, 'CONSIDERATION_RESCHEDULED', { notifiedAt: '2026-03-16T05:00:00Z', meetingAt: '2026-03-19T04:00:00Z' });
      if (moved.status !== 200) throw new Error(JSON.stringify(moved.body));
      expect(moved.body.deadlines.find((deadline: { kind: string }) => deadline.kind === 'SUBMISSION_MEETING_NOTICE')).toMatchObject({ status: 'MET', dueAt: '2026-03-16T19:00:00.000Z' });
    });
  });

  describe('SANCTION (art. 34)', () => {
    it('runs no clock, needs reasons for a refusal, and bars the e-signature for covert measures', async () => {
      const covert = await filed('sanctions', { covertActionObtainingProtectedSecrets: true });
      const requested = await fire(covert, 'SANCTION_REQUESTED', { receivedAt: '2026-03-19T04:00:00Z' });
      expect(requested.body).toMatchObject({ state: 'UNDER_REVIEW', deadlines: [] });
      const electronic = await fire(covert, 'SANCTION_GRANTED', { signature: 'ELECTRONIC' });
      expect(electronic.status).toBe(422);
      refused(electronic.body, 'ELECTRONIC_SIGNATURE_NOT_PERMITTED', 'art. 34.3', 'signature');
      const bare = await fire(covert, 'SANCTION_REFUSED', {});
      refused(bare.body, 'SANCTION_REFUSAL_WITHOUT_REASONS', 'art. 34.2', 'reasons');
      expect((await fire(covert, 'SANCTION_REFUSED', { reasons: 'The materials show no grounds' })).body.state).toBe('REFUSED');
    });
  });

  describe('RESOLUTION (art. 37, 18, 26)', () => {
    it('suspends an act for at most 3 working days (37.1(9)), a clock against the prosecutor', async () => {
      refused((await file('resolutions', { kind: 'SHORT_SUSPENSION', termDays: 4 })).body, 'TERM_ABOVE_STATUTORY_MAXIMUM', 'art. 37.1(9)', 'termDays');
      const id = await issued('resolutions', { kind: 'SHORT_SUSPENSION', termDays: 3 });
      // Received Thursday 19.03.2026: Fri 20, then Nauryz and its days off to 25.03, Thu 26, Fri 27.
      const delivered = await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-19T05:00:00Z' });
      expect(delivered.body.deadlines[0]).toMatchObject({ kind: 'RESOLUTION_SUSPENSION_PERIOD', runsAgainst: 'PROSECUTOR', dueAt: '2026-03-27T19:00:00.000Z' });
      const ended = await fire(id, 'SUSPENSION_ENDED', {});
      expect(ended.body).toMatchObject({ state: 'COMPLETED', deadlines: [expect.objectContaining({ status: 'MET' })] });
    });

    it('starts an inspection only once registered, pauses and resumes it, and caps the extension at 30 working days (18.4)', async () => {
      const id = await issued('resolutions', { kind: 'INSPECTION' });
      const unregistered = await fire(id, 'INSPECTION_STARTED', { startedAt: '2026-03-02T04:00:00Z' });
      refused(unregistered.body, 'INSPECTION_NOT_REGISTERED', 'art. 18.4', 'registrationNumber');
      const started = await fire(id, 'INSPECTION_STARTED', { startedAt: '2026-03-02T04:00:00Z', registrationNumber: '2026-ALA-000117' });
      // 30 working days from Monday 02.03.2026, over 9.03 and Nauryz 2026 (23–25.03): Friday 17.04.
      expect(started.body.deadlines[0]).toMatchObject({ kind: 'INSPECTION_DURATION', dueAt: '2026-04-17T19:00:00.000Z', article: 'art. 18.4' });
      const paused = await fire(id, 'INSPECTION_SUSPENDED', { summary: 'Expert examination ordered' });
      expect(paused.body).toMatchObject({ state: 'PAUSED', deadlines: [expect.objectContaining({ status: 'PAUSED' })] });
      clock.set(new Date('2026-03-21T05:00:00Z'));
      const resumed = await fire(id, 'INSPECTION_RESUMED', {});
      // Two days stood still: the count continues from the day it resumes (18.4).
      expect(resumed.body).toMatchObject({ state: 'IN_PROGRESS', deadlines: [expect.objectContaining({ status: 'OPEN', dueAt: '2026-04-19T19:00:00.000Z' })] });
      const tooLong = await fire(id, 'INSPECTION_EXTENDED', { extensionCount: 31, extensionUnit: 'WORKING_DAY', consent: 'Large volume of materials' });
      refused(tooLong.body, 'EXTENSION_ABOVE_STATUTORY_MAXIMUM', 'art. 18.4', 'extensionCount');
      expect((await fire(id, 'INSPECTION_EXTENDED', { extensionCount: 30, extensionUnit: 'WORKING_DAY', consent: 'Large volume of materials' })).status).toBe(200);
    });

    it('brings a person by force only by the head’s order, never an exempt person, never at night (26.11–26.14)', async () => {
      refused((await file('resolutions', { kind: 'BRING_BY_FORCE', personRefusedToAppear: true, exemption: 'PREGNANT_WOMAN' })).body, 'BRING_BY_FORCE_EXEMPT_PERSON', 'art. 26.14', 'exemption');
      const id = await filed('resolutions', { kind: 'BRING_BY_FORCE', personRefusedToAppear: true, exemption: 'NONE' });
      const byProsecutor = await fire(id, 'ISSUE');
      expect(byProsecutor.status).toBe(403);
      refused(byProsecutor.body, 'NOT_HEAD_OF_OFFICE', 'art. 26.11');
      expect((await onIssueDay(() => fire(id, 'ISSUE', {}, HEAD))).status).toBe(200);
      await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-18T05:00:00Z' });
      const night = await fire(id, 'EXECUTION_REPORTED', { executedAt: '2026-03-18T18:30:00Z' });
      refused(night.body, 'BRING_BY_FORCE_AT_NIGHT', 'art. 26.13', 'executedAt');
      expect((await fire(id, 'EXECUTION_REPORTED', { executedAt: '2026-03-19T03:00:00Z' })).body).toMatchObject({ state: 'EXECUTED', deadlines: [] });
    });
  });

  describe('applications, complaints and the higher prosecutor', () => {
    it('refuses an anonymous application unless it reports a crime or a threat to national security (24.6)', async () => {
      refused((await file('protests', { target: 'DECISION_OR_ACTION', basedOnApplication: true })).body, 'ANONYMOUS_APPLICATION', 'art. 24.6', 'anonymousException');
      expect((await file('protests', { target: 'DECISION_OR_ACTION', basedOnApplication: true, anonymousException: 'CRIME_REPORT' })).status).toBe(201);
    });

    it('takes a complaint to the higher prosecutor within 3 months (or on a restored term) and runs his 20 working days (25.1)', async () => {
      // Issued on 03.11.2025; the complainant learned of it on 10.11.2025 and complains on 18.03.2026.
      clock.set(new Date('2025-11-03T05:00:00Z'));
      const id = await issued('instructions', { subject: 'PRE_TRIAL_INVESTIGATION', termDays: 10 });
      clock.set(TODAY);
      const late = await fire(id, 'COMPLAINT_FILED', { filedAt: '2026-03-18T05:00:00Z', forum: 'HIGHER_PROSECUTOR', learnedAt: '2025-11-10T05:00:00Z' });
      refused(late.body, 'COMPLAINT_FILING_TERM_EXPIRED', 'art. 25.1', 'learnedAt');
      const restored = await fire(id, 'COMPLAINT_FILED', {
        filedAt: '2026-03-18T05:00:00Z',
        forum: 'HIGHER_PROSECUTOR',
        learnedAt: '2025-11-10T05:00:00Z',
        restoredTerm: 'Decision of the Almaty prosecutor No. 7 restoring the term',
      });
      // 20 working days from Wednesday 18.03.2026, over Nauryz and its days off (21–25.03): Monday 20.04.
      expect(restored.body.deadlines.find((deadline: { kind: string }) => deadline.kind === 'COMPLAINT_DECISION')).toMatchObject({
        runsAgainst: 'PROSECUTOR',
        dueAt: '2026-04-20T19:00:00.000Z',
        article: 'art. 25.1',
      });
      const dismissed = await fire(id, 'COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR', {}, HIGHER);
      expect(dismissed.body.deadlines.find((deadline: { kind: string }) => deadline.kind === 'COMPLAINT_DECISION')).toMatchObject({ status: 'MET' });
    });

    it('lets the higher prosecutor suspend on his own initiative and lift it (43.3)', async () => {
      const id = await issued('instructions', { subject: 'ENFORCEMENT_PROCEEDINGS', termDays: 10 });
      await fire(id, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-18T05:00:00Z' });
      const suspended = await fire(id, 'SUSPENDED_BY_HIGHER_PROSECUTOR', {}, HIGHER);
      expect(suspended.body).toMatchObject({ state: 'SUSPENDED', deadlines: [expect.objectContaining({ status: 'PAUSED' })] });
      const lifted = await fire(id, 'SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR', { summary: 'The grounds fell away' }, HIGHER);
      expect(lifted.body).toMatchObject({ state: 'DELIVERED', deadlines: [expect.objectContaining({ status: 'OPEN' })] });
    });

    it('records who sent the application a case is opened on, and refuses an anonymous one at intake (24.6)', async () => {
      const open = async (number: string, application: object) =>
        api.http.post('/api/v1/cases').set(await api.as(P)).send({ number, subject: 'Land allocation', addresseeName: 'Akimat', application });
      const anonymous = await open('2026-ALA-BOS-155-A1', { applicantIdentified: false });
      expect(anonymous.status).toBe(422);
      refused(anonymous.body, 'ANONYMOUS_APPLICATION', 'art. 24.6', 'application.anonymousException');
      const excepted = await open('2026-ALA-BOS-155-A2', { applicantIdentified: false, anonymousException: 'NATIONAL_SECURITY_THREAT', receivedAt: '2026-03-18T05:00:00Z' });
      expect(excepted.status).toBe(201);
      expect(excepted.body.application).toEqual({
        receivedAt: '2026-03-18T05:00:00.000Z',
        applicantIdentified: false,
        applicantName: null,
        anonymousException: 'NATIONAL_SECURITY_THREAT',
        editionId: KZ_155_VII_EDITION_ID,
      });
      const named = await open('2026-ALA-BOS-155-A3', { applicantIdentified: true, applicantName: 'Seitkali A. B.' });
      expect(named.body.application).toMatchObject({ applicantIdentified: true, applicantName: 'Seitkali A. B.', anonymousException: null });
      const own = await open('2026-ALA-BOS-155-A4', undefined as unknown as object);
      expect(own.body.application).toBeNull();
    });
  });

  describe('the response acts (arts. 38–41)', () => {
    it('files a petition with the court, an appeal only by the head, an oral explanation of inadmissibility', async () => {
      const petition = await filed('petitions', {});
      expect((await fire(petition, 'FILED_WITH_COURT', { filedAt: '2026-03-18T05:00:00Z', court: 'Almaty city court' })).body.state).toBe('FILED');

      const appeal = await filed('appeals', {});
      refused((await fire(appeal, 'ISSUE')).body, 'NOT_HEAD_OF_OFFICE', 'art. 40');
      expect((await fire(appeal, 'ISSUE', {}, HEAD)).body.state).toBe('ISSUED');

      const oral = await issued('inadmissibility-explanations', { form: 'ORAL' });
      expect((await fire(oral, 'DELIVERY_CONFIRMED', { receivedAt: '2026-03-19T04:00:00Z' })).body).toMatchObject({ state: 'DELIVERED', deadlines: [] });
    });
  });
});

describe('an act keeps its edition for life when 155-VII is installed later', () => {
  const TODAY = new Date('2026-03-10T05:00:00Z');
  const clock = new FixedClock(TODAY);
  let alone: ApiHarness;
  let both: ApiHarness | undefined;

  beforeAll(async () => {
    alone = await ApiHarness.start({ clock });
  });
  afterAll(async () => {
    await both?.app.close();
    await alone?.stop();
  });

  it('refuses a receipt before the calendar’s first year with 422 naming its coverage, never a 500', async () => {
    // Issued on 01.12.2021 (the 1995 law alone judges every day): its receipt of 20.12.2021 follows the
    // issue, and falls in a year the production calendar does not cover.
    clock.set(new Date('2021-12-01T05:00:00Z'));
    const caseId = await alone.openCase(P, '2021-ALA-BOS-CAL-1');
    const headers = await alone.as(P);
    const { body } = await alone.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Old protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    await alone.http.post(`/api/v1/acts/${body.id}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    clock.set(TODAY);
    const response = await alone.http.post(`/api/v1/acts/${body.id}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2021-12-20T05:00:00Z' } }).expect(422);
    expect(response.body).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', errors: [expect.objectContaining({ field: 'payload.receivedAt' })] });
    expect(response.body.title).toContain('covers 2022–2027');
    const after = await alone.http.get(`/api/v1/acts/${body.id}`).set(headers).expect(200);
    expect(after.body).toMatchObject({ state: 'ISSUED', deadlines: [] });
  });

  it('refuses an anonymous application at intake under the 1995 law, whatever exception is claimed (7.4)', async () => {
    const response = await alone.http
      .post('/api/v1/cases')
      .set(await alone.as(P))
      .send({ number: '2026-ALA-BOS-CAL-2', subject: 'x-subject', addresseeName: 'Akimat', application: { applicantIdentified: false, anonymousException: 'CRIME_REPORT' } })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'ANONYMOUS_APPLICATION', article: 'art. 7.4' });
  });

  it('keeps judging a 1995 act by the 1995 rules after 155-VII is installed; a 1995 draft is refused at issue', async () => {
    // Filed and issued on 09.03.2026 at 09:00 Almaty, the day before today, and received later that day.
    clock.set(new Date('2026-03-09T04:00:00Z'));
    const caseId = await alone.openCase(P, '2026-ALA-BOS-LIFE-1');
    const headers = await alone.as(P);
    const protest = await alone.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Issued under 2709', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    await alone.http.post(`/api/v1/acts/${protest.body.id}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    const draft = await alone.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Drafted under 2709', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    expect(protest.body.editionId).toBe(KZ_2709_EDITION_ID);
    clock.set(TODAY);

    // The deployment installs both editions (same database).
    both = await alone.alongside({ clock, config: { STATUTE_EDITIONS: BOTH } });
    const headersBoth = await both.as(P);
    const delivered = await both.http.post(`/api/v1/acts/${protest.body.id}/events`).set(headersBoth).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-09T05:00:00Z' } }).expect(200);
    expect(delivered.body.editionId).toBe(KZ_2709_EDITION_ID);
    expect(delivered.body.deadlines[0]).toMatchObject({ article: 'art. 19.3', dueAt: '2026-03-19T19:00:00.000Z' });
    expect(delivered.body.deadlines[0].explanation.en).toContain('Law No. 2709');

    const issue = await both.http.post(`/api/v1/acts/${draft.body.id}/events`).set(headersBoth).send({ event: 'ISSUE' }).expect(409);
    expect(issue.body.code).toBe('EDITION_CHANGED_SINCE_DRAFT');
    expect(issue.body.title).toContain(KZ_155_VII_EDITION_ID);
  });
});
