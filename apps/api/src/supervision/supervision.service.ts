import { Clock } from '@app/config';
import { ActsRepository, DeadlinesRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { readableRoots } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { decodeCursor, pageView } from '../http/keyset';
import { OverdueQuery } from './dto/overdue.query';
import { ActCountsView, OverdueItemView, OverduePage } from './dto/supervision.views';

const DAY_MS = 86_400_000;

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
        office: row.office,
      }),
    );
  }

  /** Acts by office × type × state in the subtree, with how many of them are past due. */
  async counts(principal: UserPrincipal): Promise<ActCountsView> {
    return { items: await this.acts.countByOfficeTypeState(readableRoots(principal), this.clock.now()) };
  }
}
