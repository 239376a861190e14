import { AppConfig } from '@app/config';
import { QueueName, queueOptions } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueBoard } from './queue-board';
import { QueueBoardController } from './queue-board.controller';

/** Tools for operators: Bull Board at /admin/queues. */
@Module({
  // The API only produces jobs: a producer connection (fails fast while Redis is down).
  imports: [BullModule.registerQueueAsync({ name: QueueName.DEADLINES, inject: [AppConfig], useFactory: (config: AppConfig) => queueOptions(config, 'producer') })],
  controllers: [QueueBoardController],
  providers: [QueueBoard],
})
export class OpsModule {}
