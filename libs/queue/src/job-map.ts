import { Job, JobsOptions } from 'bullmq';
import { DeliverWebhookJob, DueJob, EscalateJob, ReconcileJob, RemindJob, SendEmailJob } from './job-contracts';
import { DeadlineJobName, NoticeJobName, QueueName } from './queue-names';

/**
 * Every job the system runs: queue → job name → payload. Producers build their jobs from it and
 * processors read them by it, so a payload of the wrong shape for its name fails to compile on
 * either side. Names are persisted with every job (queue-names.ts): add, never rename.
 */
export interface JobMap {
  [QueueName.DEADLINES]: {
    [DeadlineJobName.REMIND]: RemindJob;
    [DeadlineJobName.DUE]: DueJob;
    [DeadlineJobName.ESCALATE]: EscalateJob;
    [DeadlineJobName.RECONCILE]: ReconcileJob;
  };
  [QueueName.NOTICES]: {
    [NoticeJobName.SEND_EMAIL]: SendEmailJob;
    [NoticeJobName.DELIVER_WEBHOOK]: DeliverWebhookJob;
  };
}

/** The job names of queue Q. */
export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;

/** The payload of job N of queue Q. */
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/**
 * A job of queue Q as its processor receives it: one member per job name, so a `switch` on the
 * name narrows `job.data` to that name's payload, and its `default` sees `never` once every name
 * is handled.
 */
export type JobOf<Q extends QueueName> = { [N in JobName<Q>]: Job<JobData<Q, N>, unknown, N> }[JobName<Q>];

/** A job of queue Q as a producer adds it: a name, the payload the map pairs with it, and its options (its deterministic id among them). */
export type NewJob<Q extends QueueName> = { [N in JobName<Q>]: { readonly name: N; readonly data: JobData<Q, N>; readonly opts: JobsOptions } }[JobName<Q>];

/** A job of queue Q to run at an instant, under a deterministic id (jobIds): what the deadline schedule plans. */
export type TimedJob<Q extends QueueName> = {
  [N in JobName<Q>]: {
    readonly name: N;
    readonly jobId: string;
    readonly data: JobData<Q, N>;
    readonly fireAt: Date;
    /** The W3C traceparent of the work that caused the job (tracing), carried as the job's telemetry metadata, not its payload. */
    readonly traceContext?: string | null;
  };
}[JobName<Q>];

/** The job names each queue declares (queue-names.ts). */
interface DeclaredJobNames {
  [QueueName.DEADLINES]: DeadlineJobName;
  [QueueName.NOTICES]: NoticeJobName;
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the map gives every declared job name a payload, and no other name one. */
const _everyJobNameHasAPayload: { [Q in QueueName]: Same<JobName<Q>, DeclaredJobNames[Q]> } = { [QueueName.DEADLINES]: true, [QueueName.NOTICES]: true };
