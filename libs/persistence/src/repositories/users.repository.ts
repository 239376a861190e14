import type { Language } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { OfficeEntity } from '../entities/office.entity';
import { UserEntity, UserRole } from '../entities/user.entity';
import { Tx } from '../transactions';
import { OfficeReach, officeReachCondition } from './office-reach';

/** Someone a deadline's notice goes to: in-app always, by e-mail when an address is on file. */
export interface NoticeRecipient {
  readonly id: string;
  readonly email: string | null;
}

/** Who is to hear of a deadline: the prosecutor who answers for the act (and their deputy while they are away), an office's heads, or both. */
export interface RecipientQuery {
  /** The user who answers for the act: they hear of it, and so does the deputy of any absence of theirs that includes `on`. */
  readonly responsible?: string;
  /** The office whose heads (SUPERVISOR) hear of it. */
  readonly supervisorsOf?: string;
  /** The Almaty date the notice is sent on (absences are counted in whole local days). */
  readonly on: string;
}

/** The unique constraint on users.login: isUniqueViolation(error, USER_LOGIN_KEY) tells a concurrent duplicate. */
export const USER_LOGIN_KEY = 'users_login_key';

/** A user read with their office (role, office and path decide what they may see). */
export type UserWithOffice = UserEntity & { office: OfficeEntity };

/** What the administrators' list of users may be narrowed to (GET /api/v1/admin/users). */
export interface UserFilter {
  readonly officeId?: string;
  readonly role?: UserRole;
  readonly isActive?: boolean;
}

export type NewUser = Pick<UserEntity, 'login' | 'fullName' | 'email' | 'role' | 'officeId' | 'passwordHash'>;

/** The columns an administrator may change on an account; absent ones stay as they are. */
export type UserChanges = Partial<Pick<UserEntity, 'role' | 'officeId' | 'fullName' | 'email' | 'isActive' | 'passwordHash'>>;

