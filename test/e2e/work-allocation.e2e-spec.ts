import { FixedClock } from '@app/config';
import { IntegrationScope } from '@app/persistence';
import { jobIds, QueueName, queueOptions } from '@app/queue';
import { INestApplication } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { DEMO_PASSWORD } from '../../tools/demo-data/seed-demo';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

const T0 = new Date('2026-03-20T06:00:00Z'); // Friday 20.03.2026, 11:00 in Almaty
const ISSUED = new Date('2026-03-11T06:00:00Z'); // protests are issued before they are received
const RECEIVED = '2026-03-12T05:00:00Z'; // a protest received then is due at the end of 26.03.2026
const REMIND_3D_AT = new Date('2026-03-23T19:00:01Z'); // 24.03 in Almaty
const REMIND_1D_AT = new Date('2026-03-25T19:00:01Z'); // 26.03 in Almaty

/**
 * Work allocation end to end (issue 20): a head reassigns a case or an act, the deadline engine
 * then reminds whoever answers now (and their deputy while they are away), a user cannot be
 * deactivated while they answer for open acts, and every change reaches the act's history, the
 * audit log, the change feed, the new prosecutor's inbox and subscribed integrations.
 */
describe('work allocation', () => {
  const clock = new FixedClock(T0);
  let api: ApiHarness;
  let worker: INestApplication;
  let deadlinesQueue: Queue;
  let receiver: WebhookReceiver;
  let ids: Record<'prosecutor' | 'second' | 'head' | 'medeuProsecutor' | 'medeuHead', string>;
  let counter = 0;

  beforeAll(async () => {
    // The receiver listens on loopback, which webhook targets may not be unless allowed.
    api = await ApiHarness.start({ clock, config: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    worker = await createWorkerApp(api.context.config, clock);
    await worker.init();
    deadlinesQueue = new Queue(QueueName.DEADLINES, queueOptions(api.context.config, 'producer'));
    const admin = await api.as('admin');
    const createUser = async (login: string, role: string, office: string) => {
      const response = await api.http
        .post('/api/v1/admin/users')
        .set(admin)
        .send({ login, fullName: `Test ${login}`, email: `${login}@test.kz`, role, officeId: await api.officeId(office), password: DEMO_PASSWORD });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    ids = {
      prosecutor: await api.userId('bostandyk.prosecutor'),
      second: await createUser('bostandyk.second', 'PROSECUTOR', 'ALA-BOS'),
      head: await api.userId('bostandyk.head'),
      medeuProsecutor: await api.userId('medeu.prosecutor'),
      medeuHead: await createUser('medeu.head', 'SUPERVISOR', 'ALA-MED'),
    };
    receiver = await WebhookReceiver.start();
    const client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.WEBHOOKS_READ], officeCodes: ['ALA'], name: 'e-Otinish' });
    const subscription = await api.http.post('/api/v1/admin/webhook-subscriptions').set(admin).send({ clientId: client.id, url: receiver.url, events: ['work.assigned'] });
    expect(subscription.status).toBe(201);
    receiver.secret = subscription.body.secret as string;
  });
  afterAll(async () => {
    await deadlinesQueue?.close();
    await worker?.close();
    await receiver?.stop();
    await api?.stop();
  });
  beforeEach(() => clock.set(T0));

  const fire = async (actId: string, event: string, payload: object = {}) =>
    api.http.post(`/api/v1/acts/${actId}/events`).set(await api.as('bostandyk.prosecutor')).send({ event, payload });

  /** A case of bostandyk.prosecutor with a delivered protest whose consideration clock runs. */
  async function caseWithDeliveredProtest(): Promise<{ caseId: string; actId: string; deadlineId: string; version: number }> {
    counter += 1;
    clock.set(ISSUED);
    const caseId = await api.openCase('bostandyk.prosecutor', `2026-ALA-BOS-WORK-${counter}`);
    const filed = await api.http
      .post('/api/v1/acts/protests')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ caseId, title: `Protest ${counter}`, addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT });
    expect(filed.status).toBe(201);
    expect((await fire(filed.body.id, 'ISSUE')).status).toBe(200);
    clock.set(T0);
    const delivered = await fire(filed.body.id, 'DELIVERY_CONFIRMED', { receivedAt: RECEIVED });
    expect(delivered.status).toBe(200);
    const deadlineId = delivered.body.deadlines[0].id as string;
    const [{ version }] = await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]);
    await waitFor('the outbox relay', async () => (await deadlinesQueue.getJob(jobIds.due(deadlineId, version))) ?? undefined);
    return { caseId, actId: filed.body.id as string, deadlineId, version };
  }

  /** Moves the clock to the job's instant and runs it now, as BullMQ would when its delay ends. */
  async function runAt(job: Job, at: Date): Promise<void> {
    clock.set(at);
    await job.promote();
    await waitFor(`job ${job.id} to finish`, async () => ((await deadlinesQueue.getJob(job.id!))?.finishedOn ? true : undefined));
    const finished = await deadlinesQueue.getJob(job.id!);
    if (finished?.failedReason) throw new Error(`job ${job.id} failed: ${finished.failedReason}`);
  }

  async function remind(deadlineId: string, version: number, step: string, at: Date): Promise<string[]> {
    await runAt((await deadlinesQueue.getJob(jobIds.remind(deadlineId, version, step)))!, at);
    const rows: Array<{ login: string }> = await api.dataSource.query(
      `SELECT u.login FROM notices n JOIN users u ON u.id = n.recipient_user_id WHERE n.deadline_id = $1 AND n.step = $2 AND n.channel = 'INBOX' ORDER BY u.login`,
      [deadlineId, step],
    );
    return rows.map((row) => row.login);
  }

  const assignCase = async (login: string, caseId: string, prosecutorId: string, reason = 'Е. Касымов is on leave') =>
    api.http.post(`/api/v1/cases/${caseId}/assignment`).set(await api.as(login)).send({ prosecutorId, reason });

  it('a head reassigns a case: its open act follows, the next reminder reaches the new prosecutor and not the old one', async () => {
    const { caseId, actId, deadlineId, version } = await caseWithDeliveredProtest();

    const assigned = await assignCase('bostandyk.head', caseId, ids.second);
    expect(assigned.status).toBe(200);
    expect(assigned.body.responsibleProsecutorId).toBe(ids.second);
    const act = await api.http.get(`/api/v1/acts/${actId}`).set(await api.as('bostandyk.head'));
    expect(act.body.responsibleUserId).toBe(ids.second);
    expect(act.body.responsible).toEqual({ id: ids.second, fullName: 'Test bostandyk.second' });
    expect(act.body.author.id).toBe(ids.prosecutor);
    expect(act.body.history.at(-1)).toMatchObject({ event: 'RESPONSIBLE_CHANGED', fromState: 'DELIVERED', toState: 'DELIVERED' });

    // The reminder job was planned before the reassignment; it reads who answers when it runs.
    expect(await remind(deadlineId, version, 'REMIND_3D', REMIND_3D_AT)).toEqual(['bostandyk.second']);

    // The new prosecutor was told, in their inbox, in Kazakh and Russian too.
    const inbox = await api.http.get('/api/v1/me/notifications').set(await api.as('bostandyk.second'));
    const notice = inbox.body.items.find((item: { kind: string }) => item.kind === 'ASSIGNMENT');
    expect(notice.subject.kk).toBe(`Сізге іс тапсырылды: № 2026-ALA-BOS-WORK-${counter}`);
    expect(notice.body.ru).toContain('Причина: Е. Касымов is on leave');
    expect(notice.body.ru).toContain('Прокурор района Б. Ахметова');

    // My work: the act is on the new prosecutor's desk, off the old one's.
    const mine = await api.http.get('/api/v1/me/work').set(await api.as('bostandyk.second'));
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ actId, state: 'DELIVERED', caseId, nextDeadline: expect.objectContaining({ kind: 'PROTEST_CONSIDERATION', article: 'art. 19.3', overdue: false }) }),
    ]);
    const theirs = await api.http.get('/api/v1/me/work').set(await api.as('bostandyk.prosecutor'));
    expect(theirs.body.items.map((item: { actId: string }) => item.actId)).not.toContain(actId);

    // The integration subscribed to work.assigned hears of it. (Signing is webhooks.e2e-spec's: here the
    // worker's clock is fixed in March 2026, so the receiver's freshness check refuses the timestamp.)
    const delivered = await waitFor('the work.assigned webhook', async () => receiver.received.find((hook) => hook.body.includes(caseId)));
    expect(delivered.event).toBe('work.assigned');
    expect(JSON.parse(delivered.body).data).toEqual({
      event: 'work.assigned',
      entityType: 'case',
      entityId: caseId,
      caseId,
      fromUserId: ids.prosecutor,
      toUserId: ids.second,
      actIds: [actId],
      assignedAt: T0.toISOString(),
    });
  });

  it('the audit log and the change feed carry every reassignment, with the reason in the audit log only', async () => {
    const { caseId, actId } = await caseWithDeliveredProtest();
    expect((await assignCase('bostandyk.head', caseId, ids.second, 'Workload')).status).toBe(200);
    const actBack = await api.http.post(`/api/v1/acts/${actId}/assignment`).set(await api.as('almaty.head')).send({ prosecutorId: ids.prosecutor, reason: 'Back from leave' });
    expect(actBack.status).toBe(200);
    expect(actBack.headers.etag).toBe(`"${actBack.body.version}"`);

    const audit: Array<{ action: string; entity_id: string; after: Record<string, unknown> }> = await api.dataSource.query(
      `SELECT action, entity_id, after FROM audit_log WHERE case_id = $1 AND action IN ('case.assigned', 'act.assigned') ORDER BY id`,
      [caseId],
    );
    expect(audit.map((row) => [row.action, row.entity_id, row.after.responsibleUserId ?? row.after.responsibleProsecutorId, row.after.reason])).toEqual([
      ['act.assigned', actId, ids.second, 'Workload'],
      ['case.assigned', caseId, ids.second, 'Workload'],
      ['act.assigned', actId, ids.prosecutor, 'Back from leave'],
    ]);

    const feed = await api.http.get('/api/v1/changes?limit=500').set(await api.as('bostandyk.head'));
    expect(feed.status).toBe(200);
    const changes = feed.body.items.filter((item: { caseId: string; action: string }) => item.caseId === caseId && item.action.endsWith('.assigned'));
    expect(changes.map((item: { action: string; after: Record<string, unknown> }) => [item.action, item.after.responsibleUserId ?? item.after.responsibleProsecutorId])).toEqual([
      ['act.assigned', ids.second],
      ['case.assigned', ids.second],
      ['act.assigned', ids.prosecutor],
    ]);
    for (const item of changes) expect(item.after).not.toHaveProperty('reason');
  });

  it('a prosecutor cannot reassign (403), a head of a sibling office gets 404, and nothing changes', async () => {
    const { caseId, actId } = await caseWithDeliveredProtest();
    const byProsecutor = await assignCase('bostandyk.prosecutor', caseId, ids.second);
    expect(byProsecutor.status).toBe(403);
    expect(byProsecutor.body.code).toBe('FORBIDDEN');
    const bySibling = await assignCase('medeu.head', caseId, ids.medeuProsecutor);
    expect(bySibling.status).toBe(404);
    expect(bySibling.body.code).toBe('NOT_FOUND');
    const actBySibling = await api.http.post(`/api/v1/acts/${actId}/assignment`).set(await api.as('medeu.head')).send({ prosecutorId: ids.medeuHead, reason: 'Taking over' });
    expect(actBySibling.status).toBe(404);
    const [row] = await api.dataSource.query('SELECT c.responsible_prosecutor_id AS case_responsible, a.responsible_user_id AS act_responsible, a.version FROM cases c JOIN acts a ON a.case_id = c.id WHERE c.id = $1', [caseId]);
    expect(row).toEqual({ case_responsible: ids.prosecutor, act_responsible: ids.prosecutor, version: 3 });
  });

  it('refuses an assignee who could not read the case, the same person twice, a closed act and a stale version — each with its code and field', async () => {
    const { caseId, actId } = await caseWithDeliveredProtest();
    const sibling = await assignCase('almaty.head', caseId, ids.medeuProsecutor);
    expect(sibling.status).toBe(422);
    expect(sibling.body.errors).toEqual([expect.objectContaining({ field: 'prosecutorId', code: 'NOT_ELIGIBLE_ASSIGNEE' })]);
    const outsideSubtree = await assignCase('bostandyk.head', caseId, await api.userId('almaty.head'));
    expect(outsideSubtree.status).toBe(422);
    const same = await assignCase('bostandyk.head', caseId, ids.prosecutor);
    expect(same.status).toBe(409);
    expect(same.body.code).toBe('ALREADY_RESPONSIBLE');
    // A higher head may take the case themselves: they can read it and it is in their subtree.
    expect((await assignCase('almaty.head', caseId, await api.userId('almaty.head'))).status).toBe(200);

    const stale = await api.http.post(`/api/v1/acts/${actId}/assignment`).set(await api.as('bostandyk.head')).set('If-Match', '"1"').send({ prosecutorId: ids.second, reason: 'Workload' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');

    const withdrawn = await fire(actId, 'WITHDRAW', { summary: 'The decision was revoked by the akim' });
    expect(withdrawn.body.state).toBe('WITHDRAWN');
    const closed = await api.http.post(`/api/v1/acts/${actId}/assignment`).set(await api.as('bostandyk.head')).send({ prosecutorId: ids.second, reason: 'Workload' });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('ACT_CLOSED');
  });

  it('cover: during the absence the deputy hears of the reminders as well; before and after it, only the prosecutor', async () => {
    const { deadlineId, version } = await caseWithDeliveredProtest();
    const absence = await api.http
      .post('/api/v1/absences')
      .set(await api.as('bostandyk.head'))
      .send({ userId: ids.prosecutor, startsOn: '2026-03-23', endsOn: '2026-03-24', deputyId: ids.second, reason: 'Training' });
    expect(absence.status).toBe(201);
    expect(absence.headers.location).toBe(`/api/v1/absences/${absence.body.id}`);
    expect(absence.body).toMatchObject({ userId: ids.prosecutor, deputyId: ids.second, current: false });

    expect(await remind(deadlineId, version, 'REMIND_3D', REMIND_3D_AT)).toEqual(['bostandyk.prosecutor', 'bostandyk.second']);
    expect(await remind(deadlineId, version, 'REMIND_1D', REMIND_1D_AT)).toEqual(['bostandyk.prosecutor']);

    const overlapping = await api.http
      .post('/api/v1/absences')
      .set(await api.as('admin'))
      .send({ userId: ids.prosecutor, startsOn: '2026-03-24', endsOn: '2026-03-30', deputyId: ids.second, reason: 'Leave' });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.code).toBe('ABSENCE_OVERLAPS');
    const foreignDeputy = await api.http
      .post('/api/v1/absences')
      .set(await api.as('admin'))
      .send({ userId: ids.prosecutor, startsOn: '2026-04-01', endsOn: '2026-04-02', deputyId: ids.medeuProsecutor, reason: 'Leave' });
    expect(foreignDeputy.status).toBe(422);
    expect(foreignDeputy.body.errors).toEqual([expect.objectContaining({ field: 'deputyId', code: 'NOT_ELIGIBLE_DEPUTY' })]);
    const bySibling = await api.http
      .post('/api/v1/absences')
      .set(await api.as('medeu.head'))
      .send({ userId: ids.prosecutor, startsOn: '2026-04-01', endsOn: '2026-04-02', deputyId: ids.second, reason: 'Leave' });
    expect(bySibling.status).toBe(404);
    const audit = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [absence.body.id]);
    expect(audit).toEqual([{ action: 'absence.created' }]);
  });

  it('the overdue list shows who answers and filters by "responsible is absent"', async () => {
    const { caseId, deadlineId } = await caseWithDeliveredProtest();
    expect((await assignCase('bostandyk.head', caseId, ids.second)).status).toBe(200);
    clock.set(new Date('2026-03-28T06:00:00Z'));
    const away = await api.http
      .post('/api/v1/absences')
      .set(await api.as('bostandyk.head'))
      .send({ userId: ids.second, startsOn: '2026-03-27', endsOn: '2026-03-29', deputyId: ids.prosecutor, reason: 'Illness' });
    expect(away.status).toBe(201);
    expect(away.body.current).toBe(true);

    const head = await api.as('bostandyk.head');
    const absent = await api.http.get('/api/v1/supervision/overdue?responsibleAbsent=true&limit=500').set(head);
    expect(absent.status).toBe(200);
    const item = absent.body.items.find((row: { deadlineId: string }) => row.deadlineId === deadlineId);
    expect(item.responsible).toEqual({ id: ids.second, fullName: 'Test bostandyk.second', absent: true });
    expect(item.prosecutor.id).toBe(ids.prosecutor);
    expect(absent.body.items.every((row: { responsible: { absent: boolean } }) => row.responsible.absent)).toBe(true);
    const present = await api.http.get('/api/v1/supervision/overdue?responsibleAbsent=false&limit=500').set(head);
    expect(present.body.items.map((row: { deadlineId: string }) => row.deadlineId)).not.toContain(deadlineId);
    expect(present.body.items.length).toBeGreaterThan(0);

    const withdrawn = await api.http.delete(`/api/v1/absences/${away.body.id}`).set(head);
    expect(withdrawn.status).toBe(204);
    const afterwards = await api.http.get('/api/v1/supervision/overdue?responsibleAbsent=true&limit=500').set(head);
    expect(afterwards.body.items.map((row: { deadlineId: string }) => row.deadlineId)).not.toContain(deadlineId);
  });

  it('a user who answers for open acts is not deactivated without a successor; with one, their work moves in the same transaction', async () => {
    await caseWithDeliveredProtest();
    const admin = await api.as('admin');
    const head = await api.as('bostandyk.head');
    const desk = await api.http.get(`/api/v1/supervision/people/${ids.prosecutor}/work`).set(head);
    expect(desk.status).toBe(200);
    const open = desk.body.items.map((item: { actId: string }) => item.actId);
    expect(open.length).toBeGreaterThan(0);
    expect((await api.http.get(`/api/v1/supervision/people/${ids.prosecutor}/work`).set(await api.as('medeu.head'))).status).toBe(404);

    const silent = await api.http.post(`/api/v1/admin/users/${ids.prosecutor}/deactivate`).set(admin).send({});
    expect(silent.status).toBe(409);
    expect(silent.body.code).toBe('USER_HAS_OPEN_WORK');
    const cannotRead = await api.http.post(`/api/v1/admin/users/${ids.prosecutor}/deactivate`).set(admin).send({ reassignTo: ids.medeuProsecutor, reason: 'Transferred' });
    expect(cannotRead.status).toBe(422);
    expect(cannotRead.body.errors).toEqual([expect.objectContaining({ field: 'reassignTo', code: 'NOT_ELIGIBLE_ASSIGNEE' })]);
    const [{ is_active: stillActive }] = await api.dataSource.query('SELECT is_active FROM users WHERE id = $1', [ids.prosecutor]);
    expect(stillActive).toBe(true);

    const handedOver = await api.http.post(`/api/v1/admin/users/${ids.prosecutor}/deactivate`).set(admin).send({ reassignTo: ids.second, reason: 'Transferred to the regional office' });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body.isActive).toBe(false);
    expect((await api.http.get(`/api/v1/supervision/people/${ids.prosecutor}/work`).set(head)).body.items).toEqual([]);
    const moved: Array<{ responsible_user_id: string }> = await api.dataSource.query('SELECT responsible_user_id FROM acts WHERE id = ANY($1)', [open]);
    expect(moved.every((row) => row.responsible_user_id === ids.second)).toBe(true);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE responsible_prosecutor_id = $1`, [ids.prosecutor]);
    expect(count).toBe(0);
    const audited = await api.dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'act.assigned' AND after->>'reason' = 'Transferred to the regional office'`);
    expect(audited[0].count).toBe(open.length);
  });
});
