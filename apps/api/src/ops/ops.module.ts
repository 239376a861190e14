import { Module } from '@nestjs/common';
import { QueueBoard } from './queue-board';
import { QueueBoardController } from './queue-board.controller';

/** Tools for operators: Bull Board at /admin/queues (over the queues QueueModule registers). */
@Module({
  controllers: [QueueBoardController],
  providers: [QueueBoard],
})
export class OpsModule {}
