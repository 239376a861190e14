export { DeadlineJobName, QueueName } from './queue-names';
export { createRedisClient, queueOptions, redisConnection } from './queue-connection';
