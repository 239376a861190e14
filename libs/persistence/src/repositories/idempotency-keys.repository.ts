import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A key some request already holds. `responseStatus` null: that request has not finished. */
export interface HeldKey {
  fingerprint: string;
  responseStatus: number | null;
  responseBody: unknown;
  responseHeaders: Record<string, string>;
  /** Older than any request runs: its request died between the handler and storing the response. */
  abandoned: boolean;
}

/** No request runs this long (SHUTDOWN_GRACE_MS is seconds); an unfinished key this old was abandoned. */
const ABANDONED_AFTER = '5 minutes';

/**
 * The idempotency_keys table: (principal, key) → the first request's fingerprint and response.
 * Each call is one autocommitted statement, apart from the handler's transaction: a key claimed by
 * a request that then fails is released, and a response is stored only once the handler committed.
 */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the key; false when another request holds it. The primary key (principal, key) settles races. */
  async claim(principal: string, key: string, fingerprint: string): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (principal, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [principal, key, fingerprint],
    );
    return inserted.length === 1;
  }

  /** The key as held, or null when nobody holds it (any more). */
  async find(principal: string, key: string): Promise<HeldKey | null> {
    const [row] = await this.dataSource.query(
      `SELECT fingerprint, response_status, response_body, response_headers, created_at < now() - $3::interval AS abandoned
       FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [principal, key, ABANDONED_AFTER],
    );
    return row
      ? { fingerprint: row.fingerprint, responseStatus: row.response_status, responseBody: row.response_body, responseHeaders: row.response_headers ?? {}, abandoned: row.abandoned }
      : null;
  }

  /** Stores the response a retry with the same key will be answered with. */
  async complete(principal: string, key: string, status: number, body: unknown, headers: Record<string, string>): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4, response_headers = $5 WHERE principal = $1 AND key = $2`,
      [principal, key, status, body === undefined ? null : JSON.stringify(body), JSON.stringify(headers)],
    );
  }

  /** Frees the key of a request that failed, so the client can retry with it. */
  async release(principal: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2 AND response_status IS NULL`, [principal, key]);
  }
}
