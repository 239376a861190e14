import type { CalendarEntryKind, CalendarEntryStatus } from '@app/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The production calendar an administrator can correct: holidays and the Government's transfers
 * of days off. Rows mirror libs/domain CalendarEntry; the domain builds the calendar from them.
 */
@Entity({ name: 'calendar_entries' })
export class CalendarEntryEntity {
  /** Stable key, e.g. 'KZ-2026-03-21-NAURYZ'. */
  @PrimaryColumn('text')
  id: string;

  /** HOLIDAY or TRANSFER. */
  @Column({ type: 'text' })
  kind: CalendarEntryKind;

  /** HOLIDAY: the holiday. TRANSFER: the weekday that becomes a day off. */
  @Column({ type: 'date' })
  date: string;

  /** TRANSFER only: the Saturday or Sunday that becomes a working day. */
  @Column({ name: 'working_day', type: 'date', nullable: true })
  workingDay: string | null;

  @Column({ type: 'boolean', default: false })
  religious: boolean;

  @Column({ type: 'jsonb' })
  label: { kk: string; ru: string; en: string };

  @Column({ type: 'jsonb' })
  source: { kk: string; ru: string; en: string };

  /** DRAFT or ADOPTED. */
  @Column({ type: 'text' })
  status: CalendarEntryStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
