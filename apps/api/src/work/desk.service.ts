import { Clock } from '@app/config';
import { closedStates } from '@app/domain';
import { ActsRepository, DeskRow, UsersRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { notFound } from '../auth/office-scope';
import { UserPrincipal } from '../auth/principal';
import { MyWorkView, WorkItemView } from './dto/work.dto';

/** The most a desk lists: a prosecutor's open work, soonest first, fits well within it. */
const DESK_LIMIT = 500;

/** What someone answers for that is still open, soonest deadline first. */
@Injectable()
export class DeskService {
  constructor(
    private readonly acts: ActsRepository,
    private readonly users: UsersRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's own desk ("my work"). */
  async mine(principal: UserPrincipal): Promise<MyWorkView> {
    return this.view(await this.acts.desk(principal.userId, closedStates(), DESK_LIMIT));
  }

  /**
   * Someone else's desk, for a head: a user of their office or of one below (404 otherwise, as for
   * anyone out of reach), and only the acts within the head's subtree. Deactivated users are
   * listed too: their open acts are what the head must reassign.
   */
  async of(head: UserPrincipal, userId: string): Promise<MyWorkView> {
    const user = await this.users.findWithOffice(userId);
    if (!user || !user.office.path.startsWith(head.officePath)) throw notFound('User');
    return this.view(await this.acts.desk(userId, closedStates(), DESK_LIMIT, head.officePath));
  }

  private view(rows: DeskRow[]): MyWorkView {
    const now = this.clock.now();
    return {
      items: rows.map(
        (row): WorkItemView => ({
          actId: row.act.id,
          type: row.act.type,
          kind: row.act.kind,
          state: row.act.state,
          title: row.act.title,
          addresseeName: row.act.addresseeName,
          caseId: row.act.caseId,
          caseNumber: row.caseNumber,
          nextDeadline: row.next ? { kind: row.next.kind, dueAt: row.next.dueAt, article: row.next.citation, overdue: row.next.dueAt.getTime() < now.getTime() } : null,
        }),
      ),
    };
  }
}
