export { DeadlineJobName, NoticeJobName, QueueName } from './queue-names';
export {
  DEADLINE_JOB_OPTIONS,
  jobIds,
  NOTICE_JOB_OPTIONS,
  type DeliverWebhookJob,
  type DueJob,
  type EscalateJob,
  type RemindJob,
  type SendEmailJob,
} from './job-contracts';
export { createRedisClient, queueOptions, redisConnection } from './queue-connection';
export { NoticeProducer } from './notice-producer';
