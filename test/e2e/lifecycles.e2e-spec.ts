import { FixedClock } from '@app/config';
import { ApiHarness } from '../support/api-harness';
import { ActWalk, at, DeadlineShape, engineFiresTermMissed, expectFilingRefused, met, metLate, open } from '../support/lifecycle-paths';

/**
 * Every machine's main path over HTTP against real PostgreSQL: 10 act types, the resolution in
 * its 6 kinds. After each step: state, version, the clocks the statute starts (kind, status, due
 * instant, article, whom they run against), history, act_transitions and audit_log rows
 * (ActWalk). Plus one refusal the statute imposes per type.
 *
 * Dates are 2026, Asia/Almaty (UTC+5): "end of 26.03" is 2026-03-26T19:00:00Z. Non-working days
 * used: Nauryz 21–23.03 with the days off moved to 24–25.03; Unity Day 01.05 (Friday); weekends.
 */
const EDITION = 'KZ-2709@2016-12-28';
const POLICY = 'this clock is office policy, not a statutory term';
const NOT_BY_USERS = { status: 403, code: 'ACTOR_NOT_ALLOWED' };

describe('life cycles over HTTP: every machine walks its main path (real PostgreSQL)', () => {
  let api: ApiHarness;
  const clock = new FixedClock(new Date('2026-03-10T05:00:00Z'));
  let caseId: string;
  let counter = 0;
  const base = (title: string, addresseeName = 'Akimat of Bostandyk district') => ({ caseId, title: `${title} No. ${(counter += 1)}`, addresseeName });

  beforeAll(async () => {
    api = await ApiHarness.start({ clock });
    caseId = await api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-LIFE');
  });
  afterAll(() => api?.stop());

  describe('PROTEST (art. 19)', () => {
    it('issued → delivered 12.03 (10 calendar days: the 10th, 22.03, is Nauryz, so the term ends 26.03) → consideration scheduled, rescheduled → satisfied', async () => {
      at(clock, '2026-03-11T05:00:00Z');
      const walk = await ActWalk.file(api, 'protests', { ...base('Protest against akimat resolution'), target: 'NON_NORMATIVE_LEGAL_ACT' }, { state: 'DRAFT' });
      expect(walk.act.allowedEvents).toEqual(['ISSUE']);

      const issued = await walk.step('ISSUE', {}, { state: 'ISSUED' });
      expect(issued.issuedAt).toBe('2026-03-11T05:00:00.000Z');
      expect(await walk.deadlines()).toEqual([]);

      at(clock, '2026-03-12T09:00:00Z');
      const consideration = open('PROTEST_CONSIDERATION', 'art. 19.3', 'ADDRESSEE', '2026-03-12T05:00:00.000Z', '2026-03-26T19:00:00.000Z');
      const delivered = await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([consideration]);
      expect(delivered.nextDueAt).toBe('2026-03-26T19:00:00.000Z');
      expect(delivered.deadlines[0].explanation.en).toContain('Nauryz');
      expect(delivered.allowedEvents).not.toContain('TERM_MISSED');
      await walk.refused('TERM_MISSED', { deadline: 'PROTEST_CONSIDERATION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 19.3' });

      at(clock, '2026-03-16T05:00:00Z');
      await walk.step('CONSIDERATION_SCHEDULED', { notifiedAt: '2026-03-16T04:00:00Z', meetingAt: '2026-03-19T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      expect(await walk.deadlines()).toEqual([consideration]);
      at(clock, '2026-03-18T05:00:00Z');
      await walk.step('CONSIDERATION_RESCHEDULED', { meetingAt: '2026-03-26T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      expect(await walk.deadlines()).toEqual([consideration]);

      at(clock, '2026-03-26T10:00:00Z');
      const satisfied = await walk.step('OUTCOME_SATISFIED', { decidedAt: '2026-03-26T06:00:00Z' }, { state: 'SATISFIED' });
      expect(await walk.deadlines()).toEqual([met(consideration, '2026-03-26T06:00:00.000Z')]);
      expect(satisfied.nextDueAt).toBeNull();
      expect(satisfied.history.map((h) => h.event)).toEqual(['FILED', 'ISSUE', 'DELIVERY_CONFIRMED', 'CONSIDERATION_SCHEDULED', 'CONSIDERATION_RESCHEDULED', 'OUTCOME_SATISFIED']);
      // Satisfied: nothing to take to court (23.2 is for a rejected or unconsidered protest).
      await walk.refused('REFER_TO_COURT', {}, 'bostandyk.prosecutor', { status: 409, code: 'EVENT_NOT_ALLOWED_IN_STATE', article: 'art. 19' });
    });

    it('refuses a protest that suspends a law (19.5) and a term under 10 days (19.3); a term of 15 days the prosecutor sets runs 15 days', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      await expectFilingRefused(api, 'protests', { ...base('Protest against a law'), target: 'LAW', suspendsTargetAct: true }, {
        status: 422,
        code: 'PROTEST_CANNOT_SUSPEND_LAW',
        article: 'art. 19.5',
        field: 'suspendsTargetAct',
      });
      await expectFilingRefused(api, 'protests', { ...base('Protest'), target: 'DECISION_OR_ACTION', termDays: 9 }, {
        status: 422,
        code: 'TERM_BELOW_STATUTORY_MINIMUM',
        article: 'art. 19.3',
        field: 'termDays',
      });
      const walk = await ActWalk.file(api, 'protests', { ...base('Protest'), target: 'DECISION_OR_ACTION', termDays: 15 }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-01T06:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-01T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([open('PROTEST_CONSIDERATION', 'art. 19.3', 'ADDRESSEE', '2026-04-01T05:00:00.000Z', '2026-04-16T19:00:00.000Z')]);
    });

    it('suspending a normative legal act (not a law) requires publication (18.1-1), recorded (27); received 00:30 Almaty counts from that local day', async () => {
      at(clock, '2026-04-03T05:00:00Z');
      const walk = await ActWalk.file(api, 'protests', { ...base('Protest against the maslikhat decision (normative)'), target: 'OTHER_NORMATIVE_LEGAL_ACT', suspendsTargetAct: true }, { state: 'DRAFT' });
      const issued = await walk.step('ISSUE', {}, { state: 'ISSUED' });
      expect(issued.history.at(-1)?.effects).toEqual([{ type: 'REQUIRE_PUBLICATION', citation: { edition: EDITION, article: '18', paragraph: '1-1' } }]);
      at(clock, '2026-04-03T06:00:00Z');
      await walk.step('PUBLICATION_RECORDED', { publishedAt: '2026-04-03T05:30:00Z', medium: 'Алматы ақшамы' }, { state: 'ISSUED' });
      expect(await walk.effectsAt(3)).toEqual([{ type: 'RECORD_PUBLICATION', medium: 'Алматы ақшамы', publishedAt: '2026-04-03T05:30:00.000Z' }]);
      // 05.04 19:30 UTC is 06.04 00:30 in Almaty: day 1 is 07.04, day 10 is Thursday 16.04 (counted in UTC it would end on 15.04).
      at(clock, '2026-04-06T05:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-05T19:30:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([open('PROTEST_CONSIDERATION', 'art. 19.3', 'ADDRESSEE', '2026-04-05T19:30:00.000Z', '2026-04-16T19:00:00.000Z')]);
    });

    it('term missed → (deadline engine) OVERDUE → REFER_TO_COURT opens a linked court application → filed with the court → partly satisfied', async () => {
      at(clock, '2026-03-11T05:00:00Z');
      const protest = await ActWalk.file(api, 'protests', { ...base('Protest against land allocation'), target: 'NON_NORMATIVE_LEGAL_ACT' }, { state: 'DRAFT' });
      await protest.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-03-12T09:00:00Z');
      await protest.step('DELIVERY_CONFIRMED', { receivedAt: '2026-03-12T05:00:00Z' }, { state: 'DELIVERED' });
      const consideration = open('PROTEST_CONSIDERATION', 'art. 19.3', 'ADDRESSEE', '2026-03-12T05:00:00.000Z', '2026-03-26T19:00:00.000Z');

      // 30.03, 11:00: the term ran out at the end of 26.03 and nobody answered.
      at(clock, '2026-03-30T06:00:00Z');
      const overdueList = await api.http.get('/api/v1/acts').query({ overdue: 'true', type: 'PROTEST' }).set(await api.as('bostandyk.prosecutor')).expect(200);
      expect(overdueList.body.items.map((item: { id: string }) => item.id)).toContain(protest.id);
      const supervision = await api.http.get('/api/v1/supervision/overdue').set(await api.as('almaty.head')).expect(200);
      expect(supervision.body.items).toContainEqual(
        expect.objectContaining({ kind: 'PROTEST_CONSIDERATION', dueAt: '2026-03-26T19:00:00.000Z', daysOverdue: 3, article: 'art. 19.3', act: expect.objectContaining({ id: protest.id }) }),
      );
      // Only the deadline engine (SYSTEM) fires TERM_MISSED: every user is refused, whatever their rank.
      for (const login of ['bostandyk.prosecutor', 'bostandyk.head', 'almaty.head']) {
        await protest.refused('TERM_MISSED', { deadline: 'PROTEST_CONSIDERATION' }, login, { ...NOT_BY_USERS, article: 'art. 19.3' });
      }
      // Without the engine the protest stays DELIVERED, and 23.2 is not open from there.
      await protest.refused('REFER_TO_COURT', {}, 'bostandyk.prosecutor', { status: 409, code: 'EVENT_NOT_ALLOWED_IN_STATE', article: 'art. 19' });

      await engineFiresTermMissed(api, protest.id, 'PROTEST_CONSIDERATION', new Date('2026-03-27T00:00:00Z'));
      const overdue = await protest.reload();
      expect(overdue).toMatchObject({ state: 'OVERDUE', version: 4, nextDueAt: null });
      expect(overdue.allowedEvents).toContain('REFER_TO_COURT');
      const missed: DeadlineShape = { ...consideration, status: 'MISSED', missedAt: '2026-03-26T19:00:00.000Z' };
      expect(await protest.deadlines()).toEqual([missed]);

      const referred = await protest.step('REFER_TO_COURT', {}, { state: 'REFERRED_TO_COURT' });
      expect(referred.history.at(-1)?.effects).toEqual([
        { type: 'CREATE_LINKED_ACT', actType: 'COURT_APPLICATION', kind: null, reason: 'TERM_MISSED', citation: { edition: EDITION, article: '23', paragraph: '2' } },
      ]);
      expect(await protest.deadlines()).toEqual([missed]);
      const linked = await api.dataSource.query('SELECT id, type, kind, state, version, link_reason, case_id, author_id FROM acts WHERE linked_act_id = $1', [protest.id]);
      expect(linked).toEqual([
        { id: expect.any(String), type: 'COURT_APPLICATION', kind: null, state: 'DRAFT', version: 1, link_reason: 'TERM_MISSED', case_id: caseId, author_id: await api.userId('bostandyk.prosecutor') },
      ]);

      const application = await ActWalk.existing(api, linked[0].id);
      expect(application.act).toMatchObject({ linkedActId: protest.id, linkReason: 'TERM_MISSED', state: 'DRAFT', deadlines: [], allowedEvents: ['FILED_WITH_COURT'] });
      expect(application.act.history).toEqual([
        expect.objectContaining({ version: 1, event: 'FILED', fromState: null, toState: 'DRAFT', payload: { linkedActId: protest.id, linkReason: 'TERM_MISSED' } }),
      ]);
      const [filedAudit] = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'act' AND entity_id = $1`, [application.id]);
      expect(filedAudit).toEqual({ action: 'act.filed' });

      at(clock, '2026-03-31T06:00:00Z');
      await application.writeText();
      const filed = await application.step('FILED_WITH_COURT', { filedAt: '2026-03-31T05:00:00Z', court: 'Specialised inter-district administrative court of Almaty' }, { state: 'FILED' });
      expect(filed).toMatchObject({ issuedAt: '2026-03-31T06:00:00.000Z', deadlines: [], nextDueAt: null });
      // A court's decision is entered by the act's own office, not the higher one.
      await application.refused('OUTCOME_PARTLY_SATISFIED', { decidedAt: '2026-03-31T05:30:00Z' }, 'almaty.head', { status: 403, code: 'NOT_ACT_OFFICE', article: 'art. 23.3' });
      at(clock, '2026-04-20T06:00:00Z');
      const outcome = await application.step('OUTCOME_PARTLY_SATISFIED', { decidedAt: '2026-04-20T05:00:00Z' }, { state: 'PARTLY_SATISFIED' });
      expect(outcome.allowedEvents).toEqual([]);
      expect(await application.deadlines()).toEqual([]);
    });
  });

  describe('RESOLUTION (art. 20), in each of its six kinds', () => {
    it('OPEN_PROCEEDINGS: execution within the prosecutor’s 10 days (12.04 is a Sunday: 13.04), then the report “immediately” (1 working day, policy)', async () => {
      at(clock, '2026-04-01T04:00:00Z');
      await expectFilingRefused(api, 'resolutions', { ...base('Resolution to open proceedings'), kind: 'OPEN_PROCEEDINGS' }, {
        status: 422,
        code: 'TERM_REQUIRED',
        article: 'art. 20.3',
        field: 'termDays',
      });
      const walk = await ActWalk.file(api, 'resolutions', { ...base('Resolution to open disciplinary proceedings'), kind: 'OPEN_PROCEEDINGS', termDays: 10 }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-02T06:00:00Z');
      const execution = open('RESOLUTION_EXECUTION', 'art. 20.3', 'ADDRESSEE', '2026-04-02T05:00:00.000Z', '2026-04-13T19:00:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-02T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      await walk.refused('TERM_MISSED', { deadline: 'RESOLUTION_EXECUTION' }, 'bostandyk.head', { ...NOT_BY_USERS, article: 'art. 20.3' });

      at(clock, '2026-04-10T08:00:00Z');
      const executed = await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-09T06:00:00Z', reportedAt: '2026-04-10T05:00:00Z' }, { state: 'EXECUTED' });
      const report = open('RESOLUTION_REPORT', 'art. 20.3', 'ADDRESSEE', '2026-04-09T06:00:00.000Z', '2026-04-10T19:00:00.000Z', false);
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-09T06:00:00.000Z'), met(report, '2026-04-10T05:00:00.000Z')]);
      expect(executed.deadlines[1].explanation.en).toContain(POLICY);
      // Executed ends the life cycle; only a publication (27) may still be recorded.
      expect(executed.allowedEvents).toEqual(['PUBLICATION_RECORDED']);
    });

    it('INSPECTION: one month from the start (01.05 is Unity Day: 04.05); the higher prosecutor extends it by 10 days (5.4), the district head may not', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      const walk = await ActWalk.file(api, 'resolutions', { ...base('Resolution to inspect LLP Example'), kind: 'INSPECTION' }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      expect(await walk.deadlines()).toEqual([]);

      at(clock, '2026-04-01T05:00:00Z');
      const duration = open('INSPECTION_DURATION', 'art. 5.4', 'PROSECUTOR', '2026-04-01T04:00:00.000Z', '2026-05-04T19:00:00.000Z');
      const started = await walk.step('INSPECTION_STARTED', { startedAt: '2026-04-01T04:00:00Z' }, { state: 'IN_PROGRESS' });
      expect(await walk.deadlines()).toEqual([duration]);
      expect(started.deadlines[0].explanation.en).toContain('Unity Day');
      await walk.refused('TERM_MISSED', { deadline: 'INSPECTION_DURATION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 5.4' });

      at(clock, '2026-04-28T05:00:00Z');
      const extension = { extensionCount: 10, extensionUnit: 'CALENDAR_DAY', consent: 'Consent of the prosecutor of Almaty No. 2-15/77 of 28.04.2026' };
      // What each caller is offered: the extension only to the higher prosecutor.
      const offered = async (login: string) => (await api.http.get(`/api/v1/acts/${walk.id}`).set(await api.as(login)).expect(200)).body.allowedEvents as string[];
      expect(await offered('almaty.head')).toContain('INSPECTION_EXTENDED');
      expect(await offered('bostandyk.head')).not.toContain('INSPECTION_EXTENDED');
      for (const login of ['bostandyk.head', 'bostandyk.prosecutor']) {
        await walk.refused('INSPECTION_EXTENDED', extension, login, { status: 403, code: 'NOT_HIGHER_PROSECUTOR', article: 'art. 5.4' });
      }
      const extended = await walk.step('INSPECTION_EXTENDED', extension, { state: 'IN_PROGRESS', login: 'almaty.head' });
      const longer = { ...duration, dueAt: '2026-05-14T19:00:00.000Z' };
      expect(await walk.deadlines()).toEqual([longer]);
      expect(extended.nextDueAt).toBe('2026-05-14T19:00:00.000Z');
      expect(Date.parse(longer.dueAt) - Date.parse(duration.dueAt)).toBe(10 * 86_400_000);
      expect(extended.deadlines[0].extensions).toEqual([{ count: 10, unit: 'CALENDAR_DAY', grantedAt: '2026-04-28T05:00:00.000Z', reason: extension.consent }]);

      at(clock, '2026-05-12T05:00:00Z');
      await walk.step('INSPECTION_COMPLETED', { completedAt: '2026-05-12T04:00:00Z' }, { state: 'COMPLETED' });
      expect(await walk.deadlines()).toEqual([met(longer, '2026-05-12T04:00:00.000Z')]);
    });

    it('INSPECTION: an extension granted after the month has run out is refused, and the whole transition rolls back', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      const walk = await ActWalk.file(api, 'resolutions', { ...base('Resolution to inspect LLP Late'), kind: 'INSPECTION' }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-01T05:00:00Z');
      await walk.step('INSPECTION_STARTED', { startedAt: '2026-04-01T04:00:00Z' }, { state: 'IN_PROGRESS' });
      at(clock, '2026-05-05T05:00:00Z'); // the month ended at 24:00 of 04.05
      await walk.refused('INSPECTION_EXTENDED', { extensionCount: 1, extensionUnit: 'MONTH', consent: 'Late consent' }, 'almaty.head', {
        status: 422,
        code: 'DEADLINE_ALREADY_EXPIRED',
        article: 'art. 5.4',
      });
      expect(await walk.deadlines()).toEqual([open('INSPECTION_DURATION', 'art. 5.4', 'PROSECUTOR', '2026-04-01T04:00:00.000Z', '2026-05-04T19:00:00.000Z')]);
    });

    it('COMPULSORY_EXECUTION: never of a property deprivation (26-1.1); “immediately” on receipt is 1 working day: received Friday, due Monday', async () => {
      at(clock, '2026-04-09T05:00:00Z');
      await expectFilingRefused(api, 'resolutions', { ...base('Resolution on compulsory execution'), kind: 'COMPULSORY_EXECUTION', deprivesProperty: true }, {
        status: 422,
        code: 'COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION',
        article: 'art. 26-1.1',
        field: 'deprivesProperty',
      });
      const walk = await ActWalk.file(api, 'resolutions', { ...base('Resolution on compulsory execution of the order'), kind: 'COMPULSORY_EXECUTION' }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-10T06:00:00Z');
      const execution = open('COMPULSORY_EXECUTION', 'art. 26-1.2', 'ADDRESSEE', '2026-04-10T05:00:00.000Z', '2026-04-13T19:00:00.000Z');
      const delivered = await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-10T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      expect(delivered.deadlines[0].explanation.en).toContain(POLICY);
      await walk.refused('TERM_MISSED', { deadline: 'COMPULSORY_EXECUTION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 26-1.2' });
      at(clock, '2026-04-13T09:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-13T08:00:00Z' }, { state: 'EXECUTED' });
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-13T08:00:00.000Z')]);
    });

    it('BRING_BY_FORCE: only after a refusal to appear (26-1.3); executed within exactly 24 hours of receipt, a Saturday included', async () => {
      at(clock, '2026-04-10T12:00:00Z');
      await expectFilingRefused(api, 'resolutions', { ...base('Resolution to bring by force'), kind: 'BRING_BY_FORCE' }, {
        status: 422,
        code: 'BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR',
        article: 'art. 26-1.3',
        field: 'personRefusedToAppear',
      });
      const walk = await ActWalk.file(api, 'resolutions', { ...base('Resolution to bring A. B. by force', 'Police department of Bostandyk district'), kind: 'BRING_BY_FORCE', personRefusedToAppear: true }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-10T14:00:00Z');
      const force = open('BRING_BY_FORCE', 'art. 26-1.3', 'ADDRESSEE', '2026-04-10T13:30:00.000Z', '2026-04-11T13:30:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-10T13:30:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([force]);
      await walk.refused('TERM_MISSED', { deadline: 'BRING_BY_FORCE' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 26-1.3' });
      at(clock, '2026-04-11T09:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-11T08:00:00Z' }, { state: 'EXECUTED' });
      expect(await walk.deadlines()).toEqual([met(force, '2026-04-11T08:00:00.000Z')]);
    });

    it('SUSPENSION_OR_LIFTING_MEASURES suspending a normative legal act: publication required on issue (18.1-1) and recorded; 3 days ending on a Saturday roll to Monday', async () => {
      at(clock, '2026-04-14T05:00:00Z');
      const walk = await ActWalk.file(
        api,
        'resolutions',
        { ...base('Resolution suspending the akimat decision No. 5 (normative)'), kind: 'SUSPENSION_OR_LIFTING_MEASURES', termDays: 3, suspendsNormativeLegalAct: true },
        { state: 'DRAFT' },
      );
      const issued = await walk.step('ISSUE', {}, { state: 'ISSUED' });
      const required = [{ type: 'REQUIRE_PUBLICATION', citation: { edition: EDITION, article: '18', paragraph: '1-1' } }];
      expect(issued.history.at(-1)?.effects).toEqual(required);
      expect(await walk.effectsAt(2)).toEqual(required);
      // Cancelling is the higher prosecutor's (8.3): the head of the district office that issued it may not.
      await walk.refused('CANCELLED_BY_HIGHER_PROSECUTOR', { summary: 'Unfounded' }, 'bostandyk.head', { status: 403, code: 'NOT_HIGHER_PROSECUTOR', article: 'art. 8.3' });

      at(clock, '2026-04-14T10:00:00Z');
      await walk.step('PUBLICATION_RECORDED', { publishedAt: '2026-04-14T09:00:00Z', medium: 'Казахстанская правда, No. 70' }, { state: 'ISSUED' });
      expect(await walk.effectsAt(3)).toEqual([{ type: 'RECORD_PUBLICATION', medium: 'Казахстанская правда, No. 70', publishedAt: '2026-04-14T09:00:00.000Z' }]);
      expect(await walk.deadlines()).toEqual([]);

      at(clock, '2026-04-15T06:00:00Z');
      const execution = open('RESOLUTION_EXECUTION', 'art. 20.3', 'ADDRESSEE', '2026-04-15T05:00:00.000Z', '2026-04-20T19:00:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-15T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      await walk.refused('TERM_MISSED', { deadline: 'RESOLUTION_EXECUTION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 20.3' });
      at(clock, '2026-04-20T05:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-17T05:00:00Z', reportedAt: '2026-04-20T04:00:00Z' }, { state: 'EXECUTED' });
      const report = open('RESOLUTION_REPORT', 'art. 20.3', 'ADDRESSEE', '2026-04-17T05:00:00.000Z', '2026-04-20T19:00:00.000Z', false);
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-17T05:00:00.000Z'), met(report, '2026-04-20T04:00:00.000Z')]);
    });

    it('OTHER: an anonymous application is not examined (7.4); 7 days, then the report clock from the Friday of execution to Monday', async () => {
      at(clock, '2026-04-17T05:00:00Z');
      await expectFilingRefused(api, 'resolutions', { ...base('Resolution to release a detained person'), kind: 'OTHER', termDays: 7, basedOnApplication: true }, {
        status: 422,
        code: 'ANONYMOUS_APPLICATION',
        article: 'art. 7.4',
        field: 'applicantIdentified',
      });
      const walk = await ActWalk.file(
        api,
        'resolutions',
        { ...base('Resolution to release a detained person'), kind: 'OTHER', termDays: 7, basedOnApplication: true, applicantIdentified: true },
        { state: 'DRAFT' },
      );
      const issued = await walk.step('ISSUE', {}, { state: 'ISSUED' });
      expect(issued.history.at(-1)?.effects).toEqual([]);
      at(clock, '2026-04-20T06:00:00Z');
      const execution = open('RESOLUTION_EXECUTION', 'art. 20.3', 'ADDRESSEE', '2026-04-20T05:00:00.000Z', '2026-04-27T19:00:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-20T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      await walk.refused('TERM_MISSED', { deadline: 'RESOLUTION_EXECUTION' }, 'almaty.head', { ...NOT_BY_USERS, article: 'art. 20.3' });
      at(clock, '2026-04-24T09:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-24T05:00:00Z' }, { state: 'EXECUTED' });
      const report = open('RESOLUTION_REPORT', 'art. 20.3', 'ADDRESSEE', '2026-04-24T05:00:00.000Z', '2026-04-27T19:00:00.000Z', false);
      // reportedAt omitted: the report is the entry itself, now.
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-24T05:00:00.000Z'), met(report, '2026-04-24T09:00:00.000Z')]);
    });
  });

  describe('SANCTION (art. 21)', () => {
    it('requested → decided within exactly 24 hours, a clock against the prosecutor → granted with an electronic signature', async () => {
      at(clock, '2026-04-03T14:00:00Z');
      const walk = await ActWalk.file(api, 'sanctions', { ...base('Sanction of a search', 'Investigation department of Bostandyk district') }, { state: 'DRAFT' });
      expect(walk.act.allowedEvents).toEqual(['SANCTION_REQUESTED']);
      at(clock, '2026-04-03T14:30:00Z');
      const decision = open('SANCTION_DECISION', 'art. 21.2', 'PROSECUTOR', '2026-04-03T14:15:00.000Z', '2026-04-04T14:15:00.000Z');
      const requested = await walk.step('SANCTION_REQUESTED', { receivedAt: '2026-04-03T14:15:00Z' }, { state: 'UNDER_REVIEW' });
      expect(requested.issuedAt).toBe('2026-04-03T14:30:00.000Z');
      expect(await walk.deadlines()).toEqual([decision]);
      await walk.refused('TERM_MISSED', { deadline: 'SANCTION_DECISION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 21.2' });
      at(clock, '2026-04-04T09:00:00Z');
      await walk.step('SANCTION_GRANTED', { decidedAt: '2026-04-04T09:00:00Z', signature: 'ELECTRONIC' }, { state: 'GRANTED' });
      expect(await walk.deadlines()).toEqual([met(decision, '2026-04-04T09:00:00.000Z')]);
    });

    it('a covert action obtaining protected secrets is never granted with an electronic signature (21.2); handwritten it is', async () => {
      at(clock, '2026-04-06T05:00:00Z');
      const walk = await ActWalk.file(api, 'sanctions', { ...base('Sanction of covert listening'), covertActionObtainingProtectedSecrets: true }, { state: 'DRAFT' });
      await walk.step('SANCTION_REQUESTED', { receivedAt: '2026-04-06T04:00:00Z' }, { state: 'UNDER_REVIEW' });
      await walk.refused('SANCTION_GRANTED', { signature: 'ELECTRONIC' }, 'bostandyk.prosecutor', {
        status: 422,
        code: 'ELECTRONIC_SIGNATURE_NOT_PERMITTED',
        article: 'art. 21.2',
        field: 'signature',
      });
      at(clock, '2026-04-06T10:00:00Z');
      await walk.step('SANCTION_GRANTED', { signature: 'HANDWRITTEN' }, { state: 'GRANTED' });
      expect(await walk.deadlines()).toEqual([
        met(open('SANCTION_DECISION', 'art. 21.2', 'PROSECUTOR', '2026-04-06T04:00:00.000Z', '2026-04-07T04:00:00.000Z'), '2026-04-06T10:00:00.000Z'),
      ]);
    });
    it('refused within the 24 hours', async () => {
      at(clock, '2026-04-07T05:00:00Z');
      const walk = await ActWalk.file(api, 'sanctions', base('Sanction of detention for expulsion', 'Migration police of Almaty'), { state: 'DRAFT' });
      await walk.step('SANCTION_REQUESTED', { receivedAt: '2026-04-07T03:00:00Z' }, { state: 'UNDER_REVIEW' });
      at(clock, '2026-04-07T20:00:00Z');
      const refused = await walk.step('SANCTION_REFUSED', {}, { state: 'REFUSED' });
      expect(await walk.deadlines()).toEqual([met(open('SANCTION_DECISION', 'art. 21.2', 'PROSECUTOR', '2026-04-07T03:00:00.000Z', '2026-04-08T03:00:00.000Z'), '2026-04-07T20:00:00.000Z')]);
      expect(refused.allowedEvents).toEqual([]);
    });
  });

  describe('INSTRUCTION (art. 22)', () => {
    it('with a 5-day term: delivered → executed; the higher prosecutor amends, the district head may not cancel (8.3)', async () => {
      at(clock, '2026-04-21T05:00:00Z');
      const walk = await ActWalk.file(api, 'instructions', { ...base('Instruction to the investigator', 'Investigation department of Bostandyk district'), termDays: 5 }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-22T06:00:00Z');
      const execution = open('INSTRUCTION_EXECUTION', 'art. 22', 'ADDRESSEE', '2026-04-22T05:00:00.000Z', '2026-04-27T19:00:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-22T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      await walk.refused('TERM_MISSED', { deadline: 'INSTRUCTION_EXECUTION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 6.3' });
      await walk.refused('CANCELLED_BY_HIGHER_PROSECUTOR', { summary: 'Unfounded' }, 'bostandyk.head', { status: 403, code: 'NOT_HIGHER_PROSECUTOR', article: 'art. 8.3' });
      await walk.step('AMENDED_BY_HIGHER_PROSECUTOR', { summary: 'Term of execution clarified' }, { state: 'DELIVERED', login: 'almaty.head' });
      expect(await walk.deadlines()).toEqual([execution]);
      at(clock, '2026-04-24T09:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-24T05:00:00Z' }, { state: 'EXECUTED' });
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-24T05:00:00.000Z')]);
    });

    it('without a term (art. 22 sets none): no clock runs', async () => {
      at(clock, '2026-04-21T05:00:00Z');
      const walk = await ActWalk.file(api, 'instructions', base('Instruction without a term'), { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-22T06:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-22T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([]);
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-22T05:30:00Z' }, { state: 'EXECUTED' });
      expect(await walk.deadlines()).toEqual([]);
    });
  });

  describe('COURT_APPLICATION (art. 23)', () => {
    it('an anonymous application is refused (7.4); filed with the court → satisfied; no clock of this law', async () => {
      at(clock, '2026-04-06T05:00:00Z');
      await expectFilingRefused(api, 'court-applications', { ...base('Claim in the interests of the state', 'Bostandyk district court'), basedOnApplication: true }, {
        status: 422,
        code: 'ANONYMOUS_APPLICATION',
        article: 'art. 7.4',
        field: 'applicantIdentified',
      });
      const walk = await ActWalk.file(
        api,
        'court-applications',
        { ...base('Claim in the interests of a pensioner', 'Bostandyk district court'), basedOnApplication: true, applicantIdentified: true },
        { state: 'DRAFT' },
      );
      expect(walk.act.allowedEvents).toEqual(['FILED_WITH_COURT']);
      at(clock, '2026-04-06T06:00:00Z');
      const filed = await walk.step('FILED_WITH_COURT', { filedAt: '2026-04-06T05:00:00Z', court: 'Bostandyk district court of Almaty' }, { state: 'FILED' });
      expect(filed.issuedAt).toBe('2026-04-06T06:00:00.000Z');
      at(clock, '2026-04-28T06:00:00Z');
      await walk.step('OUTCOME_SATISFIED', { decidedAt: '2026-04-28T05:00:00Z' }, { state: 'SATISFIED' });
      expect(await walk.deadlines()).toEqual([]);
    });
  });

  describe('ORDER (art. 24)', () => {
    it('never against a normative legal act, only on all three grounds (24.1); 15 days ending on Unity Day roll to 04.05; executed, reported “immediately”', async () => {
      at(clock, '2026-04-15T05:00:00Z');
      const order = (fields: Record<string, unknown>) => ({
        ...base('Order to pay the wage arrears', 'LLP Example'),
        target: 'DECISION_OR_ACTION',
        violationIsObvious: true,
        mayCauseSubstantialHarm: true,
        notRemovedAtOnce: true,
        violatedNorms: ['Labour Code, art. 113'],
        proposedMeasures: ['Pay the wage arrears'],
        termDays: 15,
        ...fields,
      });
      await expectFilingRefused(api, 'orders', order({ target: 'OTHER_NORMATIVE_LEGAL_ACT' }), { status: 422, code: 'ORDER_AGAINST_NORMATIVE_ACT', article: 'art. 24.1', field: 'target' });
      await expectFilingRefused(api, 'orders', order({ mayCauseSubstantialHarm: false }), { status: 422, code: 'ORDER_GROUNDS_NOT_MET', article: 'art. 24.1', field: 'mayCauseSubstantialHarm' });

      const walk = await ActWalk.file(api, 'orders', order({}), { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-16T06:00:00Z');
      const execution = open('ORDER_EXECUTION', 'art. 24.3', 'ADDRESSEE', '2026-04-16T05:00:00.000Z', '2026-05-04T19:00:00.000Z');
      const delivered = await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-16T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([execution]);
      expect(delivered.deadlines[0].explanation.en).toContain('Unity Day');
      await walk.refused('TERM_MISSED', { deadline: 'ORDER_EXECUTION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 24.3' });
      // Compulsory execution (26-1.1) and the court (23.2) open only once the term is missed (OVERDUE, the engine's).
      await walk.refused('COMPULSORY_EXECUTION_ORDERED', {}, 'bostandyk.prosecutor', { status: 409, code: 'EVENT_NOT_ALLOWED_IN_STATE', article: 'art. 24' });

      at(clock, '2026-05-04T05:00:00Z');
      await walk.step('EXECUTION_REPORTED', { executedAt: '2026-04-30T05:00:00Z', reportedAt: '2026-05-04T04:00:00Z' }, { state: 'EXECUTED' });
      const report = open('ORDER_REPORT', 'art. 24.3', 'ADDRESSEE', '2026-04-30T05:00:00.000Z', '2026-05-04T19:00:00.000Z', false);
      expect(await walk.deadlines()).toEqual([met(execution, '2026-04-30T05:00:00.000Z'), met(report, '2026-05-04T04:00:00.000Z')]);
    });
    it('term missed (deadline engine) → compulsory execution ordered (26-1.1): the linked resolution is opened and executed; the order, executed late, keeps its clock MISSED', async () => {
      at(clock, '2026-04-15T05:00:00Z');
      const order = await ActWalk.file(
        api,
        'orders',
        {
          ...base('Order to restore the water supply', 'LLP Su Arnasy'),
          target: 'DECISION_OR_ACTION',
          violationIsObvious: true,
          mayCauseSubstantialHarm: true,
          notRemovedAtOnce: true,
          violatedNorms: ['Water Code, art. 92'],
          proposedMeasures: ['Restore the water supply of block 5'],
          termDays: 15,
        },
        { state: 'DRAFT' },
      );
      await order.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-16T06:00:00Z');
      await order.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-16T05:00:00Z' }, { state: 'DELIVERED' });
      const execution = open('ORDER_EXECUTION', 'art. 24.3', 'ADDRESSEE', '2026-04-16T05:00:00.000Z', '2026-05-04T19:00:00.000Z');

      at(clock, '2026-05-06T05:00:00Z');
      await order.refused('TERM_MISSED', { deadline: 'ORDER_EXECUTION' }, 'almaty.head', { ...NOT_BY_USERS, article: 'art. 24.3' });
      await engineFiresTermMissed(api, order.id, 'ORDER_EXECUTION', new Date('2026-05-05T00:00:00Z'));
      const overdue = await order.reload();
      expect(overdue).toMatchObject({ state: 'OVERDUE', version: 4, nextDueAt: null });
      expect(overdue.allowedEvents).toEqual(expect.arrayContaining(['COMPULSORY_EXECUTION_ORDERED', 'REFER_TO_COURT', 'EXECUTION_REPORTED']));
      const missed: DeadlineShape = { ...execution, status: 'MISSED', missedAt: '2026-05-04T19:00:00.000Z' };
      expect(await order.deadlines()).toEqual([missed]);

      const ordered = await order.step('COMPULSORY_EXECUTION_ORDERED', {}, { state: 'UNDER_COMPULSORY_EXECUTION' });
      expect(ordered.history.at(-1)?.effects).toEqual([
        {
          type: 'CREATE_LINKED_ACT',
          actType: 'RESOLUTION',
          kind: 'COMPULSORY_EXECUTION',
          reason: 'NOT_EXECUTED_VOLUNTARILY',
          citation: { edition: EDITION, article: '26-1', paragraph: '1' },
        },
      ]);
      const linked = await api.dataSource.query('SELECT id, type, kind, state, link_reason, attributes FROM acts WHERE linked_act_id = $1', [order.id]);
      expect(linked).toEqual([
        { id: expect.any(String), type: 'RESOLUTION', kind: 'COMPULSORY_EXECUTION', state: 'DRAFT', link_reason: 'NOT_EXECUTED_VOLUNTARILY', attributes: { deprivesProperty: false } },
      ]);

      // The resolution on compulsory execution: received Wednesday 06.05; 07.05 is Defender of the Fatherland Day, so "immediately" ends 08.05.
      const resolution = await ActWalk.existing(api, linked[0].id);
      await resolution.writeText();
      await resolution.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-05-06T06:00:00Z');
      const compulsory = open('COMPULSORY_EXECUTION', 'art. 26-1.2', 'ADDRESSEE', '2026-05-06T05:00:00.000Z', '2026-05-08T19:00:00.000Z');
      await resolution.step('DELIVERY_CONFIRMED', { receivedAt: '2026-05-06T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await resolution.deadlines()).toEqual([compulsory]);
      at(clock, '2026-05-07T09:00:00Z');
      await resolution.step('EXECUTION_REPORTED', { executedAt: '2026-05-07T06:00:00Z' }, { state: 'EXECUTED' });
      expect(await resolution.deadlines()).toEqual([met(compulsory, '2026-05-07T06:00:00.000Z')]);

      await order.step('EXECUTION_REPORTED', { executedAt: '2026-05-07T06:00:00Z', reportedAt: '2026-05-07T08:00:00Z' }, { state: 'EXECUTED' });
      const report = open('ORDER_REPORT', 'art. 24.3', 'ADDRESSEE', '2026-05-07T06:00:00.000Z', '2026-05-08T19:00:00.000Z', false);
      expect(await order.deadlines()).toEqual([{ ...missed, metAt: '2026-05-07T06:00:00.000Z' }, met(report, '2026-05-07T08:00:00.000Z')]);
    });
  });

  describe('SUBMISSION (art. 25)', () => {
    it('30 days (≤ 25.2) from receipt; meeting notified ≥ 3 days ahead; considered; results within 3 working days; satisfied', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      await expectFilingRefused(api, 'submissions', { ...base('Submission on the causes of offences'), termDays: 31 }, {
        status: 422,
        code: 'TERM_ABOVE_STATUTORY_MAXIMUM',
        article: 'art. 25.2',
        field: 'termDays',
      });
      const walk = await ActWalk.file(api, 'submissions', base('Submission on the causes of offences'), { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-01T06:00:00Z');
      const consideration = open('SUBMISSION_CONSIDERATION', 'art. 25.2', 'ADDRESSEE', '2026-04-01T05:00:00.000Z', '2026-05-04T19:00:00.000Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-01T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([consideration]);
      await walk.refused('TERM_MISSED', { deadline: 'SUBMISSION_CONSIDERATION' }, 'bostandyk.prosecutor', { ...NOT_BY_USERS, article: 'art. 25.2' });

      // Meeting on Friday 24.04: the notice is due by 24:00 of 21.04; it came on 10.04.
      at(clock, '2026-04-10T06:00:00Z');
      await walk.step('CONSIDERATION_SCHEDULED', { notifiedAt: '2026-04-10T05:00:00Z', meetingAt: '2026-04-24T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      const notice = met(open('SUBMISSION_MEETING_NOTICE', 'art. 25.2', 'ADDRESSEE', '2026-04-24T05:00:00.000Z', '2026-04-21T19:00:00.000Z', false), '2026-04-10T05:00:00.000Z');
      expect(await walk.deadlines()).toEqual([consideration, notice]);
      expect(await walk.effectsAt(4)).not.toContainEqual(expect.objectContaining({ type: 'RECORD_VIOLATION' }));

      // Considered on Friday 24.04: results due by the end of the 3rd working day, Wednesday 29.04.
      at(clock, '2026-04-24T09:00:00Z');
      const considered = await walk.step('CONSIDERATION_HELD', { consideredAt: '2026-04-24T07:00:00Z' }, { state: 'CONSIDERED' });
      const results = open('SUBMISSION_RESULT_REPORT', 'art. 25.2', 'ADDRESSEE', '2026-04-24T07:00:00.000Z', '2026-04-29T19:00:00.000Z', false);
      expect(await walk.deadlines()).toEqual([met(consideration, '2026-04-24T07:00:00.000Z'), notice, results]);
      expect(considered.nextDueAt).toBe('2026-04-29T19:00:00.000Z');

      at(clock, '2026-04-28T06:00:00Z');
      await walk.step('OUTCOME_SATISFIED', { decidedAt: '2026-04-27T05:00:00Z', reportedAt: '2026-04-28T05:00:00Z' }, { state: 'SATISFIED' });
      expect(await walk.deadlines()).toEqual([met(consideration, '2026-04-24T07:00:00.000Z'), notice, met(results, '2026-04-28T05:00:00.000Z')]);
    });

    it('the consideration meeting rescheduled: the notice clock that depends on it is recomputed from the new meeting (25.2)', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      const walk = await ActWalk.file(api, 'submissions', { ...base('Submission on lifting immunity'), termDays: 30 }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-01T06:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-01T05:00:00Z' }, { state: 'DELIVERED' });
      const consideration = open('SUBMISSION_CONSIDERATION', 'art. 25.2', 'ADDRESSEE', '2026-04-01T05:00:00.000Z', '2026-05-04T19:00:00.000Z');

      at(clock, '2026-04-10T06:00:00Z');
      await walk.step('CONSIDERATION_SCHEDULED', { notifiedAt: '2026-04-10T05:00:00Z', meetingAt: '2026-04-20T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      expect(await walk.deadlines()).toEqual([
        consideration,
        met(open('SUBMISSION_MEETING_NOTICE', 'art. 25.2', 'ADDRESSEE', '2026-04-20T05:00:00.000Z', '2026-04-17T19:00:00.000Z', false), '2026-04-10T05:00:00.000Z'),
      ]);

      // Moved to Friday 24.04, notified on 15.04: the notice is now due by 24:00 of 21.04 and was met on 15.04.
      at(clock, '2026-04-15T06:00:00Z');
      await walk.step('CONSIDERATION_RESCHEDULED', { notifiedAt: '2026-04-15T05:00:00Z', meetingAt: '2026-04-24T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      expect(await walk.effectsAt(5)).toEqual([
        { type: 'RECOMPUTE_DEADLINE', kind: 'SUBMISSION_MEETING_NOTICE', triggeredAt: '2026-04-24T05:00:00.000Z' },
        { type: 'MEET_DEADLINE', kind: 'SUBMISSION_MEETING_NOTICE', metAt: '2026-04-15T05:00:00.000Z' },
      ]);
      expect(await walk.deadlines()).toEqual([
        consideration,
        met(open('SUBMISSION_MEETING_NOTICE', 'art. 25.2', 'ADDRESSEE', '2026-04-24T05:00:00.000Z', '2026-04-21T19:00:00.000Z', false), '2026-04-15T05:00:00.000Z'),
      ]);
    });

    it('a meeting notified less than 3 calendar days ahead is recorded as a violation of 25.2, not refused', async () => {
      at(clock, '2026-03-31T05:00:00Z');
      const walk = await ActWalk.file(api, 'submissions', { ...base('Submission on violations of labour law'), termDays: 20 }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-01T06:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-01T05:00:00Z' }, { state: 'DELIVERED' });
      const consideration = open('SUBMISSION_CONSIDERATION', 'art. 25.2', 'ADDRESSEE', '2026-04-01T05:00:00.000Z', '2026-04-21T19:00:00.000Z');
      // Meeting on Friday 10.04: notice due by 24:00 of 07.04; it came on 08.04.
      at(clock, '2026-04-08T06:00:00Z');
      await walk.step('CONSIDERATION_SCHEDULED', { notifiedAt: '2026-04-08T05:00:00Z', meetingAt: '2026-04-10T05:00:00Z' }, { state: 'CONSIDERATION_SCHEDULED' });
      expect(await walk.effectsAt(4)).toContainEqual({ type: 'RECORD_VIOLATION', code: 'MEETING_NOTICE_LATE', citation: { edition: EDITION, article: '25', paragraph: '2' } });
      // Notified a day late: a violation, not a refusal — and the notice clock ran out first (met late).
      const notice = metLate(open('SUBMISSION_MEETING_NOTICE', 'art. 25.2', 'ADDRESSEE', '2026-04-10T05:00:00.000Z', '2026-04-07T19:00:00.000Z', false), '2026-04-08T05:00:00.000Z');
      expect(await walk.deadlines()).toEqual([consideration, notice]);

      // Then rejected: the prosecutor may go to court (23.2).
      at(clock, '2026-04-10T09:00:00Z');
      await walk.step('CONSIDERATION_HELD', { consideredAt: '2026-04-10T06:00:00Z' }, { state: 'CONSIDERED' });
      const results = open('SUBMISSION_RESULT_REPORT', 'art. 25.2', 'ADDRESSEE', '2026-04-10T06:00:00.000Z', '2026-04-15T19:00:00.000Z', false);
      expect(await walk.deadlines()).toEqual([met(consideration, '2026-04-10T06:00:00.000Z'), notice, results]);
      at(clock, '2026-04-13T09:00:00Z');
      await walk.step('OUTCOME_REJECTED', { decidedAt: '2026-04-10T06:00:00Z' }, { state: 'REJECTED' });
      await walk.step('REFER_TO_COURT', {}, { state: 'REFERRED_TO_COURT' });
      expect(await walk.deadlines()).toEqual([met(consideration, '2026-04-10T06:00:00.000Z'), notice, met(results, '2026-04-13T09:00:00.000Z')]);
      const linked = await api.dataSource.query('SELECT type, state, link_reason FROM acts WHERE linked_act_id = $1', [walk.id]);
      expect(linked).toEqual([{ type: 'COURT_APPLICATION', state: 'DRAFT', link_reason: 'ACT_REJECTED' }]);
    });
  });

  describe('WARNING (art. 25-1), APPEAL (art. 25-2), EXPLANATION (art. 26): no clocks', () => {
    it('WARNING: an anonymous application is refused (7.4); issued → delivered', async () => {
      at(clock, '2026-04-06T05:00:00Z');
      await expectFilingRefused(api, 'warnings', { ...base('Warning on the inadmissibility of violations', 'LLP Example'), basedOnApplication: true }, {
        status: 422,
        code: 'ANONYMOUS_APPLICATION',
        article: 'art. 7.4',
        field: 'applicantIdentified',
      });
      const walk = await ActWalk.file(api, 'warnings', { ...base('Warning on the inadmissibility of violations', 'LLP Example'), basedOnApplication: true, applicantIdentified: true }, { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-07T06:00:00Z');
      const delivered = await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-07T05:00:00Z' }, { state: 'DELIVERED' });
      expect(delivered.nextDueAt).toBeNull();
      expect(await walk.deadlines()).toEqual([]);
    });

    it('APPEAL: issued → publication recorded (25-2), a second publication too; the district head may not revoke it, the higher prosecutor may (8.3)', async () => {
      at(clock, '2026-04-06T05:00:00Z');
      const walk = await ActWalk.file(api, 'appeals', base('Appeal to parents on the safety of children', 'Residents of Bostandyk district'), { state: 'DRAFT' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      // An appeal is published, not delivered.
      await walk.refused('DELIVERY_CONFIRMED', { receivedAt: '2026-04-06T04:00:00Z' }, 'bostandyk.prosecutor', { status: 409, code: 'EVENT_NOT_ALLOWED_IN_STATE', article: 'art. 25-2' });
      at(clock, '2026-04-07T06:00:00Z');
      await walk.step('PUBLICATION_RECORDED', { publishedAt: '2026-04-07T04:00:00Z', medium: 'Вечерний Алматы' }, { state: 'PUBLISHED' });
      expect(await walk.effectsAt(3)).toEqual([{ type: 'RECORD_PUBLICATION', medium: 'Вечерний Алматы', publishedAt: '2026-04-07T04:00:00.000Z' }]);
      await walk.step('PUBLICATION_RECORDED', { publishedAt: '2026-04-07T05:00:00Z', medium: 'prokuror.gov.kz' }, { state: 'PUBLISHED' });
      expect(await walk.effectsAt(4)).toEqual([{ type: 'RECORD_PUBLICATION', medium: 'prokuror.gov.kz', publishedAt: '2026-04-07T05:00:00.000Z' }]);
      await walk.refused('REVOKED_BY_HIGHER_PROSECUTOR', { summary: 'Premature' }, 'bostandyk.head', { status: 403, code: 'NOT_HIGHER_PROSECUTOR', article: 'art. 8.3' });
      const revoked = await walk.step('REVOKED_BY_HIGHER_PROSECUTOR', { summary: 'Premature' }, { state: 'REVOKED', login: 'almaty.head' });
      expect(revoked.allowedEvents).toEqual([]);
      expect(await walk.deadlines()).toEqual([]);
    });

    it('EXPLANATION: issued by its own office only (the city office may not, art. 26; another district cannot even see it) → delivered', async () => {
      at(clock, '2026-04-06T05:00:00Z');
      const walk = await ActWalk.file(api, 'explanations', base('Explanation of the law on land relations', 'Residents of Bostandyk district'), { state: 'DRAFT' });
      await walk.refused('ISSUE', {}, 'almaty.head', { status: 403, code: 'NOT_ACT_OFFICE', article: 'art. 26' });
      await walk.refused('ISSUE', {}, 'medeu.prosecutor', { status: 404, code: 'NOT_FOUND' });
      await walk.step('ISSUE', {}, { state: 'ISSUED' });
      at(clock, '2026-04-07T06:00:00Z');
      await walk.step('DELIVERY_CONFIRMED', { receivedAt: '2026-04-07T05:00:00Z' }, { state: 'DELIVERED' });
      expect(await walk.deadlines()).toEqual([]);
    });
  });
});
