import { AuditLogRepository, ChangeRow } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { encodeCursor, laterId } from './change-cursor';
import { ChangeItemDto, ChangesPageDto } from './dto/changes.dto';

/** The change feed over the audit log (ADR 0005): every case and act change within reach, once, in commit order. */
@Injectable()
export class ChangesService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  async page(principal: Principal, afterId: string, limit: number): Promise<ChangesPageDto> {
    const { rows, horizon } = await this.auditLog.changesAfter(readableRoots(principal), afterId, limit + 1);
    const hasMore = rows.length > limit;
    const items = rows.slice(0, limit).map(toItem);
    // With no more rows for this caller, jump to the highest committed id: everything up to it is
    // visible now or never will be, so an idle client does not rescan other offices' rows.
    const lastId = hasMore ? items[items.length - 1].sequence : laterId(afterId, horizon);
    return { items, nextCursor: encodeCursor(lastId), hasMore };
  }
}

function toItem(row: ChangeRow): ChangeItemDto {
  return {
    cursor: encodeCursor(row.id),
    sequence: row.id,
    occurredAt: row.occurredAt,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    action: row.action,
    after: row.after,
  };
}
