import { Clock } from '@app/config';
import { toLocalDate } from '@app/domain';
import { Transactions, UserAbsenceEntity, UserAbsencesRepository, UserRole, UsersRepository, UserWithOffice } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { conflict, invalidField } from '../admin/admin-problems';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { AbsenceView, CreateAbsenceDto, ListAbsencesQuery } from './dto/work.dto';

/** Policy, not statute: the longest absence one record covers (a longer one is recorded again). */
const MAX_ABSENCE_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * Absences and their deputies. Policy, not statute (the rule books say nothing of cover): while a
 * user is away, their reminders and breach notices go to the deputy as well (the engine reads the
 * absences when it sends), and the overdue list can show what waits on someone away. An absence is
 * recorded by an administrator or by a head (SUPERVISOR) of the user's office or of one above it;
 * the deputy is an active prosecutor or head of the same office.
 */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly absences: UserAbsencesRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(caller: Caller, dto: CreateAbsenceDto): Promise<AbsenceView> {
    const today = toLocalDate(this.clock.now());
    if (dto.endsOn < dto.startsOn) throw invalidField('endsOn', 'ENDS_BEFORE_START', 'endsOn must not be before startsOn');
    if (dto.endsOn < today) throw invalidField('endsOn', 'IN_THE_PAST', 'the absence has already ended');
    if (daysBetween(dto.startsOn, dto.endsOn) >= MAX_ABSENCE_DAYS) throw invalidField('endsOn', 'TOO_LONG', `one absence covers at most ${MAX_ABSENCE_DAYS} days`);
    const created = await this.transactions.run(async (tx) => {
      const user = await this.users.findWithOffice(dto.userId, tx);
      if (!user || !this.mayManage(caller, user)) throw notFound('User');
      const deputy = await this.users.findActiveWithOffice(dto.deputyId, tx);
      if (!deputy || deputy.id === user.id || deputy.officeId !== user.officeId || (deputy.role !== UserRole.PROSECUTOR && deputy.role !== UserRole.SUPERVISOR)) {
        throw invalidField('deputyId', 'NOT_ELIGIBLE_DEPUTY', 'must be another active prosecutor or head of the same office');
      }
      if (await this.absences.overlaps(tx, user.id, dto.startsOn, dto.endsOn)) {
        throw conflict('ABSENCE_OVERLAPS', 'Overlapping absence', 'The user already has an absence that overlaps these dates.');
      }
      const absence = await this.absences.insert(tx, {
        userId: user.id,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        deputyUserId: deputy.id,
        reason: dto.reason,
        createdBy: caller.principal.kind === 'user' ? caller.principal.userId : user.id,
      });
      const view = absenceView(absence, today);
      await this.audit.record(tx, caller, { action: 'absence.created', entityType: 'user_absence', entityId: absence.id, before: null, after: view });
      return view;
    });
    return created;
  }

  async get(caller: Caller, id: string): Promise<AbsenceView> {
    const absence = await this.absences.findById(id);
    const user = absence && (await this.users.findWithOffice(absence.userId));
    if (!absence || !user || !this.mayRead(caller, user)) throw notFound('Absence');
    return absenceView(absence, toLocalDate(this.clock.now()));
  }

  /** Absences of people within the caller's reach; by default only those not yet over. */
  async list(caller: Caller, query: ListAbsencesQuery): Promise<AbsenceView[]> {
    const today = toLocalDate(this.clock.now());
    const principal = caller.principal;
    if (principal.kind !== 'user') return [];
    const reach =
      principal.role === UserRole.ADMINISTRATOR
        ? 'everything'
        : principal.role === UserRole.SUPERVISOR
          ? { exact: [], subtrees: [principal.officePath] }
          : { exact: [principal.officePath], subtrees: [] };
    const absences = await this.absences.list({ reach, userId: query.userId, onOrAfter: query.current === false ? undefined : today });
    return absences.map((absence) => absenceView(absence, today));
  }

  async delete(caller: Caller, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const absence = await this.absences.findById(id, tx);
      const user = absence && (await this.users.findWithOffice(absence.userId, tx));
      if (!absence || !user || !this.mayManage(caller, user)) throw notFound('Absence');
      await this.absences.delete(tx, id);
      await this.audit.record(tx, caller, { action: 'absence.deleted', entityType: 'user_absence', entityId: id, before: absenceView(absence, toLocalDate(this.clock.now())), after: null });
    });
  }

  /** An administrator, or a head of the user's office or of one above it. */
  private mayManage(caller: Caller, user: UserWithOffice): boolean {
    const principal = caller.principal;
    if (principal.kind !== 'user') return false;
    if (principal.role === UserRole.ADMINISTRATOR) return true;
    return principal.role === UserRole.SUPERVISOR && user.office.path.startsWith(principal.officePath);
  }

  /** Those who manage it, and the prosecutors of the same office (who must know who covers for whom). */
  private mayRead(caller: Caller, user: UserWithOffice): boolean {
    const principal = caller.principal;
    return this.mayManage(caller, user) || (principal.kind === 'user' && principal.role === UserRole.PROSECUTOR && principal.officePath === user.office.path);
  }
}

function absenceView(absence: UserAbsenceEntity, today: string): AbsenceView {
  return {
    id: absence.id,
    userId: absence.userId,
    startsOn: absence.startsOn,
    endsOn: absence.endsOn,
    deputyId: absence.deputyUserId,
    reason: absence.reason,
    current: absence.startsOn <= today && today <= absence.endsOn,
    createdAt: absence.createdAt,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
