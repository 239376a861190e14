import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every write, append-only and tamper-evident. A trigger (migration AuditLogChain) refuses UPDATE,
 * DELETE and TRUNCATE, takes a transaction-level lock, numbers the row and chains it: `hash` is
 * SHA-256 over the previous row's hash and this row's content. Because numbering happens under
 * that lock, ids are in commit order — the integrations' change feed reads this table by id.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['entityType', 'entityId', 'id'])
export class AuditLogEntity {
  /** Assigned by the trigger under the chain lock. */
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_client_id', type: 'uuid', nullable: true })
  actorClientId: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ name: 'actor_office_id', type: 'uuid', nullable: true })
  actorOfficeId: string | null;

  /** The API's own id of the request (a UUID it assigned), as in its logs. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** The caller's X-Request-Id, kept beside ours and chained too (migration AuditClientRequestId); never our id. */
  @Column({ name: 'client_request_id', type: 'text', nullable: true })
  clientRequestId: string | null;

  /** e.g. 'act.created', 'act.transitioned', 'case.created', 'user.created'. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  /** For case and act rows: the case, so the change feed can say which case changed. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** For case and act rows: the office path, so the feed can be filtered to a client's offices. */
  @Column({ name: 'office_path', type: 'text', collation: 'C', nullable: true })
  officePath: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
