import { Clock } from '@app/config';
import { ActState, ActType, DeadlineKind, ResolutionKind } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserPrincipal } from '../auth/principal';
import { decodeCursor, encodeCursor } from '../http/keyset';
import { officeSubtreeSql } from '../http/scope-sql';
import { OverdueQuery } from './dto/overdue.query';
import { ActCountsView, OverdueItemView, OverduePage } from './dto/supervision.views';

const DAY_MS = 86_400_000;

interface OverdueRow {
  deadline_id: string;
  kind: DeadlineKind;
  status: string;
  due_at: Date;
  citation: string;
  explanation: { kk: string; ru: string; en: string };
  act_id: string;
  act_type: ActType;
  act_kind: ResolutionKind | null;
  act_state: ActState;
  act_title: string;
  addressee_name: string;
  author_id: string;
  author_name: string;
  case_id: string;
  office_id: string;
  office_code: string;
}

/**
 * What a head of office reviews (arts. 9, 13–16): deadlines past due in their office and every
 * office below it, and counts for a dashboard. Reads only: the deadline engine marks deadlines
 * MISSED; here a deadline is overdue when it is unmet and its statutory due instant has passed,
 * whether or not the engine has caught up yet.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async overdue(principal: UserPrincipal, query: OverdueQuery): Promise<OverduePage> {
    const now = this.clock.now();
    const limit = query.limit ?? 50;
    const ascending = (query.sort ?? 'most_overdue') === 'most_overdue';
    const params: unknown[] = [`${principal.officePath}%`, now];
    const where = [`d.office_path LIKE $1`, `d.status IN ('OPEN', 'MISSED')`, `d.met_at IS NULL`, `d.due_at < $2`];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.officeId) add((p) => officeSubtreeSql('d.office_path', p), query.officeId);
    if (query.type) add((p) => `a.type = ${p}`, query.type);
    if (query.deadlineKind) add((p) => `d.kind = ${p}`, query.deadlineKind);
    if (query.prosecutorId) add((p) => `a.author_id = ${p}`, query.prosecutorId);
    if (query.minDaysOverdue) add((p) => `d.due_at <= ${p}`, new Date(now.getTime() - query.minDaysOverdue * DAY_MS));
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      params.push(after.at, after.id);
      where.push(`(d.due_at, d.id) ${ascending ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const order = ascending ? 'ASC' : 'DESC';
    const rows: OverdueRow[] = await this.dataSource.query(
      `SELECT d.id AS deadline_id, d.kind, d.status, d.due_at, d.citation, d.explanation,
              a.id AS act_id, a.type AS act_type, a.kind AS act_kind, a.state AS act_state, a.title AS act_title,
              a.addressee_name, a.author_id, u.full_name AS author_name, a.case_id, o.id AS office_id, o.code AS office_code
         FROM deadlines d
         JOIN acts a ON a.id = d.act_id
         JOIN users u ON u.id = a.author_id
         JOIN offices o ON o.id = d.office_id
        WHERE ${where.join(' AND ')}
        ORDER BY d.due_at ${order}, d.id ${order}
        LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map((row): OverdueItemView => ({
      deadlineId: row.deadline_id,
      kind: row.kind,
      status: row.status,
      dueAt: row.due_at,
      daysOverdue: Math.floor((now.getTime() - row.due_at.getTime()) / DAY_MS),
      article: row.citation,
      explanation: row.explanation,
      act: { id: row.act_id, type: row.act_type, kind: row.act_kind, state: row.act_state, title: row.act_title, addresseeName: row.addressee_name, caseId: row.case_id },
      prosecutor: { id: row.author_id, fullName: row.author_name },
      office: { id: row.office_id, code: row.office_code },
    }));
    const last = rows.length > limit ? items[items.length - 1] : null;
    return { items, nextCursor: last ? encodeCursor({ at: last.dueAt.toISOString(), id: last.deadlineId }) : null };
  }

  /** Acts by office × type × state in the subtree, with how many of them are past due. */
  async counts(principal: UserPrincipal): Promise<ActCountsView> {
    const rows: Array<{ office_id: string; office_code: string; type: ActType; state: ActState; acts: number; overdue: number }> = await this.dataSource.query(
      `SELECT o.id AS office_id, o.code AS office_code, a.type, a.state, count(*)::int AS acts,
              count(*) FILTER (WHERE a.next_due_at < $2)::int AS overdue
         FROM acts a JOIN offices o ON o.id = a.office_id
        WHERE a.office_path LIKE $1
        GROUP BY o.id, o.code, a.type, a.state
        ORDER BY o.code, a.type, a.state`,
      [`${principal.officePath}%`, this.clock.now()],
    );
    return { items: rows.map((row) => ({ officeId: row.office_id, officeCode: row.office_code, type: row.type, state: row.state, acts: row.acts, overdue: row.overdue })) };
  }
}
