import { Module } from '@nestjs/common';
import { DueBacklogModule } from '../due-backlog.module';
import { DeadlineEngineModule } from './deadline-engine.module';
import { DeadlineReconciler } from './deadline-reconciler.service';
import { DeadlineScheduler } from './deadline-scheduler';
import { DeadlineProcessor } from './deadline.processor';
import { OutboxRelay } from './outbox-relay.service';

/** The deadline engine: outbox relay → delayed jobs → reminders, breaches, escalation; reconciler. */
@Module({
  imports: [DeadlineEngineModule, DueBacklogModule],
  providers: [DeadlineScheduler, OutboxRelay, DeadlineReconciler, DeadlineProcessor],
  exports: [OutboxRelay, DeadlineReconciler, DeadlineScheduler],
})
export class DeadlinesModule {}
