import {
  DeadlineKind,
  DeadlineRecord,
  KZ_2709_EDITION_ID,
  KZ_PRODUCTION_CALENDAR,
  localDateTimeToInstant,
  meetDeadline,
  openDeadline,
  ruleFor,
} from '@app/domain';
import { IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { ApiHarness } from '../support/api-harness';

const LABEL = { kk: 'Сынақ мерекесі', ru: 'Тестовый праздник', en: 'Test holiday' };
const SOURCE = { kk: 'Сынақ бұйрығы', ru: 'Тестовый приказ', en: 'Test order' };
/** Receipt 01.04.2026 + 10 days = Saturday 11.04 → rolled to Monday 13.04 (art. 24.5 order). */
const RECEIVED = localDateTimeToInstant('2026-04-01', 10);
const HOLIDAY_ON_DUE_DAY = { id: 'TEST-2026-04-13', kind: 'HOLIDAY', date: '2026-04-13', label: LABEL, source: SOURCE, status: 'ADOPTED' };

function unwrap(outcome: ReturnType<typeof openDeadline>): DeadlineRecord {
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.record;
}

describe('production calendar over HTTP', () => {
  let api: ApiHarness;
  const deadlines: Record<'bostandyk' | 'temirtau' | 'met', string> = { bostandyk: '', temirtau: '', met: '' };

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await api.dataSource.query(sql, params))[0].n;
  const auditRows = () => count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'calendar_entry'`);
  const entryRows = () => count('SELECT count(*)::int AS n FROM calendar_entries');

  /** A case, an act and one deadline row, as the acts module will write them (ledger = the record as JSON). */
  async function insertDeadline(officeCode: string, prosecutor: string, record: DeadlineRecord, status: string): Promise<string> {
    const [office] = await api.dataSource.query('SELECT id, path FROM offices WHERE code = $1', [officeCode]);
    const [user] = await api.dataSource.query('SELECT id FROM users WHERE login = $1', [prosecutor]);
    const [kase] = await api.dataSource.query(
      `INSERT INTO cases (number, subject, addressee_name, office_id, office_path, responsible_prosecutor_id)
       VALUES ($1, 'subject', 'addressee', $2, $3, $4) RETURNING id`,
      [`T-${officeCode}-${status}-${record.id}`, office.id, office.path, user.id],
    );
    const [act] = await api.dataSource.query(
      `INSERT INTO acts (case_id, office_id, office_path, type, state, edition_id, title, addressee_name, attributes, author_id, responsible_user_id)
       VALUES ($1, $2, $3, 'ORDER', 'DELIVERED', $4, 'order', 'addressee', '{}', $5, $5) RETURNING id`,
      [kase.id, office.id, office.path, KZ_2709_EDITION_ID, user.id],
    );
    const [deadline] = await api.dataSource.query(
      `INSERT INTO deadlines (act_id, office_id, office_path, kind, status, runs_against, triggered_at, due_at, citation, edition_id,
         explanation, fires_term_missed, ledger)
       VALUES ($1, $2, $3, $4, $5, 'ADDRESSEE', $6, $7, 'art. 24.5', $8, $9, true, $10) RETURNING id`,
      [act.id, office.id, office.path, record.rule.kind, status, record.trigger.at, record.dueAt, KZ_2709_EDITION_ID,
        record.computation.explanation, JSON.parse(JSON.stringify(record))],
    );
    return deadline.id as string;
  }

  function orderDeadline(id: string): DeadlineRecord {
    const rule = ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID);
    return unwrap(openDeadline({ id, rule, trigger: { at: RECEIVED }, calendar: KZ_PRODUCTION_CALENDAR, prescribedCount: 10 }));
  }

  beforeAll(async () => {
    api = await ApiHarness.start();
    deadlines.bostandyk = await insertDeadline('ALA-BOS', 'bostandyk.prosecutor', orderDeadline('ledger-bos'), 'OPEN');
    deadlines.temirtau = await insertDeadline('KAR-TEM', 'temirtau.prosecutor', orderDeadline('ledger-tem'), 'PAUSED');
    const met = meetDeadline(orderDeadline('ledger-met'), localDateTimeToInstant('2026-04-03', 10));
    if (!met.ok) throw new Error(met.refusal.message);
    deadlines.met = await insertDeadline('ALA-MED', 'medeu.prosecutor', met.record, 'MET');
  });
  afterAll(() => api?.stop());

  describe('reading', () => {
    it.each(['bostandyk.prosecutor', 'almaty.head', 'admin'])('%s lists the entries of a year', async (login) => {
      const response = await api.http.get('/api/v1/calendar/entries?year=2026').set(await api.as(login)).expect(200);
      expect(response.body).toHaveLength(14);
      expect(response.body).toContainEqual({
        id: 'KZ-2026-05-27-KURBAN_AIT',
        kind: 'HOLIDAY',
        date: '2026-05-27',
        workingDay: null,
        religious: true,
        label: { kk: 'Құрбан айттың бірінші күні', ru: 'Первый день Курбан айта', en: 'First day of Kurban ait' },
        source: expect.objectContaining({ en: expect.stringContaining('Spiritual Administration') }),
        status: 'ADOPTED',
      });
    });

    it('an integration with any scope reads the calendar; the status filter works', async () => {
      const { key, prefix, hash } = generateApiKey();
      await api.dataSource.getRepository(IntegrationClientEntity).insert({
        name: 'e-Otinish', keyPrefix: prefix, keyHash: hash, scopes: [IntegrationScope.CHANGES_READ], officeIds: [await api.officeId('ALA')],
      });
      const drafts = await api.http.get('/api/v1/calendar/entries?status=DRAFT').set('X-Api-Key', key).expect(200);
      expect(drafts.body.map((entry: { id: string }) => entry.id)).toEqual(['KZ-2027-05-16-KURBAN_AIT']);
      await api.http.get('/api/v1/calendar/days/2026-03-24').set('X-Api-Key', key).expect(200);
      const transfer = await api.http.get('/api/v1/calendar/entries/KZ-2025-TRANSFER-01-05').set('X-Api-Key', key).expect(200);
      expect(transfer.body).toMatchObject({ kind: 'TRANSFER', date: '2025-01-03', workingDay: '2025-01-05', religious: false });
    });

    it('explains why a day is not working: a holiday, its substitute day off, a weekend; a working day has no reason', async () => {
      const headers = await api.as('medeu.prosecutor');
      const holiday = await api.http.get('/api/v1/calendar/days/2026-03-23').set(headers).expect(200);
      expect(holiday.body).toMatchObject({ date: '2026-03-23', working: false, reason: { kind: 'HOLIDAY', entryId: 'KZ-2026-03-23-NAURYZ-3' } });
      const substitute = await api.http.get('/api/v1/calendar/days/2026-03-24').set(headers).expect(200);
      expect(substitute.body.reason).toMatchObject({ kind: 'SUBSTITUTE_DAY_OFF', entryId: 'KZ-2026-03-21-NAURYZ-1', label: { en: 'day off moved from 21.03.2026 (Nauryz)' } });
      const weekend = await api.http.get('/api/v1/calendar/days/2026-03-28').set(headers).expect(200);
      expect(weekend.body.reason).toMatchObject({ kind: 'WEEKEND', entryId: null, source: { en: 'Labour Code of the Republic of Kazakhstan, art. 85' } });
      const worked = await api.http.get('/api/v1/calendar/days/2025-01-05').set(headers).expect(200);
      expect(worked.body).toEqual({ date: '2025-01-05', working: true, reason: null });
    });

    it('refuses a malformed date (422 naming it) and a date outside the calendar (422 DATE_NOT_COVERED)', async () => {
      const headers = await api.as('medeu.prosecutor');
      const malformed = await api.http.get('/api/v1/calendar/days/2026-02-30').set(headers).expect(422);
      expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'date', code: 'INVALID_IS_LOCAL_DATE' }] });
      const outside = await api.http.get('/api/v1/calendar/days/2031-01-01').set(headers).expect(422);
      expect(outside.body.code).toBe('DATE_NOT_COVERED');
      const year = await api.http.get('/api/v1/calendar/entries?year=twenty').set(headers).expect(422);
      expect(year.body.errors[0]).toMatchObject({ field: 'year' });
    });

    it('answers 404 NOT_FOUND for an unknown entry and 401 without credentials', async () => {
      const missing = await api.http.get('/api/v1/calendar/entries/NOPE').set(await api.as('admin')).expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      await api.http.get('/api/v1/calendar/entries').expect(401);
    });
  });

  describe('editing', () => {
    it.each(['bostandyk.prosecutor', 'gpo.head'])('%s may not edit (403 FORBIDDEN) and nothing changes', async (login) => {
      const [entries, audits] = [await entryRows(), await auditRows()];
      const headers = await api.as(login);
      expect((await api.http.post('/api/v1/calendar/entries').set(headers).send(HOLIDAY_ON_DUE_DAY).expect(403)).body.code).toBe('FORBIDDEN');
      await api.http.patch('/api/v1/calendar/entries/KZ-2027-05-16-KURBAN_AIT').set(headers).send({ status: 'ADOPTED' }).expect(403);
      await api.http.delete('/api/v1/calendar/entries/KZ-2026-01-01-NEW_YEAR-1').set(headers).expect(403);
      expect([await entryRows(), await auditRows()]).toEqual([entries, audits]);
    });

    it.each([
      ['an unknown field', { ...HOLIDAY_ON_DUE_DAY, colour: 'red' }, { field: 'colour', code: 'UNKNOWN_FIELD' }],
      ['an impossible date', { ...HOLIDAY_ON_DUE_DAY, date: '2026-04-31' }, { field: 'date', code: 'INVALID_IS_LOCAL_DATE' }],
      ['a label without English', { ...HOLIDAY_ON_DUE_DAY, label: { kk: 'a', ru: 'b' } }, { field: 'label.en' }],
      ['an unknown status', { ...HOLIDAY_ON_DUE_DAY, status: 'PROPOSED' }, { field: 'status', code: 'INVALID_IS_IN' }],
      ['a holiday with a working day', { ...HOLIDAY_ON_DUE_DAY, workingDay: '2026-04-11' }, { field: 'workingDay', code: 'FIELD_NOT_FOR_KIND' }],
      ['a transfer without a working day', { ...HOLIDAY_ON_DUE_DAY, kind: 'TRANSFER' }, { field: 'workingDay', code: 'FIELD_REQUIRED_FOR_KIND' }],
      ['a null working day', { ...HOLIDAY_ON_DUE_DAY, kind: 'TRANSFER', workingDay: null }, { field: 'workingDay', code: 'INVALID_IS_LOCAL_DATE' }],
      ['a religious transfer', { ...HOLIDAY_ON_DUE_DAY, kind: 'TRANSFER', workingDay: '2026-04-11', religious: true }, { field: 'religious', code: 'FIELD_NOT_FOR_KIND' }],
    ])('refuses %s with 422 naming the field, and writes nothing', async (_name, body, error) => {
      const [entries, audits] = [await entryRows(), await auditRows()];
      const response = await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(body).expect(422);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toContainEqual(expect.objectContaining(error));
      expect([await entryRows(), await auditRows()]).toEqual([entries, audits]);
    });

    it('refuses a duplicate id (409) and an inconsistent calendar (422 CALENDAR_INCONSISTENT), writing nothing', async () => {
      const [entries, audits] = [await entryRows(), await auditRows()];
      const headers = await api.as('admin');
      const duplicate = await api.http.post('/api/v1/calendar/entries').set(headers).send({ ...HOLIDAY_ON_DUE_DAY, id: 'KZ-2026-05-01-UNITY_DAY' }).expect(409);
      expect(duplicate.body.code).toBe('CALENDAR_ENTRY_EXISTS');
      const twoOnOneDay = await api.http.post('/api/v1/calendar/entries').set(headers).send({ ...HOLIDAY_ON_DUE_DAY, date: '2026-05-01' }).expect(422);
      expect(twoOnOneDay.body).toMatchObject({ code: 'CALENDAR_INCONSISTENT', detail: expect.stringContaining('2026-05-01') });
      // A transfer whose "working day" is a weekday.
      const transfer = { ...HOLIDAY_ON_DUE_DAY, kind: 'TRANSFER', date: '2026-04-14', workingDay: '2026-04-15' };
      expect((await api.http.post('/api/v1/calendar/entries').set(headers).send(transfer).expect(422)).body.code).toBe('CALENDAR_INCONSISTENT');
      // A draft must be adoptable as it stands.
      await api.http.post('/api/v1/calendar/entries').set(headers).send({ ...HOLIDAY_ON_DUE_DAY, date: '2026-05-01', status: 'DRAFT' }).expect(422);
      expect([await entryRows(), await auditRows()]).toEqual([entries, audits]);
    });

    it('adds a holiday: saved with its audit row, and recounts the open and paused deadlines it moves (docs/adr/0011)', async () => {
      const before = await api.dataSource.query('SELECT id, due_at, ledger, version FROM deadlines ORDER BY id');
      const response = await api.http.post('/api/v1/calendar/entries').set(await api.as('admin')).send(HOLIDAY_ON_DUE_DAY).expect(201);

      expect(response.body.entry).toEqual({ ...HOLIDAY_ON_DUE_DAY, workingDay: null, religious: false });
      expect(response.body.impact.days).toEqual([
        { date: '2026-04-13', before: null, after: expect.objectContaining({ kind: 'HOLIDAY', entryId: 'TEST-2026-04-13', label: LABEL }) },
      ]);
      const moved = response.body.impact.deadlines;
      expect(moved.map((deadline: { deadlineId: string }) => deadline.deadlineId).sort()).toEqual([deadlines.bostandyk, deadlines.temirtau].sort());
      expect(moved.find((deadline: { deadlineId: string }) => deadline.deadlineId === deadlines.temirtau)).toMatchObject({
        kind: 'ORDER_EXECUTION',
        status: 'PAUSED',
        oldDueLocalDate: '2026-04-13',
        newDueLocalDate: '2026-04-14',
        oldDueAt: '2026-04-13T19:00:00.000Z',
        newDueAt: '2026-04-14T19:00:00.000Z',
        reason: { en: expect.stringContaining('13.04.2026 is now a non-working day (Test holiday)') },
      });
      expect(response.body.impact.conflicts).toEqual([]);
      expect(response.body.recount).toMatchObject({ deadlines: 2, acts: 2 });

      // The open and the paused deadline now end on 14.04 (their old due kept in the ledger); the met one is as it was.
      const after = await api.dataSource.query('SELECT id, due_at, ledger, version, status FROM deadlines ORDER BY id');
      for (const id of [deadlines.bostandyk, deadlines.temirtau]) {
        const [was, is] = [before.find((row: { id: string }) => row.id === id), after.find((row: { id: string }) => row.id === id)];
        expect(is.due_at.toISOString()).toBe('2026-04-14T19:00:00.000Z');
        expect(is.version).toBe(was.version + 1);
        expect(is.ledger.revisions).toEqual([expect.objectContaining({ previousDueAt: '2026-04-13T19:00:00.000Z', dueAt: '2026-04-14T19:00:00.000Z' })]);
      }
      expect(after.find((row: { id: string }) => row.id === deadlines.temirtau).status).toBe('PAUSED');
      const met = (rows: Array<{ id: string }>) => rows.find((row) => row.id === deadlines.met);
      expect(met(after)).toEqual({ ...met(before), status: 'MET' });
      const [row] = await api.dataSource.query('SELECT kind, date::text, working_day, religious, label, source, status FROM calendar_entries WHERE id = $1', [
        HOLIDAY_ON_DUE_DAY.id,
      ]);
      expect(row).toEqual({ kind: 'HOLIDAY', date: '2026-04-13', working_day: null, religious: false, label: LABEL, source: SOURCE, status: 'ADOPTED' });
      const [audit] = await api.dataSource.query(
        `SELECT a.action, a.entity_id, a.before, a.after, a.actor_role, u.login FROM audit_log a JOIN users u ON u.id = a.actor_user_id
          WHERE a.entity_type = 'calendar_entry' ORDER BY a.id DESC LIMIT 1`,
      );
      expect(audit).toEqual({ action: 'calendar_entry.created', entity_id: HOLIDAY_ON_DUE_DAY.id, before: null, after: response.body.entry, actor_role: 'ADMINISTRATOR', login: 'admin' });

      // The calendar in force changed at once in this process (cache invalidated).
      const day = await api.http.get('/api/v1/calendar/days/2026-04-13').set(await api.as('admin')).expect(200);
      expect(day.body.reason).toMatchObject({ kind: 'HOLIDAY', entryId: HOLIDAY_ON_DUE_DAY.id });
    });

    it('corrects an entry (adopting the 2027 Kurban ait draft) with before and after in the audit row', async () => {
      const response = await api.http.patch('/api/v1/calendar/entries/KZ-2027-05-16-KURBAN_AIT').set(await api.as('admin')).send({ status: 'ADOPTED' }).expect(200);
      expect(response.body.entry).toMatchObject({ id: 'KZ-2027-05-16-KURBAN_AIT', status: 'ADOPTED', religious: true, date: '2027-05-16' });
      // A Sunday religious holiday never moves its day off: no day changes.
      expect(response.body.impact).toEqual({ days: [], deadlines: [], keptMissed: [], conflicts: [] });
      expect(response.body.recount).toEqual({ deadlines: 0, acts: 0, notices: 0 });
      const [audit] = await api.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_id = 'KZ-2027-05-16-KURBAN_AIT'`);
      expect(audit).toMatchObject({ action: 'calendar_entry.updated', before: { status: 'DRAFT' }, after: { status: 'ADOPTED' } });
      expect((await api.dataSource.query(`SELECT status FROM calendar_entries WHERE id = 'KZ-2027-05-16-KURBAN_AIT'`))[0].status).toBe('ADOPTED');
    });

    it('refuses to set a working day on a holiday and an unknown entry, writing nothing', async () => {
      const [entries, audits] = [await entryRows(), await auditRows()];
      const headers = await api.as('admin');
      const wrong = await api.http.patch('/api/v1/calendar/entries/KZ-2026-05-01-UNITY_DAY').set(headers).send({ workingDay: '2026-05-02' }).expect(422);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'workingDay', code: 'FIELD_NOT_FOR_KIND' })]);
      await api.http.patch('/api/v1/calendar/entries/KZ-2026-05-01-UNITY_DAY').set(headers).send({ kind: 'TRANSFER' }).expect(422);
      const nullDate = await api.http.patch('/api/v1/calendar/entries/KZ-2026-05-01-UNITY_DAY').set(headers).send({ date: null }).expect(422);
      expect(nullDate.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
      expect((await api.http.patch('/api/v1/calendar/entries/NOPE').set(headers).send({ status: 'DRAFT' }).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await api.http.delete('/api/v1/calendar/entries/NOPE').set(headers).expect(404)).body.code).toBe('NOT_FOUND');
      expect([await entryRows(), await auditRows()]).toEqual([entries, audits]);
    });

    it('previews a change for a supervisor, limited to their subtree, without saving anything', async () => {
      const [entries, audits] = [await entryRows(), await auditRows()];
      const body = { delete: { id: HOLIDAY_ON_DUE_DAY.id } };
      const almaty = await api.http.post('/api/v1/calendar/impact').set(await api.as('almaty.head')).send(body).expect(200);
      expect(almaty.body.deadlines).toEqual([expect.objectContaining({ deadlineId: deadlines.bostandyk, oldDueLocalDate: '2026-04-14', newDueLocalDate: '2026-04-13' })]);
      const admin = await api.http.post('/api/v1/calendar/impact').set(await api.as('admin')).send(body).expect(200);
      expect(admin.body.deadlines).toHaveLength(2);
      const update = { update: { id: 'KZ-2026-05-01-UNITY_DAY', changes: { workingDay: '2026-05-02' } } };
      const refused = await api.http.post('/api/v1/calendar/impact').set(await api.as('admin')).send(update).expect(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'update.changes.workingDay', code: 'FIELD_NOT_FOR_KIND' })]);
      const two = await api.http.post('/api/v1/calendar/impact').set(await api.as('admin')).send({ ...body, create: HOLIDAY_ON_DUE_DAY }).expect(422);
      expect(two.body.errors[0].code).toBe('EXACTLY_ONE_CHANGE');
      const nothing = await api.http.post('/api/v1/calendar/impact').set(await api.as('admin')).send({ create: null }).expect(422);
      expect(nothing.body.errors).toContainEqual(expect.objectContaining({ field: 'create' }));
      expect((await api.http.post('/api/v1/calendar/impact').set(await api.as('bostandyk.prosecutor')).send(body).expect(403)).body.code).toBe('FORBIDDEN');
      expect([await entryRows(), await auditRows()]).toEqual([entries, audits]);
    });

    it('deletes an entry, moving the deadlines back', async () => {
      const response = await api.http.delete(`/api/v1/calendar/entries/${HOLIDAY_ON_DUE_DAY.id}`).set(await api.as('admin')).expect(200);
      expect(response.body.entry).toBeNull();
      expect(response.body.impact.deadlines).toHaveLength(2);
      const dues = await api.dataSource.query('SELECT due_at FROM deadlines WHERE id = ANY($1)', [[deadlines.bostandyk, deadlines.temirtau]]);
      expect(dues.map((row: { due_at: Date }) => row.due_at.toISOString())).toEqual(['2026-04-13T19:00:00.000Z', '2026-04-13T19:00:00.000Z']);
      expect(await count('SELECT count(*)::int AS n FROM calendar_entries WHERE id = $1', [HOLIDAY_ON_DUE_DAY.id])).toBe(0);
      const [audit] = await api.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [HOLIDAY_ON_DUE_DAY.id]);
      expect(audit).toMatchObject({ action: 'calendar_entry.deleted', before: { id: HOLIDAY_ON_DUE_DAY.id }, after: null });
    });
  });
});
