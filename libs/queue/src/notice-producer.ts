import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, JobsOptions, Queue } from 'bullmq';
import { jobIds, NOTICE_JOB_OPTIONS } from './job-contracts';
import { NewJob } from './job-map';
import { NoticeJobName, QueueName } from './queue-names';

/**
 * The backoff type of notice jobs. It is not a built-in type, so BullMQ asks the worker's custom
 * strategy (registered by the notices processor), which caps the exponential growth.
 */
const NOTICE_BACKOFF_TYPE = 'notice-capped-exponential';

/**
 * BullMQ's ceiling of tries per webhook job. The worker dead-letters a delivery earlier, after
 * WEBHOOK_MAX_ATTEMPTS (at most 25) — a limit the producers need not know.
 */
const WEBHOOK_JOB_ATTEMPTS = 25;

const EMAIL_JOB_OPTIONS: JobsOptions = { ...NOTICE_JOB_OPTIONS, backoff: { type: NOTICE_BACKOFF_TYPE } };
const WEBHOOK_JOB_OPTIONS: JobsOptions = { ...NOTICE_JOB_OPTIONS, attempts: WEBHOOK_JOB_ATTEMPTS, backoff: { type: NOTICE_BACKOFF_TYPE } };

/** Job states in which a job will still run (or is running). */
const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);
/** Live but not yet running: such a job can be removed. */
const WAITING_STATES = new Set(['waiting', 'delayed', 'prioritized']);

/**
 * Enqueues the delivery of recorded notices on the notices queue, always under deterministic ids:
 * adding a job twice is a no-op while the first still exists, so callers may enqueue after every
 * commit and the reconciler may re-enqueue without sending anything twice (the handlers re-read
 * the row and skip what is already SENT or DELIVERED). QueueModule provides the one instance.
 */
@Injectable()
export class NoticeProducer {
  constructor(@InjectQueue(QueueName.NOTICES) private readonly queue: Queue) {}

  /** After the commit that recorded notices and deliveries: all of their jobs in one round trip. */
  async enqueue(recorded: { readonly noticeIds?: readonly string[]; readonly deliveryIds?: readonly string[] }): Promise<void> {
    const jobs = [...(recorded.noticeIds ?? []).map(emailJob), ...(recorded.deliveryIds ?? []).map((id) => webhookJob(id, 0))];
    if (jobs.length) await this.queue.addBulk(jobs);
  }

  async sendEmail(noticeId: string): Promise<void> {
    const job = emailJob(noticeId);
    await this.queue.add(job.name, job.data, job.opts);
  }

  /**
   * `round` is the delivery's `attempts` when this round of tries starts: 0 for a new delivery, the
   * attempts so far for a manual redelivery or a re-enqueue. Every round gets its own job id, so the
   * failed job of the previous round stays readable next to the new one.
   */
  async deliverWebhook(deliveryId: string, round = 0): Promise<void> {
    const job = webhookJob(deliveryId, round);
    await this.queue.add(job.name, job.data, job.opts);
  }

  /**
   * Makes sure an unsent e-mail notice has a job that will run: adds it when it is missing, and
   * retries it when it ended without the notice being sent (a crash between the send and the
   * status write). Returns whether it had to act.
   */
  async requeueEmail(noticeId: string): Promise<boolean> {
    const job = await this.queue.getJob(jobIds.email(noticeId));
    if (!job) {
      await this.sendEmail(noticeId);
      return true;
    }
    return retryIfFinished(job);
  }

  /** The same for an unfinished webhook delivery with `attempts` tries so far. */
  async requeueWebhook(deliveryId: string, attempts: number): Promise<boolean> {
    const latest = await this.latestWebhookJob(deliveryId, attempts);
    if (latest?.id === jobIds.webhook(deliveryId, attempts)) return retryIfFinished(latest);
    if (latest && LIVE_STATES.has(await latest.getState())) return false;
    await this.deliverWebhook(deliveryId, attempts);
    return true;
  }

  /**
   * Starts a new round for a delivery an operator redelivers. A retry still waiting in the old round
   * is removed first, so one delivery never has two retry chains; one already running is left to
   * finish (`remove` refuses a locked job) and the receiver's dedupe on X-Webhook-Id covers it.
   */
  async redeliverWebhook(deliveryId: string, attempts: number): Promise<void> {
    const previous = await this.latestWebhookJob(deliveryId, attempts);
    if (previous?.id && WAITING_STATES.has(await previous.getState())) await this.queue.remove(previous.id);
    await this.requeueWebhook(deliveryId, attempts);
  }

  /**
   * The newest job of a delivery: a round starts at the delivery's attempts so far, so the newest
   * round's id is the first that exists counting down from `attempts`.
   */
  private async latestWebhookJob(deliveryId: string, attempts: number): Promise<Job | undefined> {
    for (let round = attempts; round >= 0; round--) {
      const job = await this.queue.getJob(jobIds.webhook(deliveryId, round));
      if (job) return job;
    }
    return undefined;
  }
}

type NoticeJob = NewJob<QueueName.NOTICES>;

function emailJob(noticeId: string): NoticeJob {
  return { name: NoticeJobName.SEND_EMAIL, data: { noticeId }, opts: { ...EMAIL_JOB_OPTIONS, jobId: jobIds.email(noticeId) } };
}

function webhookJob(deliveryId: string, round: number): NoticeJob {
  return { name: NoticeJobName.DELIVER_WEBHOOK, data: { deliveryId }, opts: { ...WEBHOOK_JOB_OPTIONS, jobId: jobIds.webhook(deliveryId, round) } };
}

/** A finished job runs again as a fresh round of tries; a waiting or running one is left alone. */
async function retryIfFinished(job: Job): Promise<boolean> {
  const state = await job.getState();
  if (state !== 'completed' && state !== 'failed') return false;
  await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
  return true;
}