/**
 * User accounts. Role, office and activity are re-read on every request (the access guard's
 * `activeWithOffice`), so a change written here takes effect at the user's next request.
 */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The users the filter admits, with their offices, by login. */
  list(filter: UserFilter, tx: Tx = this.dataSource.manager): Promise<UserWithOffice[]> {
    const where: FindOptionsWhere<UserEntity> = {};
    if (filter.officeId) where.officeId = filter.officeId;
    if (filter.role) where.role = filter.role;
    if (filter.isActive !== undefined) where.isActive = filter.isActive;
    return tx.find(UserEntity, { where, relations: { office: true }, order: { login: 'ASC' } }) as Promise<UserWithOffice[]>;
  }

  /** The people of the offices within a reach, by office and name: the directory prosecutors and heads pick colleagues from. */
  withinReach(reach: OfficeReach, filter: { readonly officeId?: string; readonly isActive?: boolean }, tx: Tx = this.dataSource.manager): Promise<UserWithOffice[]> {
    const scope = officeReachCondition(reach, 'o.path');
    const builder = tx.createQueryBuilder(UserEntity, 'u').innerJoinAndSelect('u.office', 'o').where(scope.sql, scope.params);
    if (filter.officeId) builder.andWhere('u.office_id = :officeId', { officeId: filter.officeId });
    if (filter.isActive !== undefined) builder.andWhere('u.is_active = :isActive', { isActive: filter.isActive });
    return builder.orderBy('o.code').addOrderBy('u.full_name').addOrderBy('u.id').getMany() as Promise<UserWithOffice[]>;
  }

  /** The active user with their office, or null: who a head may give work to, or name as a deputy. */
  findActiveWithOffice(id: string, tx: Tx = this.dataSource.manager): Promise<UserWithOffice | null> {
    return tx.findOne(UserEntity, { where: { id, isActive: true }, relations: { office: true } }) as Promise<UserWithOffice | null>;
  }

  /** The user with their office (active or not), or null. */
  findWithOffice(id: string, tx: Tx = this.dataSource.manager): Promise<UserWithOffice | null> {
    return tx.findOne(UserEntity, { where: { id }, relations: { office: true } }) as Promise<UserWithOffice | null>;
  }

  /** The user with their office; fails when there is no such user (callers know the id exists). */
  withOffice(id: string, tx: Tx = this.dataSource.manager): Promise<UserWithOffice> {
    return tx.findOneOrFail(UserEntity, { where: { id }, relations: { office: true } }) as Promise<UserWithOffice>;
  }

  /**
   * The account an access token speaks for, with its office, if it is still active — read on
   * every authenticated request. One statement: findOne() with a relation would first select
   * the distinct id, then the row.
   */
  activeWithOffice(id: string): Promise<UserWithOffice | null> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .innerJoinAndSelect('user.office', 'office')
      .where('user.id = :id AND user.isActive', { id })
      .getOne() as Promise<UserWithOffice | null>;
  }

  /** The active account with this login (to check a password against), or null. */
  activeByLogin(login: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { login, isActive: true });
  }

  /** The account with this login, active or not (a correct password for a deactivated one is told so), or null. */
  byLogin(login: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { login });
  }

  /** Whether the user is an active prosecutor or supervisor of the office (one who may answer for a case there). */
  isActiveProsecutorOf(id: string, officeId: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(UserEntity, { id, officeId, isActive: true, role: In([UserRole.PROSECUTOR, UserRole.SUPERVISOR]) });
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.dataSource.manager.update(UserEntity, { id }, { language });
  }

  /** Who hears of a deadline, in one round trip: the active users the query names, by id. */
  async noticeRecipients(whom: RecipientQuery, tx: Tx = this.dataSource.manager): Promise<NoticeRecipient[]> {
    return (await this.noticeRecipientsOfMany([whom], tx))[0];
  }

  /**
   * noticeRecipients for many queries in one round trip (the deadline engine's batches): the
   * answer for each query, in the order of `queries`.
   */
  async noticeRecipientsOfMany(queries: readonly RecipientQuery[], tx: Tx = this.dataSource.manager): Promise<NoticeRecipient[][]> {
    if (queries.length === 0) return [];
    const asked = queries.map((whom, n) => ({ n, responsible: whom.responsible ?? null, supervisors_of: whom.supervisorsOf ?? null, on: whom.on }));
    const rows: Array<{ n: number; id: string; email: string | null }> = await tx.query(
      `SELECT q.n, u.id, u.email
         FROM jsonb_to_recordset($1::jsonb) AS q(n int, responsible uuid, supervisors_of uuid, "on" date)
         JOIN users u ON u.is_active
          AND (u.id = q.responsible
               OR u.id IN (SELECT deputy_user_id FROM user_absences WHERE user_id = q.responsible AND q."on" BETWEEN starts_on AND ends_on)
               OR (u.office_id = q.supervisors_of AND u.role = $2))
        ORDER BY q.n, u.id`,
      [JSON.stringify(asked), UserRole.SUPERVISOR],
    );
    const answers: NoticeRecipient[][] = queries.map(() => []);
    for (const row of rows) answers[row.n].push({ id: row.id, email: row.email });
    return answers;
  }

  /**
   * Ends every access token of the user at once: the access guard compares each token's version
   * with this one. Inside the transaction that revokes (a password reset, a deactivation, a logout).
   */
  async endAccessTokens(tx: Tx, id: string): Promise<void> {
    await tx.increment(UserEntity, { id }, 'tokenVersion', 1);
  }

  /** The user's current token version, for signing a new access token; null when the account is inactive or gone. */
  async activeTokenVersion(id: string, tx: Tx = this.dataSource.manager): Promise<number | null> {
    const user = await tx.findOne(UserEntity, { select: { id: true, tokenVersion: true }, where: { id, isActive: true } });
    return user ? user.tokenVersion : null;
  }

  /** Whether the account exists and is active. */
  isActive(id: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(UserEntity, { id, isActive: true });
  }

  /** Whether an account already has this login (a friendly early answer; the constraint is the guard). */
  loginTaken(login: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(UserEntity, { login });
  }

  /** Creates an account and answers its id. A duplicate login fails on USER_LOGIN_KEY. */
  async insert(tx: Tx, user: NewUser): Promise<string> {
    const { identifiers } = await tx.insert(UserEntity, user);
    return identifiers[0].id as string;
  }

  /** Locks the account until the transaction ends (FOR UPDATE), so changes to it are audited in order; false when there is none. */
  async lock(tx: Tx, id: string): Promise<boolean> {
    return (await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })) !== null;
  }

  /** Writes the given columns (nothing when there are none). */
  async change(tx: Tx, id: string, changes: UserChanges): Promise<void> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as UserChanges;
    if (Object.keys(defined).length > 0) await tx.update(UserEntity, { id }, defined);
  }
}
