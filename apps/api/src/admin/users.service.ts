import {
  isUniqueViolation,
  OfficesRepository,
  RefreshTokensRepository,
  Transactions,
  Tx,
  USER_LOGIN_KEY,
  UserChanges,
  UserRole,
  UsersRepository,
  UserWithOffice,
} from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { conflict, invalidField } from './admin-problems';
import { OwedDeliveries, WorkAllocation } from '../work/work-allocation.service';
import { CreateUserDto, DeactivateUserDto, ListUsersQuery, UpdateUserDto, UserView } from './dto/user.dto';

const BCRYPT_ROUNDS = 10;

const loginTaken = (login: string) => conflict('LOGIN_TAKEN', 'Login taken', `A user with login '${login}' exists.`);
const openWork = (acts: number) =>
  conflict('USER_HAS_OPEN_WORK', 'The user answers for open acts', `The user answers for ${acts} act(s) still in their life cycle: send reassignTo (and reason) to hand them over.`);
const selfLockout = () =>
  conflict('SELF_LOCKOUT', 'Not on your own account', 'An administrator cannot deactivate their own account or give up their own role; ask another administrator.');

/**
 * User accounts. Role, office and activity are re-read by AccessGuard on every request, so each
 * change here takes effect at the caller's next request; deactivation and a password reset also
 * revoke the user's refresh tokens (an access token already issued lives out its 15 minutes only
 * if the account stays active).
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly offices: OfficesRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly audit: AuditService,
    private readonly work: WorkAllocation,
  ) {}

  async list(query: ListUsersQuery): Promise<UserView[]> {
    const users = await this.users.list({ officeId: query.officeId, role: query.role, isActive: query.active });
    return users.map(userView);
  }

  async create(caller: Caller, body: CreateUserDto): Promise<UserView> {
    const passwordHash = await hash(body.password, BCRYPT_ROUNDS);
    try {
      return await this.transactions.run(async (tx) => {
        await this.requireOffice(tx, body.officeId);
        if (await this.users.loginTaken(body.login, tx)) throw loginTaken(body.login);
        const id = await this.users.insert(tx, {
          login: body.login,
          fullName: body.fullName,
          email: body.email ?? null,
          role: body.role,
          officeId: body.officeId,
          passwordHash,
        });
        const view = userView(await this.users.withOffice(id, tx));
        await this.audit.record(tx, caller, { action: 'user.created', entityType: 'user', entityId: view.id, before: null, after: view });
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error, USER_LOGIN_KEY)) throw loginTaken(body.login);
      throw error;
    }
  }

  async update(caller: Caller, id: string, body: UpdateUserDto): Promise<UserView> {
    if (body.role !== undefined && body.role !== UserRole.ADMINISTRATOR) this.refuseOwnAccount(caller, id);
    return this.change(caller, id, 'user.updated', async (tx) => {
      if (body.officeId !== undefined) await this.requireOffice(tx, body.officeId);
      return { role: body.role, officeId: body.officeId, fullName: body.fullName, email: body.email };
    });
  }

  /**
   * Deactivates the account. Nobody stops silently while they answer for open acts: that is refused
   * (USER_HAS_OPEN_WORK) unless `reassignTo` names who takes the work over — then the hand-over
   * commits with the deactivation, and the successor is notified once it has.
   */
  async deactivate(caller: Caller, id: string, body: DeactivateUserDto): Promise<UserView> {
    this.refuseOwnAccount(caller, id);
    let owed: OwedDeliveries | null = null;
    const view = await this.change(caller, id, 'user.deactivated', async (tx) => {
      if (body.reassignTo !== undefined) {
        owed = await this.work.handOver(tx, caller, id, body.reassignTo, body.reason ?? '', 'reassignTo');
      } else {
        const open = await this.work.openActsOf(id, tx);
        if (open > 0) throw openWork(open);
      }
      await this.endSessions(tx, id);
      return { isActive: false };
    });
    if (owed) await this.work.deliver(owed);
    return view;
  }

  reactivate(caller: Caller, id: string): Promise<UserView> {
    return this.change(caller, id, 'user.reactivated', async () => ({ isActive: true }));
  }

  async resetPassword(caller: Caller, id: string, password: string): Promise<void> {
    const passwordHash = await hash(password, BCRYPT_ROUNDS);
    await this.change(caller, id, 'user.password_reset', async (tx) => {
      await this.endSessions(tx, id);
      return { passwordHash };
    });
  }

  /** Every refresh token revoked and every access token ended (the token version rises; it never falls back). */
  private async endSessions(tx: Tx, id: string): Promise<void> {
    await this.refreshTokens.revokeAllOfUser(tx, id, new Date());
    await this.users.endAccessTokens(tx, id);
  }

  /**
   * Applies the columns `changesOf` returns (undefined ones stay) to one locked user row and audits
   * before and after (the views carry no password hash, so a reset shows as an audit row with equal views).
   */
  private change(caller: Caller, id: string, action: string, changesOf: (tx: Tx) => Promise<UserChanges>): Promise<UserView> {
    return this.transactions.run(async (tx) => {
      if (!(await this.users.lock(tx, id))) throw notFound('User');
      const before = userView(await this.users.withOffice(id, tx));
      await this.users.change(tx, id, await changesOf(tx));
      const after = userView(await this.users.withOffice(id, tx));
      await this.audit.record(tx, caller, { action, entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  private refuseOwnAccount(caller: Caller, id: string): void {
    if (caller.principal.kind === 'user' && caller.principal.userId === id) throw selfLockout();
  }

  private async requireOffice(tx: Tx, officeId: string): Promise<void> {
    if (!(await this.offices.exists(officeId, tx))) throw invalidField('officeId', 'OFFICE_NOT_FOUND', 'No office with this id.');
  }
}

function userView(user: UserWithOffice): UserView {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    officeId: user.officeId,
    officeCode: user.office.code,
    isActive: user.isActive,
    createdAt: user.createdAt,
  };
}
