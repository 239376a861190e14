import { buildProductionCalendar, CalendarEntry, ProductionCalendar } from '@app/domain';
import { CalendarRepository, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { toCalendarEntry } from './calendar-entry.mapper';

/**
 * How long another process's calendar edit may go unseen here. Edits made through this process
 * invalidate the cache at once; edits made by another API instance (or by SQL) are picked up when
 * the cached copy expires. A minute is harmless: edits are rare, and the edit itself recounts the
 * deadlines it moves in its own transaction (CalendarRecount, docs/adr/0011).
 */
export const CALENDAR_CACHE_TTL_MS = 60_000;

/**
 * The production calendar the term functions count with, built from the administrators'
 * calendar_entries table (adopted entries only) and cached in memory.
 */
@Injectable()
export class ProductionCalendarService {
  private cached: { readonly calendar: Promise<ProductionCalendar>; readonly loadedAt: number } | null = null;

  constructor(private readonly calendar: CalendarRepository) {}

  /**
   * The calendar in force, from the cache when it is fresh. A caller inside a transaction passes its
   * tx: a cache miss must not wait for a second pool connection while holding one, or N
   * concurrent transactions on a pool of N deadlock (worker: WORKER_CONCURRENCY = DATABASE_POOL_SIZE).
   */
  async current(tx?: Tx): Promise<ProductionCalendar> {
    const now = Date.now();
    if (!this.cached || now - this.cached.loadedAt >= CALENDAR_CACHE_TTL_MS) {
      const calendar = this.load(tx);
      this.cached = { calendar, loadedAt: now };
      // A failed load must not be served from the cache until it expires.
      calendar.catch(() => {
        if (this.cached?.calendar === calendar) this.cached = null;
      });
    }
    return this.cached.calendar;
  }

  /** Forget the cached calendar; call after this process commits a calendar edit. */
  invalidate(): void {
    this.cached = null;
  }

  /** Every entry of the table (drafts too), ordered by date then id, as domain entries. */
  async entries(tx?: Tx): Promise<CalendarEntry[]> {
    return (await this.calendar.entries(tx)).map(toCalendarEntry);
  }

  /** Builds the calendar from the table as `tx` sees it (inside a transaction: with its changes). */
  async load(tx?: Tx): Promise<ProductionCalendar> {
    const entries = await this.entries(tx);
    if (entries.length === 0) throw new Error('calendar_entries is empty: run the migrations (SeedProductionCalendar)');
    return buildProductionCalendar(entries);
  }
}
