import { ActState, DeadlineKind, DeadlineStatus, machineFor, TermUnit } from '@app/domain';
import { DeadlineScheduleFacts } from '@app/persistence';

/** What planning needs to know about a deadline (DeadlinesRepository reads it in one query). */
export interface ScheduledDeadline {
  readonly id: string;
  readonly version: number;
  readonly kind: DeadlineKind;
  readonly status: DeadlineStatus;
  readonly unit: TermUnit;
  readonly triggeredAt: Date;
  readonly dueAt: Date;
  readonly missedAt: Date | null;
  readonly metAt: Date | null;
  readonly escalationLevel: number;
  readonly actState: ActState;
  /** The act has ended (a terminal state of its machine): no escalation follows. */
  readonly actTerminal: boolean;
  /** Depth of the act's office: 0 for the General Prosecutor's Office. */
  readonly officeDepth: number;
}

/** The stored facts, with the act's machine judging whether it has ended. */
export function toScheduledDeadline(facts: DeadlineScheduleFacts): ScheduledDeadline {
  const { act, ...deadline } = facts;
  return { ...deadline, actState: act.state, actTerminal: machineFor(act).terminal.includes(act.state) };
}
