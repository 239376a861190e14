import { Clock } from '@app/config';
import { addDays, endOfLocalDay, machineFor, toLocalDate } from '@app/domain';
import { ActsRepository, DeadlinesRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { readableRoots } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { decodeCursor, pageView } from '../http/keyset';
import { DashboardQuery, OverdueQuery } from './dto/overdue.query';
import { ActCountsView, ActCountView, DashboardCellView, OverdueItemView, OverduePage, SupervisionDashboardView } from './dto/supervision.views';

const DAY_MS = 86_400_000;
const DEFAULT_SERIES_DAYS = 90;
const MOST_OVERDUE = 10;

/**
 * What a head of office reviews (arts. 9, 13–16): deadlines past due in their office and every
 * office below it, and counts for a dashboard. Reads only: the deadline engine marks deadlines
 * MISSED; here a deadline is overdue when it is unmet and its statutory due instant has passed,
 * whether or not the engine has caught up yet.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly deadlines: DeadlinesRepository,
    private readonly acts: ActsRepository,
    private readonly clock: Clock,
  ) {}

  async overdue(principal: UserPrincipal, query: OverdueQuery): Promise<OverduePage> {
    const now = this.clock.now();
    const filter = {
      reach: readableRoots(principal),
      now,
      officeId: query.officeId,
      type: query.type,
      deadlineKind: query.deadlineKind,
      prosecutorId: query.prosecutorId,
      responsibleUserId: query.responsibleUserId,
      responsibleAbsent: query.responsibleAbsent,
      today: toLocalDate(now),
      dueAtOrBefore: query.minDaysOverdue ? new Date(now.getTime() - query.minDaysOverdue * DAY_MS) : undefined,
    };
    const page = await this.deadlines.overduePage(filter, query.sort ?? 'most_overdue', query.limit ?? 50, query.cursor === undefined ? undefined : decodeCursor(query.cursor));
    return pageView(
      page,
      (row): OverdueItemView => ({
        deadlineId: row.deadlineId,
        kind: row.kind,
        status: row.status,
        dueAt: row.dueAt,
        daysOverdue: Math.floor((now.getTime() - row.dueAt.getTime()) / DAY_MS),
        article: row.citation,
        explanation: row.explanation,
        act: row.act,
        prosecutor: row.prosecutor,
        responsible: row.responsible,
        office: row.office,
      }),
    );
  }

  /** Acts by office × type × state in the subtree, with how many of them are past due. */
  async counts(principal: UserPrincipal): Promise<ActCountsView> {
    const rows = await this.acts.countByOfficeAndState(readableRoots(principal), this.clock.now());
    const cells = new Map<string, ActCountView>();
    for (const row of rows) {
      const key = `${row.office.id}|${row.type}|${row.state}`;
      const cell = cells.get(key) ?? { officeId: row.office.id, officeCode: row.office.code, type: row.type, state: row.state, acts: 0, overdue: 0 };
      cells.set(key, { ...cell, acts: cell.acts + row.acts, overdue: cell.overdue + row.overdue });
    }
    return { items: [...cells.values()] };
  }

  /**
   * The head's dashboard in one answer: open and overdue acts by office × act type, the overdue
   * count at the end of each of the last `days` days (today: now), and the ten most overdue items.
   */
  async dashboard(principal: UserPrincipal, query: DashboardQuery): Promise<SupervisionDashboardView> {
    const now = this.clock.now();
    const reach = readableRoots(principal);
    const today = toLocalDate(now);
    const days = Array.from({ length: query.days ?? DEFAULT_SERIES_DAYS }, (_day, index) => addDays(today, index - (query.days ?? DEFAULT_SERIES_DAYS) + 1));
    const instants = days.map((day) => (day === today ? now : endOfLocalDay(day)));
    const [rows, series, worst] = await Promise.all([
      this.acts.countByOfficeAndState(reach, now, query.officeId),
      this.deadlines.overdueAt(reach, instants, query.officeId),
      this.overdue(principal, { officeId: query.officeId, limit: MOST_OVERDUE }),
    ]);
    const cells = new Map<string, DashboardCellView>();
    for (const row of rows) {
      if (machineFor(row).terminal.includes(row.state)) continue;
      const key = `${row.office.id}|${row.type}`;
      const cell = cells.get(key) ?? { office: row.office, type: row.type, open: 0, overdue: 0 };
      cells.set(key, { ...cell, open: cell.open + row.acts, overdue: cell.overdue + row.overdue });
    }
    return {
      asOf: now,
      cells: [...cells.values()],
      overdueSeries: days.map((day, index) => ({ day, at: instants[index], overdue: series[index] })),
      mostOverdue: worst.items,
    };
  }
}
