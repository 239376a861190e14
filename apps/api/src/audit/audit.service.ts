import { AuditActor, AuditEntry, AuditLogRepository, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { Principal } from '../auth/principal';

export type { AuditEntry };

/** The API's face of the audit log: the caller of the request is the actor. */
@Injectable()
export class AuditService {
  constructor(private readonly log: AuditLogRepository) {}

  record(tx: Tx, caller: Caller, entry: AuditEntry): Promise<void> {
    return this.log.append(tx, auditActorOf(caller), entry);
  }
}

export function auditActorOf(caller: Caller): AuditActor {
  const principal: Principal = caller.principal;
  return principal.kind === 'user'
    ? { userId: principal.userId, clientId: null, role: principal.role, officeId: principal.officeId, requestId: caller.requestId, clientRequestId: caller.clientRequestId }
    : { userId: null, clientId: principal.clientId, role: 'INTEGRATION', officeId: null, requestId: caller.requestId, clientRequestId: caller.clientRequestId };
}
