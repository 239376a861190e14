import { Injectable } from '@nestjs/common';
import { OutboxEntity } from '../entities/outbox.entity';
import { Tx } from '../transactions';

export const DEADLINE_CHANGED = 'deadline.changed';

/**
 * The transactional outbox (ADR 0006): rows written in the same transaction as the change they
 * announce, relayed to BullMQ by the worker after commit — a rolled-back change schedules nothing,
 * a committed one always does.
 */
@Injectable()
export class OutboxRepository {
  /** Tells the worker that these deadlines changed: it re-reads them and (re)plans their jobs. */
  async announceDeadlineChanges(tx: Tx, deadlineIds: readonly string[]): Promise<void> {
    if (deadlineIds.length === 0) return;
    await tx.insert(
      OutboxEntity,
      deadlineIds.map((deadlineId) => ({ topic: DEADLINE_CHANGED, payload: { deadlineId } })),
    );
  }
}
