import { AppConfig } from '@app/config';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DeadlineProducer } from './deadline-producer';
import { NoticeProducer } from './notice-producer';
import { queueOptions } from './queue-connection';
import { QueueName } from './queue-names';

/** Every producer, provided once by QueueModule. */
const PRODUCERS = [DeadlineProducer, NoticeProducer];

/**
 * Every queue, registered once with the connection options of the process's role, and each
 * producer once over it. Global: processors, producers and the queue board share these instances.
 */
@Module({})
export class QueueModule {
  /** `worker`: connections that never give up a command; `producer` (the API): ones that fail fast (queueOptions). */
  static forRole(role: 'producer' | 'worker'): DynamicModule {
    const queues = BullModule.registerQueueAsync(
      ...Object.values(QueueName).map((name) => ({ name, inject: [AppConfig], useFactory: (config: AppConfig) => queueOptions(config, role) })),
    );
    return { module: QueueModule, global: true, imports: [queues], providers: PRODUCERS, exports: [queues, ...PRODUCERS] };
  }
}
