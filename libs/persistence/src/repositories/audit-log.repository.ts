import { Injectable } from '@nestjs/common';
import { Tx } from '../transactions';

/** Who wrote: a user, an integration, or the system itself (the deadline engine). */
export interface AuditActor {
  readonly userId: string | null;
  readonly clientId: string | null;
  /** PROSECUTOR, SUPERVISOR, ADMINISTRATOR, INTEGRATION or SYSTEM. */
  readonly role: string;
  readonly officeId: string | null;
  readonly requestId: string | null;
}

/** The deadline engine acting on its own (a missed term, an escalation). */
export const SYSTEM_ACTOR: AuditActor = Object.freeze({ userId: null, clientId: null, role: 'SYSTEM', officeId: null, requestId: null });

export interface AuditEntry {
  /** 'case.created', 'act.filed', 'act.transitioned', 'office.created', 'user.updated', … */
  readonly action: string;
  readonly entityType: 'case' | 'act' | 'deadline' | 'office' | 'user' | 'integration_client' | 'calendar_entry';
  readonly entityId: string;
  /** For case and act rows: the case and its office path (the change feed filters on them). */
  readonly caseId?: string | null;
  readonly officePath?: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The append-only, hash-chained audit log (ADR 0005). A row is written inside the writer's
 * transaction, so it exists exactly when the change does; the database numbers and chains it
 * (migration AuditLogChain) — nothing here computes ids or hashes.
 */
@Injectable()
export class AuditLogRepository {
  /**
   * Appends one row. Its trigger takes the chain's lock until commit: write it last in a
   * transaction, so no later round trip runs while every other writer waits.
   */
  async append(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
    // id, prev_hash and hash are assigned by the trigger; the placeholders satisfy NOT NULL.
    await tx.query(
      `INSERT INTO audit_log (id, occurred_at, actor_user_id, actor_client_id, actor_role, actor_office_id, request_id,
         action, entity_type, entity_id, case_id, office_path, before, after, prev_hash, hash)
       VALUES (0, now(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '', '')`,
      [
        actor.userId,
        actor.clientId,
        actor.role,
        actor.officeId,
        actor.requestId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.caseId ?? null,
        entry.officePath ?? null,
        toJson(entry.before),
        toJson(entry.after),
      ],
    );
  }
}

/** Plain JSON text (dates as ISO strings), so what is hashed is what is stored; null when absent. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
