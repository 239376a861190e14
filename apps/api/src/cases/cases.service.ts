import { ActsRepository, CaseEntity, CasesRepository, UserEntity, UserRole } from '@app/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound, readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { Page, pageRequest, pageView } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { CreateCaseDto, ListCasesQuery } from './dto/case.dto';
import { CaseDetailView, CaseView } from './dto/case.views';

const UNIQUE_VIOLATION = '23505';

export function caseView(kase: CaseEntity): CaseView {
  return {
    id: kase.id,
    number: kase.number,
    subject: kase.subject,
    addresseeName: kase.addresseeName,
    officeId: kase.officeId,
    responsibleProsecutorId: kase.responsibleProsecutorId,
    status: kase.status,
    version: kase.version,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  };
}

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesRepository,
    private readonly acts: ActsRepository,
  ) {}

  /** Opens a case in the caller's own office. */
  async create(caller: Caller, dto: CreateCaseDto): Promise<CaseView> {
    const principal = caller.principal;
    if (principal.kind !== 'user') throw new Error('cases are opened by users (route roles)');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const responsibleId = dto.responsibleProsecutorId ?? principal.userId;
        const responsible = await manager.findOneBy(UserEntity, { id: responsibleId, officeId: principal.officeId, isActive: true });
        if (!responsible || responsible.role === UserRole.ADMINISTRATOR) {
          throw new ProblemException({
            status: HttpStatus.UNPROCESSABLE_ENTITY,
            title: 'The responsible prosecutor must be an active prosecutor of your office',
            code: 'VALIDATION_FAILED',
            errors: [{ field: 'responsibleProsecutorId', code: 'NOT_A_PROSECUTOR_OF_OFFICE', message: 'not an active prosecutor of your office' }],
          });
        }
        const kase = await manager.save(
          manager.create(CaseEntity, {
            number: dto.number,
            subject: dto.subject,
            addresseeName: dto.addresseeName,
            officeId: principal.officeId,
            officePath: principal.officePath,
            responsibleProsecutorId: responsibleId,
          }),
        );
        await this.audit.record(manager, caller, {
          action: 'case.created',
          entityType: 'case',
          entityId: kase.id,
          caseId: kase.id,
          officePath: kase.officePath,
          before: null,
          after: caseView(kase),
        });
        return caseView(kase);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          title: `A case numbered ${dto.number} already exists`,
          code: 'CASE_NUMBER_TAKEN',
          errors: [{ field: 'number', code: 'CASE_NUMBER_TAKEN', message: 'this number is taken' }],
        });
      }
      throw error;
    }
  }

  async get(principal: Principal, id: string): Promise<CaseDetailView> {
    const kase = await this.cases.findById(id);
    if (!kase || !canReadOffice(principal, kase.officePath)) throw notFound('Case');
    const acts = await this.acts.ofCase(id);
    return {
      ...caseView(kase),
      acts: acts.map((act) => ({ id: act.id, type: act.type, kind: act.kind, state: act.state, version: act.version, title: act.title, nextDueAt: act.nextDueAt })),
    };
  }

  async list(principal: Principal, query: ListCasesQuery): Promise<Page<CaseView>> {
    const filter = { reach: readableRoots(principal), status: query.status, officeId: query.officeId, responsibleProsecutorId: query.responsibleProsecutorId, search: query.q };
    return pageView(await this.cases.page(filter, pageRequest(query)), caseView);
  }
}
