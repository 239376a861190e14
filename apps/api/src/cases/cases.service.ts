import { Clock } from '@app/config';
import { checkApplicationIntake, toLocalDate } from '@app/domain';
import { ActsRepository, CASE_NUMBER_KEY, CaseEntity, CasesRepository, isUniqueViolation, Transactions, UsersRepository } from '@app/persistence';
import { noEditionRefusal, StatuteEditions } from '@app/workflow';
import { HttpStatus, Injectable } from '@nestjs/common';
import { refusalProblem } from '../acts/refusal-problem';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { canReadOffice, notFound, readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';
import { Page, pageRequest, pageView } from '../http/keyset';
import { ProblemException } from '../http/problem-details';
import { CaseApplicationDto, CreateCaseDto, ListCasesQuery } from './dto/case.dto';
import { CaseDetailView, CaseView } from './dto/case.views';

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
    application:
      kase.applicationReceivedAt === null || kase.applicationReceivedAt === undefined
        ? null
        : {
            receivedAt: kase.applicationReceivedAt,
            applicantIdentified: kase.applicantIdentified ?? false,
            applicantName: kase.applicantName,
            anonymousException: kase.anonymousException,
            editionId: kase.intakeEditionId ?? '',
          },
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  };
}

@Injectable()
export class CasesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly cases: CasesRepository,
    private readonly acts: ActsRepository,
    private readonly editions: StatuteEditions,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a case in the caller's own office. A case opened on an application records its applicant,
   * and the application is judged at intake by the statute edition in force today: an anonymous one
   * is refused with the article (2709 art. 7.4; 155-VII art. 24.6 unless its exception is claimed).
   */
  async create(caller: Caller, dto: CreateCaseDto): Promise<CaseView> {
    const principal = caller.principal;
    if (principal.kind !== 'user') throw new Error('cases are opened by users (route roles)');
    const application = dto.application ? this.intake(dto.application) : {};
    try {
      return await this.transactions.run(async (tx) => {
        const responsibleId = dto.responsibleProsecutorId ?? principal.userId;
        if (!(await this.users.isActiveProsecutorOf(responsibleId, principal.officeId, tx))) {
          throw new ProblemException({
            status: HttpStatus.UNPROCESSABLE_ENTITY,
            title: 'The responsible prosecutor must be an active prosecutor of your office',
            code: 'VALIDATION_FAILED',
            errors: [{ field: 'responsibleProsecutorId', code: 'NOT_A_PROSECUTOR_OF_OFFICE', message: 'not an active prosecutor of your office' }],
          });
        }
        const kase = await this.cases.insert(tx, {
          number: dto.number,
          subject: dto.subject,
          addresseeName: dto.addresseeName,
          officeId: principal.officeId,
          officePath: principal.officePath,
          responsibleProsecutorId: responsibleId,
          ...application,
        });
        await this.audit.record(tx, caller, {
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
      // Numbers are unique per office (ADR 0008) and a case is opened in the caller's own office, so
      // the conflict names a case the caller may read: it tells nothing about any other office.
      if (isUniqueViolation(error, CASE_NUMBER_KEY)) {
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          title: `A case numbered ${dto.number} already exists in your office`,
          code: 'CASE_NUMBER_TAKEN',
          errors: [{ field: 'number', code: 'CASE_NUMBER_TAKEN', message: 'your office already uses this number' }],
        });
      }
      throw error;
    }
  }

  /** The application's columns, or the refusal of the edition in force today. */
  private intake(dto: CaseApplicationDto): Pick<CaseEntity, 'applicationReceivedAt' | 'applicantIdentified' | 'applicantName' | 'anonymousException' | 'intakeEditionId'> {
    const now = this.clock.now();
    const receivedAt = dto.receivedAt === undefined ? now : new Date(dto.receivedAt);
    if (receivedAt.getTime() > now.getTime()) {
      throw new ProblemException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        title: 'An application cannot arrive in the future',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'application.receivedAt', code: 'INVALID_IN_FUTURE', message: 'must not be in the future' }],
      });
    }
    const verdict = this.editions.judge(toLocalDate(now));
    if (!verdict.ok) throw refusalProblem(noEditionRefusal(verdict));
    const intake = { applicantIdentified: dto.applicantIdentified, applicantName: dto.applicantName ?? null, anonymousException: dto.anonymousException ?? null };
    const checked = checkApplicationIntake(intake, verdict.edition.id);
    if (!checked.ok) throw refusalProblem(checked.refusal);
    return { applicationReceivedAt: receivedAt, ...intake, intakeEditionId: verdict.edition.id };
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
