import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canReadOffice, notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { CaseStatusDto } from './dto/case-status.dto';
import { pgPool } from './pg-pool';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instant as `Date.prototype.toISOString` writes it (UTC, milliseconds truncated), whatever the session time zone. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The whole answer in one statement (so one snapshot: an act and its deadlines never disagree
 * mid-transition), built as JSON by PostgreSQL in the DTO's field order, and run as a prepared
 * statement straight on the pool: no transaction, no entity hydration, one round trip.
 * Deadlines still outstanding: running, paused, or run out without being met.
 */
const CASE_STATUS = {
  name: 'integrations.case_status.v1',
  text: `
    SELECT c.office_path AS "officePath",
           json_build_object(
             'id', c.id,
             'number', c.number,
             'status', c.status,
             'officeCode', o.code,
             'acts', coalesce((
               SELECT json_agg(json_build_object(
                        'id', a.id,
                        'type', a.type,
                        'kind', a.kind,
                        'state', a.state,
                        'version', a.version,
                        'nextDueAt', ${iso('a.next_due_at')},
                        'openDeadlines', coalesce((
                          SELECT json_agg(json_build_object('kind', d.kind, 'dueAt', ${iso('d.due_at')}, 'citation', d.citation, 'status', d.status) ORDER BY d.due_at, d.id)
                          FROM deadlines d
                          WHERE d.act_id = a.id AND d.status IN ('OPEN', 'PAUSED', 'MISSED')
                        ), '[]'::json)
                      ) ORDER BY a.created_at, a.id)
               FROM acts a
               WHERE a.case_id = c.id
             ), '[]'::json)
           ) AS status
    FROM cases c
    JOIN offices o ON o.id = c.office_id
    WHERE c.id = $1`,
};

interface CaseStatusRow {
  officePath: string;
  status: CaseStatusDto;
}

@Injectable()
export class CaseStatusReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The case, its acts and their outstanding deadlines, or 404 when it is unknown or out of the caller's reach. */
  async read(principal: Principal, caseId: string): Promise<CaseStatusDto> {
    // A malformed id names no case: the same 404 as an unknown one.
    if (!UUID.test(caseId)) throw notFound('Case');
    const { rows } = await pgPool(this.dataSource).query<CaseStatusRow>({ ...CASE_STATUS, values: [caseId] });
    const found = rows[0];
    if (!found || !canReadOffice(principal, found.officePath)) throw notFound('Case');
    return found.status;
  }
}
