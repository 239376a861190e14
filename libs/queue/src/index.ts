export { DeadlineJobName, NoticeJobName, QueueName } from './queue-names';
export {
  DEADLINE_JOB_OPTIONS,
  jobIds,
  NOTICE_JOB_OPTIONS,
  type DeliverWebhookJob,
  type DueJob,
  type EscalateJob,
  type ReconcileJob,
  type RemindJob,
  type SendEmailJob,
} from './job-contracts';
export type { JobData, JobMap, JobName, JobOf, NewJob, TimedJob } from './job-map';
export { createRedisClient, queueOptions, redisConnection, sentinelsOf, type RedisSentinels } from './queue-connection';
export { workerOptions } from './worker-options';
export { DeadlineProducer, type PlannedDeadlineJob } from './deadline-producer';
export { NoticeProducer } from './notice-producer';
export { QueueModule } from './queue.module';
