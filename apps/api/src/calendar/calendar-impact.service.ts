import { analyseCalendarChange, DeadlineRecord, diffCalendars, ProductionCalendar } from '@app/domain';
import { UserRole, decodeDeadlineRecord } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { dayChangeView, deadlineImpactView } from './calendar-views';
import { CalendarImpactView, DeadlineImpactView, ImpactConflictView } from './dto/calendar-impact.dto';

/** Open deadlines are read this many at a time, so a large table never sits in memory at once. */
const BATCH_SIZE = 500;

interface DeadlineRow {
  id: string;
  actId: string;
  status: string;
  ledger: unknown;
}

/**
 * Which open deadlines a calendar change would move (domain analyseCalendarChange). It only
 * reports: no deadline is rewritten by a calendar edit.
 */
@Injectable()
export class CalendarImpactService {
  /**
   * Administrators see every open deadline (they edit the calendar for the whole country, and
   * the answer carries only ids and dates); supervisors only those of their office subtree.
   */
  async analyse(manager: EntityManager, before: ProductionCalendar, after: ProductionCalendar, principal: Principal): Promise<CalendarImpactView> {
    const subtree = principal.kind === 'user' && principal.role === UserRole.SUPERVISOR ? principal.officePath : null;
    const deadlines: DeadlineImpactView[] = [];
    const conflicts: ImpactConflictView[] = [];
    for (let rows = await this.batch(manager, subtree, null); rows.length > 0; rows = await this.batch(manager, subtree, rows.at(-1)!.id)) {
      const byRecordId = new Map<string, DeadlineRow>();
      const records: DeadlineRecord[] = [];
      for (const row of rows) {
        try {
          const record = decodeDeadlineRecord(row.ledger);
          byRecordId.set(record.id, row);
          records.push(record);
        } catch (error) {
          conflicts.push({ deadlineId: row.id, message: `the ledger cannot be read: ${(error as Error).message}` });
        }
      }
      const report = analyseCalendarChange(records, before, after);
      for (const change of report.changes) deadlines.push(deadlineImpactView(change, byRecordId.get(change.deadlineId)!));
      for (const conflict of report.conflicts) conflicts.push({ deadlineId: byRecordId.get(conflict.deadlineId)!.id, message: conflict.message });
    }
    return { days: diffCalendars(before, after).map(dayChangeView), deadlines, conflicts };
  }

  private batch(manager: EntityManager, subtree: string | null, afterId: string | null): Promise<DeadlineRow[]> {
    return manager.query(
      `SELECT id, act_id AS "actId", status, ledger FROM deadlines
        WHERE status IN ('OPEN', 'PAUSED')
          AND ($1::uuid IS NULL OR id > $1::uuid)
          AND ($2::text IS NULL OR office_path LIKE $2::text || '%')
        ORDER BY id LIMIT ${BATCH_SIZE}`,
      [afterId, subtree],
    );
  }
}
