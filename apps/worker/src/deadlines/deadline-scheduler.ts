import { AppConfig, Clock } from '@app/config';
import { ActState, DeadlineKind, DeadlineStatus, escalationAt, planReminders, ReminderPolicy } from '@app/domain';
import { DeadlinesRepository, Tx } from '@app/persistence';
import { DeadlineJobName, DeadlineProducer, jobIds, PlannedDeadlineJob } from '@app/queue';
import { ProductionCalendarService } from '@app/workflow';
import { Injectable } from '@nestjs/common';
import { ScheduledDeadline, toScheduledDeadline } from './scheduled-deadline';

const numbers = (list: string) => (list === 'none' ? [] : list.split(',').map(Number));

/** The office's reminder policy from the validated configuration (defaults: DEFAULT_REMINDER_POLICY). */
export function reminderPolicyFrom(config: AppConfig): ReminderPolicy {
  return {
    dayTermOffsetsDays: numbers(config.REMINDER_DAY_OFFSETS),
    lastDayMorningHour: config.REMINDER_LAST_DAY_HOUR === 'none' ? null : Number(config.REMINDER_LAST_DAY_HOUR),
    hourTermOffsetsHours: numbers(config.REMINDER_HOUR_OFFSETS),
    escalationGraceWorkingDays: config.ESCALATION_GRACE_WORKING_DAYS,
  };
}

/** A job a deadline needs, its payload typed by its name (the job map of libs/queue). */
export type PlannedJob = PlannedDeadlineJob;

/** How many older versions of a deadline may still have pending jobs worth removing. */
const SUPERSEDED_VERSIONS = 3;

/**
 * Turns a deadline row into the jobs it needs now — the single source of the schedule for both
 * the outbox relay (after a change) and the reconciler (after Redis lost jobs):
 * an OPEN deadline: its future reminders and its due job; a MISSED deadline whose breach is not yet
 * recorded (level 0: met late or ended by an event first): its due job, at once; a MISSED, unmet
 * deadline of a live act: the next escalation level. Everything else: nothing. Adding is idempotent
 * (deterministic ids).
 */
@Injectable()
export class DeadlineScheduler {
  private readonly policy: ReminderPolicy;
  /** Every reminder step this policy can produce (for removing superseded jobs). */
  private readonly reminderSteps: string[];

  constructor(
    private readonly producer: DeadlineProducer,
    private readonly deadlines: DeadlinesRepository,
    private readonly calendars: ProductionCalendarService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.policy = reminderPolicyFrom(config);
    this.reminderSteps = [
      ...this.policy.dayTermOffsetsDays.map((days) => `REMIND_${days}D`),
      ...(this.policy.lastDayMorningHour === null ? [] : ['REMIND_LAST_DAY']),
      ...this.policy.hourTermOffsetsHours.map((hours) => `REMIND_${hours}H`),
    ];
  }

  /** Deadlines by id (the relay, inside its transaction), or every deadline that may still need a job (the reconciler), in id pages. */
  async load(filter: { ids: readonly string[] } | { afterId: string; limit: number }, tx?: Tx): Promise<ScheduledDeadline[]> {
    const facts = 'ids' in filter ? await this.deadlines.scheduleFactsOf(filter.ids, tx) : await this.deadlines.scheduleFactsPage(filter, tx);
    return facts.map(toScheduledDeadline);
  }

  async plan(deadline: ScheduledDeadline): Promise<PlannedJob[]> {
    const now = this.clock.now();
    if (deadline.status === DeadlineStatus.OPEN) {
      const reminders = planReminders(deadline, this.policy)
        .filter((reminder) => reminder.fireAt.getTime() > now.getTime())
        .map((reminder): PlannedJob => ({
          name: DeadlineJobName.REMIND,
          jobId: jobIds.remind(deadline.id, deadline.version, reminder.step),
          data: { deadlineId: deadline.id, version: deadline.version, step: reminder.step },
          fireAt: reminder.fireAt,
        }));
      const due: PlannedJob = { name: DeadlineJobName.DUE, jobId: jobIds.due(deadline.id, deadline.version), data: { deadlineId: deadline.id, version: deadline.version }, fireAt: deadline.dueAt };
      return [...reminders, due];
    }
    if (deadline.status === DeadlineStatus.MISSED && deadline.escalationLevel === 0) {
      // Ran out, then met late or cancelled by an event before the engine got to it (ActEffects):
      // the breach is still to be recorded, at once.
      return [{ name: DeadlineJobName.DUE, jobId: jobIds.due(deadline.id, deadline.version), data: { deadlineId: deadline.id, version: deadline.version }, fireAt: deadline.dueAt }];
    }
    const level = deadline.escalationLevel + 1;
    // Level 1 is the office itself; level L reaches the office L - 1 steps up, the GPO at most.
    const escalating =
      deadline.status === DeadlineStatus.MISSED && deadline.metAt === null && deadline.missedAt !== null && !deadline.actTerminal && deadline.actState !== ActState.SUSPENDED;
    if (!escalating || deadline.escalationLevel < 1 || level - 1 > deadline.officeDepth) return [];
    const fireAt = escalationAt(deadline.missedAt!, level, await this.calendars.current(), {
      // A sanction's missed 24 hours runs against the prosecutor and escalates at once (art. 21.2).
      immediate: deadline.kind === DeadlineKind.SANCTION_DECISION,
      policy: this.policy,
    });
    return [{ name: DeadlineJobName.ESCALATE, jobId: jobIds.escalate(deadline.id, deadline.version, level), data: { deadlineId: deadline.id, version: deadline.version, level }, fireAt }];
  }

  /** Adds the planned jobs; jobs whose id already exists are left as they are. */
  add(jobs: readonly PlannedJob[]): Promise<void> {
    return this.producer.schedule(jobs);
  }

  /**
   * Removes pending jobs of the deadline's earlier versions. Best effort: a job that fires anyway
   * re-reads the row, sees a newer version and does nothing — that check is the guarantee.
   */
  async removeSuperseded(deadline: ScheduledDeadline): Promise<void> {
    // Just marked missed (level 1, unmet): nothing changed it since its due job, so its earlier
    // versions were OPEN (no escalation jobs) and their reminder and due jobs fired before or at
    // the due instant (the due job is the one running). Nothing is pending; a storm of deadlines
    // due at one instant need not pay the round trips.
    if (deadline.status === DeadlineStatus.MISSED && deadline.escalationLevel === 1 && deadline.metAt === null) return;
    const ids: string[] = [];
    for (let version = Math.max(1, deadline.version - SUPERSEDED_VERSIONS); version < deadline.version; version += 1) {
      ids.push(jobIds.due(deadline.id, version), ...this.reminderSteps.map((step) => jobIds.remind(deadline.id, version, step)));
      for (let level = 2; level <= deadline.officeDepth + 1; level += 1) ids.push(jobIds.escalate(deadline.id, version, level));
    }
    await this.producer.remove(ids);
  }
}
