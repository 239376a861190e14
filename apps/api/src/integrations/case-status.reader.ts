import { CasesRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { canReadOffice, notFound } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { CaseStatusDto } from './dto/case-status.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class CaseStatusReader {
  constructor(private readonly cases: CasesRepository) {}

  /** The case, its acts and their outstanding deadlines, or 404 when it is unknown or out of the caller's reach. */
  async read(principal: Principal, caseId: string): Promise<CaseStatusDto> {
    // A malformed id names no case: the same 404 as an unknown one.
    if (!UUID.test(caseId)) throw notFound('Case');
    const found = await this.cases.statusReport(caseId);
    if (!found || !canReadOffice(principal, found.officePath)) throw notFound('Case');
    return found.report;
  }
}
