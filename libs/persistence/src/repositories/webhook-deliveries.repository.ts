import { WebhookEventType } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DeliveryStatus } from '../entities/webhook-delivery.entity';
import { Tx } from '../transactions';

/** One event for the integrations that subscribed to its type. */
export interface WebhookEvent {
  readonly type: WebhookEventType;
  /** Unique per event (e.g. `${deadlineId}:BREACH`): with the subscription, the delivery's unique key. */
  readonly key: string;
  /** The office the event concerns: only clients granted that office (or one above it) hear of it. */
  readonly officePath: string;
  readonly payload: Record<string, unknown>;
}

/** Webhook deliveries: one row per event and subscription, the log integrations and administrators read. */
@Injectable()
export class WebhookDeliveriesRepository {
  /**
   * Records one delivery per matching active subscription, inside the caller's transaction, and
   * answers the ids of the deliveries it created (none twice: (subscription, event key) is unique).
   * The caller enqueues their delivery jobs after commit.
   */
  async recordEvent(tx: Tx, event: WebhookEvent): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_key, event_type, payload, status, attempts, next_attempt_at)
       SELECT s.id, $1, $2, $3, $5, 0, now()
         FROM webhook_subscriptions s
         JOIN integration_clients c ON c.id = s.client_id AND c.is_active
        WHERE s.is_active AND $2 = ANY (s.events)
          AND EXISTS (SELECT 1 FROM offices o WHERE o.id = ANY (c.office_ids) AND $4 LIKE o.path || '%')
       ON CONFLICT (subscription_id, event_key) DO NOTHING
       RETURNING id`,
      [event.key, event.type, JSON.stringify(event.payload), event.officePath, DeliveryStatus.PENDING],
    );
    return rows.map((row) => row.id);
  }
}
