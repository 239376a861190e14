import { AuditLogRepository, ChangeRow } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { ChangeCursors, laterId } from './change-cursor';
import { ChangeItemDto, ChangesPageDto } from './dto/changes.dto';

/** The change feed over the audit log (ADR 0005): every case and act change within reach, once, in commit order. */
@Injectable()
export class ChangesService {
  constructor(
    private readonly auditLog: AuditLogRepository,
    private readonly cursors: ChangeCursors,
  ) {}

  async page(principal: Principal, afterId: string, limit: number): Promise<ChangesPageDto> {
    const { rows, horizon } = await this.auditLog.changesAfter(readableRoots(principal), afterId, limit + 1);
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    // With no more rows for this caller, jump to the highest committed id: everything up to it is
    // visible now or never will be, so an idle client does not rescan other offices' rows. (The
    // cursor is encrypted: the jump does not tell the caller how far it went.)
    const lastId = hasMore ? page[page.length - 1].id : laterId(afterId, horizon);
    return { items: page.map((row) => this.toItem(row)), nextCursor: this.cursors.encode(lastId), hasMore };
  }

  /** The audit id behind a cursor this API issued, or null. */
  positionOf(cursor: string): string | null {
    return this.cursors.decode(cursor);
  }

  private toItem(row: ChangeRow): ChangeItemDto {
    return toItem(row, this.cursors.encode(row.id));
  }
}

function toItem(row: ChangeRow, cursor: string): ChangeItemDto {
  return {
    cursor,
    occurredAt: row.occurredAt,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    action: row.action,
    after: row.after,
  };
}
