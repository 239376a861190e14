import { Module } from '@nestjs/common';
import { DeadlineEngine } from './deadline-engine.service';
import { DeadlineReconciler } from './deadline-reconciler.service';
import { DeadlineScheduler } from './deadline-scheduler';
import { DeadlineProcessor } from './deadline.processor';
import { OutboxRelay } from './outbox-relay.service';

/** The deadline engine: outbox relay → delayed jobs → reminders, breaches, escalation; reconciler. */
@Module({
  providers: [DeadlineScheduler, OutboxRelay, DeadlineReconciler, DeadlineEngine, DeadlineProcessor],
  exports: [OutboxRelay, DeadlineReconciler, DeadlineScheduler],
})
export class DeadlinesModule {}
