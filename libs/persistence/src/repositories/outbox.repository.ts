import { context, propagation } from '@opentelemetry/api';
import { Injectable } from '@nestjs/common';
import { Tx } from '../transactions';

export const DEADLINE_CHANGED = 'deadline.changed';

/** An outbox row as the relay claims it. */
export interface OutboxMessage {
  readonly id: string;
  /** e.g. DEADLINE_CHANGED. */
  readonly topic: string;
  readonly payload: { readonly deadlineId?: string };
  /** The traceparent of the work that wrote it, when tracing is on. */
  readonly traceContext: string | null;
}

/** The active trace as a W3C traceparent (nothing when tracing is off: no propagator is registered). */
function activeTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

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
    // Ids in order, one array parameter: the relay reads rows in id order, as they were announced.
    await tx.query(
      `INSERT INTO outbox (topic, payload, trace_context)
       SELECT $1, jsonb_build_object('deadlineId', d.id), $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS d(id, ord) ORDER BY d.ord`,
      [DEADLINE_CHANGED, deadlineIds, activeTraceparent()],
    );
  }

  /**
   * Up to `limit` unrelayed rows, oldest first, locked until the transaction ends. SKIP LOCKED:
   * several workers relay at once, each taking rows the others have not claimed.
   */
  claimUnrelayed(tx: Tx, limit: number): Promise<OutboxMessage[]> {
    return tx.query(`SELECT id, topic, payload, trace_context AS "traceContext" FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT ${Math.trunc(limit)} FOR UPDATE SKIP LOCKED`);
  }

  /** Marks claimed rows relayed, in the transaction that added their jobs. */
  async markRelayed(tx: Tx, ids: readonly string[], at: Date): Promise<void> {
    await tx.query(`UPDATE outbox SET relayed_at = $2 WHERE id = ANY($1::bigint[])`, [ids, at]);
  }
}
