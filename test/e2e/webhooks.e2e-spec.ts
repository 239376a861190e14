import { randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import { IntegrationScope, WebhookDeliveriesRepository } from '@app/persistence';
import { jobIds, NoticeJobName, NoticeProducer, QueueName, queueOptions } from '@app/queue';
import { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { NoticeReconciler } from '../../apps/worker/src/notices/notice-reconciler';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';
import { queueDrained, waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * Webhooks end to end: subscriptions made over the API, deliveries recorded as the deadline engine
 * records them (WebhookDeliveriesRepository.recordEvent) and enqueued with its NoticeProducer, the real worker POSTing to
 * a real HTTP receiver that verifies the signature and deduplicates by X-Webhook-Id.
 */
describe('webhooks', () => {
  let api: ApiHarness;
  let worker: INestApplication;
  let queue: Queue;
  let producer: NoticeProducer;
  let receiver: WebhookReceiver;
  let admin: { Authorization: string };
  let client: { id: string; key: string };
  let subscriptionId: string;
  let officePath: string;

  beforeAll(async () => {
    // The receiver listens on loopback, which a webhook may reach only when an operator allows it.
    api = await ApiHarness.start({ config: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    const workerConfig: AppConfig = Object.assign(new AppConfig(), api.context.config, {
      WEBHOOK_MAX_ATTEMPTS: 4,
      WEBHOOK_TIMEOUT_MS: 300,
      NOTICE_RETRY_BASE_MS: 20,
      NOTICE_RETRY_MAX_MS: 50,
    });
    worker = await createWorkerApp(workerConfig);
    await worker.init();
    queue = new Queue(QueueName.NOTICES, queueOptions(api.context.config, 'producer'));
    producer = new NoticeProducer(queue);
    receiver = await WebhookReceiver.start();
    admin = await api.as('admin');
    client = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.WEBHOOKS_READ], officeCodes: ['ALA'], name: 'e-Otinish' });
    [{ path: officePath }] = (await api.dataSource.query(`SELECT path FROM offices WHERE code = 'ALA-BOS'`)) as Array<{ path: string }>;
    const created = await api.http
      .post('/api/v1/admin/webhook-subscriptions')
      .set(admin)
      .send({ clientId: client.id, url: receiver.url, events: ['deadline.missed', 'deadline.reminder'] });
    expect(created.status).toBe(201);
    subscriptionId = created.body.subscription.id as string;
    receiver.secret = created.body.secret as string;
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await receiver?.stop();
    await api?.stop();
  });

  /** Records one event as the deadline engine does and returns the id of the delivery it made for our subscription. */
  const recordEvent = async (type: 'deadline.missed' | 'deadline.reminder' = 'deadline.missed'): Promise<string> => {
    const deadlineId = randomUUID();
    const ids = await api.dataSource.transaction((manager) =>
      api.app.get(WebhookDeliveriesRepository).recordEvent(manager, { type, key: `${deadlineId}:BREACH`, officePath, payload: { deadlineId, actId: randomUUID(), dueAt: '2026-03-26T19:00:00.000Z' } }),
    );
    const [mine] = (await api.dataSource.query(`SELECT id FROM webhook_deliveries WHERE id = ANY($1) AND subscription_id = $2`, [ids, subscriptionId])) as Array<{ id: string }>;
    return mine.id;
  };
  const delivery = async (id: string) =>
    (
      (await api.dataSource.query(
        'SELECT status, attempts, last_status_code, last_error, delivered_at, next_attempt_at FROM webhook_deliveries WHERE id = $1',
        [id],
      )) as Array<{ status: string; attempts: number; last_status_code: number | null; last_error: string | null; delivered_at: Date | null; next_attempt_at: Date | null }>
    )[0];
  const requestsFor = (id: string) => receiver.received.filter((request) => request.id === id);
  const jobState = async (jobId: string) => (await queue.getJob(jobId))?.getState();

  it('a receiver that fails three times and then succeeds gets exactly one accepted delivery, validly signed', async () => {
    const id = await recordEvent();
    const statuses = [500, 502, 503];
    const start = receiver.received.length;
    receiver.answer = (n) => statuses[n - start - 1] ?? 200;
    await producer.enqueue({ deliveryIds: [id] });
    await waitFor('the delivery to be DELIVERED', async () => (await delivery(id)).status === 'DELIVERED');
    const requests = requestsFor(id);
    expect(requests.map((request) => request.status)).toEqual([500, 502, 503, 200]);
    expect(requests.every((request) => request.signatureValid && request.event === 'deadline.missed')).toBe(true);
    expect([...receiver.accepted].filter((accepted) => accepted === id)).toHaveLength(1);
    const body = JSON.parse(requests[3].body) as { id: string; type: string; data: { deadlineId: string } };
    expect(body).toMatchObject({ id, type: 'deadline.missed' });
    expect(await delivery(id)).toMatchObject({ status: 'DELIVERED', attempts: 4, last_status_code: 200, last_error: null, next_attempt_at: null });
    await queueDrained(queue); // no retry pending: the counts below are final
    expect(requestsFor(id)).toHaveLength(4);
  });

  it('treats a timeout as a failed try; the receiver, which did accept, sees the retry under the same X-Webhook-Id and keeps one', async () => {
    const id = await recordEvent();
    const start = receiver.received.length;
    receiver.answer = (n) => (n - start === 1 ? { status: 200, afterMs: 800 } : 200);
    await producer.enqueue({ deliveryIds: [id] });
    await waitFor('the delivery to be DELIVERED', async () => (await delivery(id)).status === 'DELIVERED');
    await queueDrained(queue);
    const requests = requestsFor(id);
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.status)).toEqual([200, 200]);
    expect(receiver.accepted.has(id)).toBe(true);
    expect(await delivery(id)).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });

  it('dead-letters a delivery that always fails after WEBHOOK_MAX_ATTEMPTS, and an administrator redelivers it under a fresh job id', async () => {
    const id = await recordEvent();
    receiver.answer = () => 500;
    await producer.enqueue({ deliveryIds: [id] });
    await waitFor('the delivery to be DEAD', async () => (await delivery(id)).status === 'DEAD');
    expect(await delivery(id)).toMatchObject({ status: 'DEAD', attempts: 4, last_status_code: 500, last_error: 'HTTP 500', next_attempt_at: null });
    await waitFor('the first round to fail', async () => (await jobState(jobIds.webhook(id))) === 'failed');
    await queueDrained(queue); // no retry pending: the counts below are final
    expect(requestsFor(id)).toHaveLength(4);

    receiver.answer = () => 204;
    const redelivered = await api.http.post(`/api/v1/webhook-deliveries/${id}/redeliver`).set(admin);
    expect(redelivered.status).toBe(200);
    expect(redelivered.body).toMatchObject({ id, status: 'PENDING', attempts: 4 });
    await waitFor('the redelivery to be DELIVERED', async () => (await delivery(id)).status === 'DELIVERED');
    expect(await delivery(id)).toMatchObject({ status: 'DELIVERED', attempts: 5, last_status_code: 204 });
    expect(await jobState(jobIds.webhook(id, 4))).toBe('completed');
    expect(await jobState(jobIds.webhook(id))).toBe('failed'); // the first round's history stays readable
    expect(receiver.accepted.has(id)).toBe(true);

    const [audit] = (await api.dataSource.query(`SELECT actor_role, entity_id, before, after FROM audit_log WHERE action = 'webhook_delivery.redelivered' AND after->>'id' = $1`, [id])) as Array<{
      actor_role: string;
      entity_id: string;
      before: { status: string };
      after: { status: string };
    }>;
    expect(audit).toMatchObject({ actor_role: 'ADMINISTRATOR', entity_id: client.id, before: { status: 'DEAD' }, after: { status: 'PENDING' } });

    const again = await api.http.post(`/api/v1/webhook-deliveries/${id}/redeliver`).set(admin);
    expect({ status: again.status, code: again.body.code, state: again.body.state }).toEqual({ status: 409, code: 'DELIVERY_NOT_REDELIVERABLE', state: 'DELIVERED' });
  });

  it('re-enqueues a delivery whose job vanished from Redis; a DELIVERED one is never resent', async () => {
    receiver.answer = () => 200;
    const delivered = await recordEvent();
    await producer.enqueue({ deliveryIds: [delivered] });
    await waitFor('the first delivery', async () => (await delivery(delivered)).status === 'DELIVERED');
    const lost = await recordEvent(); // recorded, its job never enqueued
    await queue.obliterate({ force: true });

    const reconciler = worker.get(NoticeReconciler);
    expect(await reconciler.reconcile()).toEqual({ emails: 0, webhooks: 1 });
    await waitFor('the lost delivery to be DELIVERED', async () => (await delivery(lost)).status === 'DELIVERED');
    expect(await reconciler.reconcile()).toEqual({ emails: 0, webhooks: 0 });
    await queueDrained(queue); // no retry pending: the counts below are final
    expect(requestsFor(delivered)).toHaveLength(1);
    expect(requestsFor(lost)).toHaveLength(1);
  });

  it('redelivering a FAILED delivery replaces its waiting retry: one delivery never has two retry chains', async () => {
    // A queue no worker consumes, so the retry stays where the test put it.
    const idle = new Queue(QueueName.NOTICES, { ...queueOptions(api.context.config, 'producer'), prefix: `${api.context.config.QUEUE_PREFIX}-idle` });
    try {
      const deliveryId = randomUUID();
      await idle.add(NoticeJobName.DELIVER_WEBHOOK, { deliveryId }, { jobId: jobIds.webhook(deliveryId), delay: 60_000 });
      await new NoticeProducer(idle).redeliverWebhook(deliveryId, 2);
      expect(await idle.getJob(jobIds.webhook(deliveryId))).toBeUndefined();
      expect(await (await idle.getJob(jobIds.webhook(deliveryId, 2)))?.getState()).toBe('waiting');
    } finally {
      await idle.obliterate({ force: true });
      await idle.close();
    }
  });

  describe('administration over the API', () => {
    it('validates subscriptions: http(s) URLs only, known event types, an existing client', async () => {
      const post = (body: object) => api.http.post('/api/v1/admin/webhook-subscriptions').set(admin).send(body);
      const fields = async (body: object) => {
        const response = await post(body);
        return { status: response.status, fields: (response.body.errors as Array<{ field: string }>).map((error) => error.field) };
      };
      expect(await fields({ clientId: client.id, url: 'ftp://otinish.gov.kz/hooks', events: ['deadline.missed'] })).toEqual({ status: 422, fields: ['url'] });
      expect(await fields({ clientId: client.id, url: 'https://otinish.gov.kz/hooks', events: ['act.deleted'] })).toEqual({ status: 422, fields: ['events'] });
      expect(await fields({ clientId: client.id, url: 'https://otinish.gov.kz/hooks', events: [] })).toEqual({ status: 422, fields: ['events'] });
      expect(await fields({ clientId: randomUUID(), url: 'https://otinish.gov.kz/hooks', events: ['deadline.missed'] })).toEqual({ status: 422, fields: ['clientId'] });
    });

    it('shows the secret only once and audits creation and deactivation', async () => {
      const created = await api.http
        .post('/api/v1/admin/webhook-subscriptions')
        .set(admin)
        .send({ clientId: client.id, url: 'https://otinish.gov.kz/hooks', events: ['deadline.escalated'] });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const id = created.body.subscription.id as string;
      const listed = await api.http.get(`/api/v1/admin/webhook-subscriptions?clientId=${client.id}`).set(admin);
      expect(listed.status).toBe(200);
      expect(listed.body.map((subscription: { id: string }) => subscription.id)).toEqual([subscriptionId, id]);
      expect(JSON.stringify(listed.body)).not.toContain('whsec_');

      const deactivated = await api.http.post(`/api/v1/admin/webhook-subscriptions/${id}/deactivate`).set(admin);
      expect(deactivated.status).toBe(200);
      expect(deactivated.body).toMatchObject({ id, isActive: false });
      const actions = (await api.dataSource.query(`SELECT action, after FROM audit_log WHERE entity_type = 'integration_client' AND after->>'id' = $1 ORDER BY id`, [id])) as Array<{
        action: string;
        after: Record<string, unknown>;
      }>;
      expect(actions.map((row) => row.action)).toEqual(['webhook_subscription.created', 'webhook_subscription.deactivated']);
      expect(JSON.stringify(actions)).not.toContain('whsec_');
      expect((await api.http.post(`/api/v1/admin/webhook-subscriptions/${randomUUID()}/deactivate`).set(admin)).status).toBe(404);
    });

    it('lets an integration read the deliveries of its own subscriptions only', async () => {
      const other = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.WEBHOOKS_READ], officeCodes: ['ALA'], name: 'other' });
      const created = await api.http.post('/api/v1/admin/webhook-subscriptions').set(admin).send({ clientId: other.id, url: receiver.url, events: ['deadline.reminder'] });
      const otherSubscription = created.body.subscription.id as string;
      const mine = await recordEvent('deadline.reminder');
      const [theirs] = (await api.dataSource.query(`SELECT id FROM webhook_deliveries WHERE subscription_id = $1`, [otherSubscription])) as Array<{ id: string }>;

      const page = await api.http.get('/api/v1/webhook-deliveries?limit=200').set({ 'X-Api-Key': client.key });
      expect(page.status).toBe(200);
      const ids = (page.body.items as Array<{ id: string; subscriptionId: string }>).map((item) => item.id);
      expect(ids).toContain(mine);
      expect(ids).not.toContain(theirs.id);
      expect((page.body.items as Array<{ subscriptionId: string }>).every((item) => item.subscriptionId === subscriptionId)).toBe(true);
      expect((await api.http.get(`/api/v1/webhook-deliveries/${mine}`).set({ 'X-Api-Key': client.key })).status).toBe(200);
      expect((await api.http.get(`/api/v1/webhook-deliveries/${theirs.id}`).set({ 'X-Api-Key': client.key })).status).toBe(404);
      expect((await api.http.get(`/api/v1/webhook-deliveries/${theirs.id}`).set(admin)).status).toBe(200);
      expect((await api.http.post(`/api/v1/webhook-deliveries/${mine}/redeliver`).set({ 'X-Api-Key': client.key })).status).toBe(403);

      const firstPage = await api.http.get('/api/v1/webhook-deliveries?limit=1').set(admin);
      const secondPage = await api.http.get(`/api/v1/webhook-deliveries?limit=1&cursor=${firstPage.body.nextCursor as string}`).set(admin);
      expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[0].id);
      expect(new Date(secondPage.body.items[0].createdAt as string) <= new Date(firstPage.body.items[0].createdAt as string)).toBe(true);
    });

    it('dead-letters, without a request, a pending delivery whose subscription was deactivated', async () => {
      const created = await api.http.post('/api/v1/admin/webhook-subscriptions').set(admin).send({ clientId: client.id, url: receiver.url, events: ['deadline.missed'] });
      const id = created.body.subscription.id as string;
      const deadlineId = randomUUID();
      const ids = await api.dataSource.transaction((manager) => api.app.get(WebhookDeliveriesRepository).recordEvent(manager, { type: 'deadline.missed', key: `${deadlineId}:BREACH`, officePath, payload: { deadlineId } }));
      const [pending] = (await api.dataSource.query(`SELECT id FROM webhook_deliveries WHERE id = ANY($1) AND subscription_id = $2`, [ids, id])) as Array<{ id: string }>;
      await api.http.post(`/api/v1/admin/webhook-subscriptions/${id}/deactivate`).set(admin).expect(200);
      await producer.enqueue({ deliveryIds: [pending.id] });
      await waitFor('the delivery to be DEAD', async () => (await delivery(pending.id)).status === 'DEAD');
      expect(await delivery(pending.id)).toMatchObject({ attempts: 0, last_error: 'the subscription was deactivated' });
      expect(requestsFor(pending.id)).toHaveLength(0);
      const redelivered = await api.http.post(`/api/v1/webhook-deliveries/${pending.id}/redeliver`).set(admin);
      expect({ status: redelivered.status, code: redelivered.body.code }).toEqual({ status: 409, code: 'SUBSCRIPTION_INACTIVE' });
    });
  });
});
