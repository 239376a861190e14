import { DeadlineStatus } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarEntryEntity } from '../entities/calendar-entry.entity';
import { Tx } from '../transactions';

/**
 * Serialises calendar edits, so each one's before/after is the table as the previous one left it.
 * (27090001 is the demo seed's, 27090002 the audit chain's.)
 */
const CALENDAR_EDIT_LOCK = 27090003;

/** A calendar_entries row as written: every column but the bookkeeping one. */
export type CalendarEntryRow = Omit<CalendarEntryEntity, 'updatedAt'>;

/** An open deadline as a calendar change is analysed against: its ledger holds how its due date was counted. */
export interface OpenDeadlineLedger {
  readonly id: string;
  readonly actId: string;
  readonly status: DeadlineStatus;
  readonly ledger: unknown;
}

/** The administrators' production calendar (calendar_entries): holidays and transferred days off. */
@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every entry (drafts too), ordered by date then id, as `tx` sees the table (inside a transaction: with its changes). */
  entries(tx: Tx = this.dataSource.manager): Promise<CalendarEntryEntity[]> {
    return tx.find(CalendarEntryEntity, { order: { date: 'ASC', id: 'ASC' } });
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<CalendarEntryEntity | null> {
    return tx.findOneBy(CalendarEntryEntity, { id });
  }

  /**
   * Waits for any other calendar edit to commit, and holds the calendar until this transaction
   * ends: take it first, before reading the entries the edit applies to.
   */
  async lockForEdit(tx: Tx): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CALENDAR_EDIT_LOCK]);
  }

  async insertEntry(tx: Tx, row: CalendarEntryRow): Promise<void> {
    await tx.insert(CalendarEntryEntity, row);
  }

  /** Rewrites every column of the entry (its id stays). */
  async replaceEntry(tx: Tx, id: string, row: CalendarEntryRow): Promise<void> {
    await tx.update(CalendarEntryEntity, { id }, row);
  }

  async deleteEntry(tx: Tx, id: string): Promise<void> {
    await tx.delete(CalendarEntryEntity, { id });
  }

  /**
   * One batch of the MISSED deadlines (met late, or not at all) whose count could include a day
   * between `from` and `to` — triggered before `to`, due after `from` — in id order after `afterId`,
   * within `subtree` (null: every office): the candidates a calendar change would not have let
   * run out (docs/adr/0011: they are kept missed and reported).
   */
  missedDeadlineLedgers(
    filter: { readonly from: Date; readonly to: Date; readonly subtree: string | null; readonly afterId: string | null; readonly limit: number },
    tx: Tx = this.dataSource.manager,
  ): Promise<OpenDeadlineLedger[]> {
    return tx.query(
      `SELECT id, act_id AS "actId", status, ledger FROM deadlines
        WHERE status = '${DeadlineStatus.MISSED}' AND triggered_at < $1 AND due_at > $2
          AND ($3::uuid IS NULL OR id > $3::uuid)
          AND ($4::text IS NULL OR office_path LIKE $4::text || '%')
        ORDER BY id LIMIT $5`,
      [filter.to, filter.from, filter.afterId, filter.subtree, filter.limit],
    );
  }

  /**
   * One batch of the deadlines a calendar change may move — running or paused — in id order after
   * `afterId` (null: from the first), within the office subtree `subtree` (null: every office).
   * Read in batches, so a large table never sits in memory at once.
   */
  openDeadlineLedgers(filter: { readonly subtree: string | null; readonly afterId: string | null; readonly limit: number }, tx: Tx = this.dataSource.manager): Promise<OpenDeadlineLedger[]> {
    return tx.query(
      `SELECT id, act_id AS "actId", status, ledger FROM deadlines
        WHERE status IN ('${DeadlineStatus.OPEN}', '${DeadlineStatus.PAUSED}')
          AND ($1::uuid IS NULL OR id > $1::uuid)
          AND ($2::text IS NULL OR office_path LIKE $2::text || '%')
        ORDER BY id LIMIT $3`,
      [filter.afterId, filter.subtree, filter.limit],
    );
  }
}
