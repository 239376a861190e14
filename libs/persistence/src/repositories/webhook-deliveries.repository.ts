import { WebhookEventType } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { DeliveryStatus, UNDELIVERED_STATUSES, WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { Tx } from '../transactions';
import { KeysetPage, newestFirst, PageRequest, toKeysetPage } from './keyset';
import { sqlList } from './sql-constants';

/** One event for the integrations that subscribed to its type. */
export interface WebhookEvent {
  readonly type: WebhookEventType;
  /** Unique per event (e.g. `${deadlineId}:BREACH`): with the subscription, the delivery's unique key. */
  readonly key: string;
  /** The office the event concerns: only clients granted that office (or one above it) hear of it. */
  readonly officePath: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Who reads the delivery log: an integration client only the deliveries of its own subscriptions,
 * an administrator (`clientId` null) every delivery.
 */
export interface DeliveryReader {
  readonly clientId: string | null;
}

/** Where one try (or the decision not to try) left a delivery. */
export type DeliveryOutcome = Pick<WebhookDeliveryEntity, 'status' | 'lastStatusCode' | 'lastError' | 'nextAttemptAt'> & { readonly deliveredAt?: Date };

/** Longest last_error kept: a receiver's error page must not bloat the row. */
const MAX_ERROR_LENGTH = 2000;

/** What the delivery log may be narrowed to (GET /api/v1/webhook-deliveries). */
export interface DeliveryFilter {
  readonly subscriptionId?: string;
  readonly status?: DeliveryStatus;
}

/** Webhook deliveries: one row per event and subscription, the log integrations and administrators read. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records one delivery per matching active subscription, inside the caller's transaction, and
   * answers the ids of the deliveries it created (none twice: (subscription, event key) is unique).
   * The caller enqueues their delivery jobs after commit.
   */
  async recordEvent(tx: Tx, event: WebhookEvent): Promise<string[]> {
    return this.recordEvents(tx, [event]);
  }

  /** recordEvent for many events in one statement (the deadline engine's batches). */
  async recordEvents(tx: Tx, events: readonly WebhookEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_key, event_type, payload, status, attempts, next_attempt_at)
       SELECT s.id, e.key, e.type, e.payload, $2, 0, now()
         FROM jsonb_to_recordset($1::jsonb) AS e(key text, type text, payload jsonb, office_path text)
         JOIN webhook_subscriptions s ON s.is_active AND e.type = ANY (s.events)
         JOIN integration_clients c ON c.id = s.client_id AND c.is_active
        WHERE EXISTS (SELECT 1 FROM offices o WHERE o.id = ANY (c.office_ids) AND e.office_path LIKE o.path || '%')
       ON CONFLICT (subscription_id, event_key) DO NOTHING
       RETURNING id`,
      [JSON.stringify(events.map((event) => ({ key: event.key, type: event.type, payload: event.payload, office_path: event.officePath }))), DeliveryStatus.PENDING],
    );
    return rows.map((row) => row.id);
  }

  /** The deliveries the reader may see, newest first, one keyset page. */
  async page(reader: DeliveryReader, filter: DeliveryFilter, page: PageRequest): Promise<KeysetPage<WebhookDeliveryEntity>> {
    const builder = this.readable(reader);
    newestFirst(builder, 'd', page);
    if (filter.subscriptionId) builder.andWhere('d.subscription_id = :subscriptionId', { subscriptionId: filter.subscriptionId });
    if (filter.status) builder.andWhere('d.status = :status', { status: filter.status });
    return toKeysetPage(await builder.getMany(), page.limit);
  }

  /** The delivery, if it exists and the reader may see it: null either way otherwise (answered alike). */
  findReadable(reader: DeliveryReader, id: string): Promise<WebhookDeliveryEntity | null> {
    return this.readable(reader).andWhere('d.id = :id', { id }).getOne();
  }

  /** The delivery, locked until the transaction ends (FOR UPDATE): the worker's attempt and a redelivery do not interleave. Null when absent. */
  lockById(tx: Tx, id: string): Promise<WebhookDeliveryEntity | null> {
    return tx.findOne(WebhookDeliveryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Puts the delivery back to PENDING, due `at`, and answers it as stored: a new round of tries
   * (its job is the caller's to enqueue after commit; if that fails the reconciler enqueues it).
   */
  async scheduleRedelivery(tx: Tx, id: string, at: Date): Promise<WebhookDeliveryEntity> {
    await tx.update(WebhookDeliveryEntity, { id }, { status: DeliveryStatus.PENDING, nextAttemptAt: at });
    return tx.findOneByOrFail(WebhookDeliveryEntity, { id });
  }

  /** The delivery with its subscription (URL, secret, whether it is still active), for one try. */
  findWithSubscription(id: string, tx: Tx = this.dataSource.manager): Promise<WebhookDeliveryEntity | null> {
    return tx.findOne(WebhookDeliveryEntity, { where: { id }, relations: { subscription: true } });
  }

  /**
   * Records where a try left a delivery that was still undelivered (a DELIVERED or DEAD one stays
   * so), counting the try unless none was made (`tried` false: the subscription was deactivated).
   */
  async recordOutcome(id: string, outcome: DeliveryOutcome, tried = true): Promise<void> {
    const attempts = tried ? () => 'attempts + 1' : undefined;
    await this.dataSource.manager.update(
      WebhookDeliveryEntity,
      { id, status: In(UNDELIVERED_STATUSES) },
      { ...outcome, lastError: outcome.lastError?.slice(0, MAX_ERROR_LENGTH) ?? null, attempts },
    );
  }

  /** Undelivered deliveries and their tries so far, oldest first, at most `limit`: what the notice reconciler makes sure has a job. */
  unfinished(limit: number): Promise<Array<{ id: string; attempts: number }>> {
    return this.dataSource.query(`SELECT id, attempts FROM webhook_deliveries WHERE status IN (${sqlList(UNDELIVERED_STATUSES)}) ORDER BY created_at LIMIT $1`, [limit]);
  }

  private readable(reader: DeliveryReader): SelectQueryBuilder<WebhookDeliveryEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(WebhookDeliveryEntity, 'd');
    if (reader.clientId !== null) builder.innerJoin('d.subscription', 's').where('s.client_id = :clientId', { clientId: reader.clientId });
    return builder;
  }
}
