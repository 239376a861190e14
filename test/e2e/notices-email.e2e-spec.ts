import { randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import { jobIds, NoticeProducer, QueueName, queueOptions } from '@app/queue';
import { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { NoticeReconciler } from '../../apps/worker/src/notices/notice-reconciler';
import { NoticesProcessor } from '../../apps/worker/src/notices/notices.processor';
import { DueBacklog } from '../../apps/worker/src/due-backlog';
import { SmtpSink } from '../support/smtp-sink';
import { createTestContext, TestContext } from '../support/test-context';
import { queueDrained, waitFor } from '../support/wait-for';

/**
 * E-mail notices through the real worker, a real SMTP server (smtp-server) and real Redis and
 * PostgreSQL. Rows are inserted as the deadline engine records them; jobs are enqueued with the
 * NoticeProducer it uses after commit.
 */
describe('e-mail notices', () => {
  let context: TestContext;
  let sink: SmtpSink;
  let worker: INestApplication;
  let queue: Queue;
  let producer: NoticeProducer;
  let db: DataSource;

  const startWorker = async (config: AppConfig) => {
    const app = await createWorkerApp(config);
    await app.init();
    return app;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    context = await createTestContext({
      SMTP_URL: sink.url,
      MAIL_FROM: 'Prosecutor acts <noreply@prokuror.test>',
      PUBLIC_BASE_URL: 'https://acts.prokuror.test',
      NOTICE_RETRY_BASE_MS: '20',
      NOTICE_RETRY_MAX_MS: '80',
    });
    worker = await startWorker(context.config);
    db = worker.get(DataSource);
    queue = new Queue(QueueName.NOTICES, queueOptions(context.config, 'producer'));
    producer = new NoticeProducer(queue);
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await sink?.stop();
    await context?.dispose();
  });
  beforeEach(() => sink.plan([]));

  const insertNotice = async (address: string | null, actId: string | null = randomUUID()): Promise<string> => {
    const [row] = (await db.query(
      `INSERT INTO notices (key, deadline_id, act_id, kind, step, channel, recipient_user_id, address, subject, body, status, scheduled_for)
       VALUES ($1, $2, $3, 'REMINDER', 'REMIND_3D', 'EMAIL', NULL, $4, $5, $6, 'PENDING', now()) RETURNING id`,
      [
        `test:${randomUUID()}:REMIND_3D:EMAIL`,
        randomUUID(),
        actId,
        address,
        JSON.stringify({ kk: 'Наразылық мерзімі 3 күннен кейін аяқталады', ru: 'Срок протеста истекает через 3 дня', en: 'The protest term ends in 3 days' }),
        JSON.stringify({ kk: 'Қаралу мерзімі: 26.03.2026.', ru: 'Срок рассмотрения: 26.03.2026.', en: 'Consideration term: 26.03.2026.' }),
      ],
    )) as Array<{ id: string }>;
    return row.id;
  };
  const notice = async (id: string) =>
    ((await db.query('SELECT status, attempts, last_error, sent_at FROM notices WHERE id = $1', [id])) as Array<{ status: string; attempts: number; last_error: string | null; sent_at: Date | null }>)[0];
  const mailsFor = (noticeId: string) => sink.accepted.filter((mail) => mail.messageId.includes(noticeId));
  const finalState = (jobId: string) =>
    waitFor(`job ${jobId} to finish`, async () => {
      const state = await (await queue.getJob(jobId))?.getState();
      return state === 'completed' || state === 'failed' ? state : undefined;
    });

  it('sends a notice once, in Kazakh and Russian, with a link to the act, even when its job is added twice', async () => {
    const actId = randomUUID();
    const id = await insertNotice('prosecutor@bostandyk.prokuror.test', actId);
    await producer.enqueue({ noticeIds: [id] });
    await producer.sendEmail(id);
    await waitFor('the notice to be SENT', async () => (await notice(id)).status === 'SENT');
    await finalState(jobIds.email(id));
    await producer.sendEmail(id); // a third add, after completion: the kept job's id still dedupes

    await queueDrained(queue); // no job left that could send again: the count below is final
    const mails = mailsFor(id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: ['prosecutor@bostandyk.prokuror.test'],
      messageId: `<notice-${id}@prokuror.test>`,
      subject: 'Наразылық мерзімі 3 күннен кейін аяқталады / Срок протеста истекает через 3 дня',
    });
    expect(mails[0].text).toContain('Қаралу мерзімі: 26.03.2026.');
    expect(mails[0].text).toContain('Срок рассмотрения: 26.03.2026.');
    expect(mails[0].text).toContain(`https://acts.prokuror.test/api/v1/acts/${actId}`);
    expect(mails[0].text).not.toContain('Consideration term');
    const row = await notice(id);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
  });

  it('takes no new notice while the deadline worker holds a storm of due jobs, and sends it once the storm is over', async () => {
    const backlog = worker.get(DueBacklog);
    const notices = worker.get(NoticesProcessor).worker;
    // DEADLINE_STORM_JOBS due jobs in hand, as the deadline worker reports them in a midnight storm.
    let held = 0;
    for (; held < context.config.DEADLINE_STORM_JOBS; held += 1) backlog.taken();
    try {
      expect(backlog.storm).toBe(true);
      expect(notices.isPaused()).toBe(true);
      // An idle worker was already waiting in Redis for its next job when it paused: that wait
      // still brings one. Whether or not it has, nothing after it is taken.
      const first = await insertNotice('storm-first@prokuror.test');
      await producer.sendEmail(first);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const waiting = await insertNotice('storm@prokuror.test');
      await producer.sendEmail(waiting);
      // Long enough for a worker that takes jobs to send it (the first test's went out well within this).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await (await queue.getJob(jobIds.email(waiting)))!.getState()).toBe('waiting');
      expect(await notice(waiting)).toMatchObject({ status: 'PENDING', attempts: 0 });
      expect(mailsFor(waiting)).toHaveLength(0);

      backlog.settled(); // one below DEADLINE_STORM_JOBS: the storm is over
      held -= 1;
      expect(notices.isPaused()).toBe(false);
      expect(await finalState(jobIds.email(waiting))).toBe('completed');
      expect(await finalState(jobIds.email(first))).toBe('completed');
      expect(await notice(waiting)).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(mailsFor(waiting)).toHaveLength(1);
      expect(mailsFor(first)).toHaveLength(1);
    } finally {
      for (; held > 0; held -= 1) backlog.settled();
    }
  });

  it('retries a relay that answers 451 twice, then sends once and records three tries', async () => {
    const id = await insertNotice('supervisor@almaty.prokuror.test');
    sink.plan([{ refuseWith: 451 }, { refuseWith: 451 }]);
    await producer.sendEmail(id);
    await waitFor('the notice to be SENT', async () => (await notice(id)).status === 'SENT');
    await queueDrained(queue);
    expect(mailsFor(id)).toHaveLength(1);
    expect(await notice(id)).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
  });

  it('dead-letters a notice at once when its address is missing or malformed, without retrying', async () => {
    const missing = await insertNotice(null);
    const malformed = await insertNotice('not an address');
    await producer.enqueue({ noticeIds: [missing, malformed] });
    expect(await finalState(jobIds.email(missing))).toBe('failed');
    expect(await finalState(jobIds.email(malformed))).toBe('failed');
    expect(await notice(missing)).toMatchObject({ status: 'DEAD', attempts: 1, last_error: 'the notice has no e-mail address' });
    expect(await notice(malformed)).toMatchObject({ status: 'DEAD', attempts: 1, last_error: 'malformed e-mail address "not an address"' });
    expect((await queue.getJob(jobIds.email(malformed)))!.attemptsMade).toBe(1);
  });

  it('dead-letters a notice the relay refuses permanently (550) after one try', async () => {
    const id = await insertNotice('nobody@prokuror.test');
    sink.plan([{ refuseWith: 550 }]);
    await producer.sendEmail(id);
    expect(await finalState(jobIds.email(id))).toBe('failed');
    expect(await notice(id)).toMatchObject({ status: 'DEAD', attempts: 1 });
    expect(mailsFor(id)).toHaveLength(0);
  });

  it('marks a notice DEAD when its last try fails (8 tries with 451)', async () => {
    const id = await insertNotice('busy@prokuror.test');
    sink.plan([], { refuseWith: 451 });
    await producer.sendEmail(id);
    expect(await finalState(jobIds.email(id))).toBe('failed');
    const row = await notice(id);
    expect(row).toMatchObject({ status: 'DEAD', attempts: 8 });
    expect(row.last_error).toContain('451');
  });

  it('sends exactly one mail when the worker is closed while the relay is still answering, and a new worker sends nothing more', async () => {
    const id = await insertNotice('head@karaganda.prokuror.test');
    sink.plan([{ delayMs: 1500 }]);
    const offeredBefore = sink.offered;
    await producer.sendEmail(id);
    await waitFor('the mail to reach the relay, which holds its answer', () => sink.offered > offeredBefore);
    expect(mailsFor(id)).toHaveLength(0);
    await worker.close(); // graceful: BullMQ lets the active job finish before the connections close
    // The relay still held its answer when close began, so the mail accepted by now proves close waited for the send.
    expect(mailsFor(id)).toHaveLength(1);
    expect((await pgQuery(context.databaseUrl, 'SELECT status FROM notices WHERE id = $1', [id]))[0]).toEqual({ status: 'SENT' });

    worker = await startWorker(context.config);
    db = worker.get(DataSource);
    await worker.get(NoticeReconciler).reconcile();
    await producer.sendEmail(id);
    await queueDrained(queue);
    expect(mailsFor(id)).toHaveLength(1);
  });

  it('sends again, under the same Message-ID, a notice whose mail was accepted but whose SENT mark was lost (a crash in between)', async () => {
    const id = await insertNotice('deputy@almaty.prokuror.test');
    await producer.sendEmail(id);
    await waitFor('the notice to be SENT', async () => (await notice(id)).status === 'SENT');
    await finalState(jobIds.email(id));
    // What a process killed after the relay's 250 and before the UPDATE leaves behind: a PENDING row
    // and a job that is not live. In production the job is still 'active' with a lock nobody renews;
    // after the lock expires (30 s) BullMQ's stalled-job check puts it back to waiting — or fails it
    // if it stalled before, and then this reconciler retries it because the row is unsent. Either
    // way the next worker re-reads the row, finds it PENDING and sends again: at least once, never
    // silently lost, and the repeat carries the same Message-ID.
    await db.query(`UPDATE notices SET status = 'PENDING', sent_at = NULL, attempts = 0 WHERE id = $1`, [id]);

    expect(await worker.get(NoticeReconciler).reconcile()).toEqual({ emails: 1, webhooks: 0 });
    await waitFor('the notice to be SENT again', async () => (await notice(id)).status === 'SENT');
    const mails = mailsFor(id);
    expect(mails).toHaveLength(2);
    expect(mails[1].messageId).toBe(mails[0].messageId);
  });

  it('re-enqueues an unsent notice whose job vanished from Redis, and never resends a SENT one', async () => {
    const sent = await insertNotice('sent@prokuror.test');
    await producer.sendEmail(sent);
    await waitFor('the first notice to be SENT', async () => (await notice(sent)).status === 'SENT');
    const lost = await insertNotice('lost@prokuror.test'); // recorded, but its job never reached Redis
    await queue.obliterate({ force: true }); // Redis flushed: every job of the queue is gone

    expect(await worker.get(NoticeReconciler).reconcile()).toEqual({ emails: 1, webhooks: 0 });
    await waitFor('the lost notice to be SENT', async () => (await notice(lost)).status === 'SENT');
    expect(await worker.get(NoticeReconciler).reconcile()).toEqual({ emails: 0, webhooks: 0 });
    await queueDrained(queue);
    expect(mailsFor(lost)).toHaveLength(1);
    expect(mailsFor(sent)).toHaveLength(1);
  });
});

async function pgQuery(url: string, sql: string, parameters: unknown[]): Promise<unknown[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}
