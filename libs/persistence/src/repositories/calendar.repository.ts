import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarEntryEntity } from '../entities/calendar-entry.entity';
import { Tx } from '../transactions';

/** The administrators' production calendar (calendar_entries): holidays and transferred days off. */
@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every entry (drafts too), ordered by date then id, as `tx` sees the table (inside a transaction: with its changes). */
  entries(tx: Tx = this.dataSource.manager): Promise<CalendarEntryEntity[]> {
    return tx.find(CalendarEntryEntity, { order: { date: 'ASC', id: 'ASC' } });
  }
}
