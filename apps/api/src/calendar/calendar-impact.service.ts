import { analyseCalendarChange, DeadlineRecord, diffCalendars, ProductionCalendar } from '@app/domain';
import { CalendarRepository, OpenDeadlineLedger, Tx, UserRole, decodeDeadlineRecord } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { dayChangeView, deadlineImpactView } from './calendar-views';
import { CalendarImpactView, DeadlineImpactView, ImpactConflictView } from './dto/calendar-impact.dto';

/** Open deadlines are read this many at a time, so a large table never sits in memory at once. */
const BATCH_SIZE = 500;

/**
 * Which open deadlines a calendar change would move (domain analyseCalendarChange). It only
 * reports: no deadline is rewritten by a calendar edit.
 */
@Injectable()
export class CalendarImpactService {
  constructor(private readonly calendar: CalendarRepository) {}

  /**
   * Administrators see every open deadline (they edit the calendar for the whole country, and
   * the answer carries only ids and dates); supervisors only those of their office subtree.
   * Inside an edit's transaction `tx` reads the deadlines as it sees them.
   */
  async analyse(before: ProductionCalendar, after: ProductionCalendar, principal: Principal, tx?: Tx): Promise<CalendarImpactView> {
    const subtree = principal.kind === 'user' && principal.role === UserRole.SUPERVISOR ? principal.officePath : null;
    const deadlines: DeadlineImpactView[] = [];
    const conflicts: ImpactConflictView[] = [];
    const batch = (afterId: string | null) => this.calendar.openDeadlineLedgers({ subtree, afterId, limit: BATCH_SIZE }, tx);
    for (let rows = await batch(null); rows.length > 0; rows = await batch(rows.at(-1)!.id)) {
      const byRecordId = new Map<string, OpenDeadlineLedger>();
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
}
