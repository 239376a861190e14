import { Module } from '@nestjs/common';
import { DeadlineEngine } from './deadline-engine.service';
import { NoticeRecorder } from './notice-recorder';
import { RecipientsReader } from './recipients-reader';

/**
 * The deadline engine's handlers and the services they record notices with. No processor: what
 * runs them is DeadlinesModule's (a test may run the engine alone, over QueueModule and the libraries).
 */
@Module({
  providers: [DeadlineEngine, NoticeRecorder, RecipientsReader],
  exports: [DeadlineEngine],
})
export class DeadlineEngineModule {}
