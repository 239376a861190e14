import { OutboxEntity } from '@app/persistence';
import { EntityManager } from 'typeorm';

export const DEADLINE_CHANGED = 'deadline.changed';

/**
 * Tells the worker, through the transactional outbox, that these deadlines changed: it re-reads
 * them after commit and (re)schedules their reminder, due and escalation jobs.
 */
export async function announceDeadlineChanges(manager: EntityManager, deadlineIds: readonly string[]): Promise<void> {
  if (deadlineIds.length === 0) return;
  await manager.insert(
    OutboxEntity,
    deadlineIds.map((deadlineId) => ({ topic: DEADLINE_CHANGED, payload: { deadlineId } })),
  );
}
