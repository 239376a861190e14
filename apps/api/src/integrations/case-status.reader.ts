import { ActEntity, CaseEntity, DeadlineEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { canReadOffice, notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { ActStatusDto, CaseStatusDto, OpenDeadlineDto } from './dto/case-status.dto';

/** Deadlines still outstanding: running, paused, or run out without being met. */
const OUTSTANDING = ['OPEN', 'PAUSED', 'MISSED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class CaseStatusReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The case, its acts and their outstanding deadlines, or 404 when it is unknown or out of the caller's reach. */
  async read(principal: Principal, caseId: string): Promise<CaseStatusDto> {
    // A malformed id names no case: the same 404 as an unknown one.
    if (!UUID.test(caseId)) throw notFound('Case');
    // One snapshot for the three reads, so an act and its deadlines never disagree mid-transition.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const found = await manager.findOne(CaseEntity, {
        where: { id: caseId },
        relations: { office: true },
        select: { id: true, number: true, status: true, officePath: true, office: { id: true, code: true } },
      });
      if (!found || !canReadOffice(principal, found.officePath)) throw notFound('Case');
      const acts = await manager.find(ActEntity, {
        where: { caseId },
        order: { createdAt: 'ASC', id: 'ASC' },
        select: { id: true, type: true, kind: true, state: true, version: true, nextDueAt: true, createdAt: true },
      });
      const deadlines = acts.length
        ? await manager.find(DeadlineEntity, {
            where: { actId: In(acts.map((act) => act.id)), status: In(OUTSTANDING) },
            order: { dueAt: 'ASC', id: 'ASC' },
            select: { id: true, actId: true, kind: true, dueAt: true, citation: true, status: true },
          })
        : [];
      return {
        id: found.id,
        number: found.number,
        status: found.status,
        officeCode: found.office!.code,
        acts: acts.map((act) => toActStatus(act, deadlines.filter((deadline) => deadline.actId === act.id))),
      };
    });
  }
}

function toActStatus(act: ActEntity, deadlines: DeadlineEntity[]): ActStatusDto {
  return {
    id: act.id,
    type: act.type,
    kind: act.kind,
    state: act.state,
    version: act.version,
    nextDueAt: act.nextDueAt ? act.nextDueAt.toISOString() : null,
    openDeadlines: deadlines.map(
      (deadline): OpenDeadlineDto => ({ kind: deadline.kind, dueAt: deadline.dueAt.toISOString(), citation: deadline.citation, status: deadline.status }),
    ),
  };
}
