import { FixedClock } from '@app/config';
import { startTracing, Tracing } from '@app/observability';
import { jobIds, QueueName, redisConnection } from '@app/queue';
import { INestApplication } from '@nestjs/common';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Queue } from 'bullmq';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { waitFor } from '../support/wait-for';

/**
 * OpenTelemetry, on: one trace follows a request through the outbox row it wrote, the relay that
 * turned the row into BullMQ jobs, and the worker that ran the job (with an in-memory exporter in
 * place of OTLP).
 */
describe('tracing (OpenTelemetry)', () => {
  const ISSUED = new Date('2026-03-11T06:00:00Z');
  const T0 = new Date('2026-03-20T06:00:00Z');
  const clock = new FixedClock(ISSUED);
  const spans = new InMemorySpanExporter();
  let tracing: Tracing | null;
  let api: ApiHarness;
  let worker: INestApplication;
  let queue: Queue;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'prosecutor-acts-test', exporter: spans });
    api = await ApiHarness.start({ clock });
    worker = await createWorkerApp(api.context.config, clock);
    await worker.init();
    queue = new Queue(QueueName.DEADLINES, { connection: redisConnection(api.context.config.REDIS_URL!, 'producer'), prefix: api.context.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.stop();
    await tracing?.shutdown();
  });

  const finished = () => spans.getFinishedSpans();
  const traceOf = (span: ReadableSpan) => span.spanContext().traceId;

  it('follows DELIVERY_CONFIRMED from the HTTP request through the outbox and BullMQ into the worker’s due job', async () => {
    const headers = await api.as('bostandyk.prosecutor');
    const caseId = await api.openCase('bostandyk.prosecutor', 'TRACE-0001');
    const filed = await api.http.post('/api/v1/acts/protests').set(headers).send({ caseId, title: 'Traced protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    await api.http.post(`/api/v1/acts/${filed.body.id}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    clock.set(T0);
    // The caller's own trace goes on: the API continues it.
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const delivered = await api.http
      .post(`/api/v1/acts/${filed.body.id}/events`)
      .set(headers)
      .set('traceparent', traceparent)
      .send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt: '2026-03-12T05:00:00Z' } })
      .expect(200);
    const request = await waitFor('the request’s server span', () => finished().find((span) => span.name === 'POST /api/v1/acts/:id/events' && traceOf(span) === '4bf92f3577b34da6a3ce929d0e0e4736'));
    expect(request.attributes).toMatchObject({ 'http.route': '/api/v1/acts/:id/events', 'http.response.status_code': 200 });

    const deadlineId = delivered.body.deadlines[0].id as string;
    const [{ version }] = await api.dataSource.query('SELECT version FROM deadlines WHERE id = $1', [deadlineId]);
    const [row] = await api.dataSource.query(`SELECT trace_context FROM outbox WHERE payload->>'deadlineId' = $1`, [deadlineId]);
    expect(row.trace_context).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);

    const due = await waitFor('the relayed due job', async () => (await queue.getJob(jobIds.due(deadlineId, version))) ?? undefined);
    const relay = finished().find((span) => span.name === 'outbox relay deadline.changed' && span.attributes['pao.deadline.id'] === deadlineId);
    expect(relay && traceOf(relay)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(due.opts.telemetry?.metadata).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-/);

    clock.set(new Date('2026-03-27T06:00:00Z'));
    await due.promote();
    const consumer = await waitFor('the worker’s span of the due job', () => finished().find((span) => span.name === 'deadlines due' && span.attributes['messaging.message.id'] === due.id));
    expect(traceOf(consumer)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(consumer.parentSpanContext?.spanId).toBe(relay!.spanContext().spanId);
  });
});
