import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST with an Idempotency-Key: the first request's response is stored and replayed for a retry
 * with the same key and body; the same key with another body is refused.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  /** The user or integration client that sent the request. */
  @PrimaryColumn({ type: 'text' })
  principal: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of method, path and body. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  /** The headers that describe what the first request made (Location, ETag), replayed with its body. */
  @Column({ name: 'response_headers', type: 'jsonb', nullable: true })
  responseHeaders: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Index('idempotency_keys_created_at_idx')
  createdAt: Date;
}
