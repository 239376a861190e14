import { OfficeEntity, RefreshTokenEntity, UserEntity, UserRole } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { conflict, invalidField, violatesUnique } from './admin-problems';
import { CreateUserDto, ListUsersQuery, UpdateUserDto, UserView } from './dto/user.dto';

const BCRYPT_ROUNDS = 10;

const loginTaken = (login: string) => conflict('LOGIN_TAKEN', 'Login taken', `A user with login '${login}' exists.`);
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
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListUsersQuery): Promise<UserView[]> {
    const where: FindOptionsWhere<UserEntity> = {};
    if (query.officeId) where.officeId = query.officeId;
    if (query.role) where.role = query.role;
    if (query.active !== undefined) where.isActive = query.active;
    const users = await this.dataSource.getRepository(UserEntity).find({ where, relations: { office: true }, order: { login: 'ASC' } });
    return users.map(userView);
  }

  async create(caller: Caller, body: CreateUserDto): Promise<UserView> {
    const passwordHash = await hash(body.password, BCRYPT_ROUNDS);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.requireOffice(manager, body.officeId);
        const users = manager.getRepository(UserEntity);
        if (await users.existsBy({ login: body.login })) throw loginTaken(body.login);
        const { identifiers } = await users.insert({
          login: body.login,
          fullName: body.fullName,
          email: body.email ?? null,
          role: body.role,
          officeId: body.officeId,
          passwordHash,
        });
        const view = await this.view(manager, identifiers[0].id as string);
        await this.audit.record(manager, caller, { action: 'user.created', entityType: 'user', entityId: view.id, before: null, after: view });
        return view;
      });
    } catch (error) {
      if (violatesUnique(error, 'users_login_key')) throw loginTaken(body.login);
      throw error;
    }
  }

  async update(caller: Caller, id: string, body: UpdateUserDto): Promise<UserView> {
    if (body.role !== undefined && body.role !== UserRole.ADMINISTRATOR) this.refuseOwnAccount(caller, id);
    return this.change(caller, id, 'user.updated', async (manager) => {
      if (body.officeId !== undefined) await this.requireOffice(manager, body.officeId);
      const changes: Partial<UserEntity> = { role: body.role, officeId: body.officeId, fullName: body.fullName, email: body.email };
      return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    });
  }

  async setActive(caller: Caller, id: string, isActive: boolean): Promise<UserView> {
    if (!isActive) this.refuseOwnAccount(caller, id);
    return this.change(caller, id, isActive ? 'user.reactivated' : 'user.deactivated', async (manager) => {
      if (!isActive) await this.revokeSessions(manager, id);
      return { isActive };
    });
  }

  async resetPassword(caller: Caller, id: string, password: string): Promise<void> {
    const passwordHash = await hash(password, BCRYPT_ROUNDS);
    await this.change(caller, id, 'user.password_reset', async (manager) => {
      await this.revokeSessions(manager, id);
      return { passwordHash };
    });
  }

  /**
   * Applies the columns `changesOf` returns to one locked user row and audits before and after
   * (the views carry no password hash, so a reset shows as an audit row with equal views).
   */
  private change(caller: Caller, id: string, action: string, changesOf: (manager: EntityManager) => Promise<Partial<UserEntity>>): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      if (!(await users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }))) throw notFound('User');
      const before = await this.view(manager, id);
      const changes = await changesOf(manager);
      if (Object.keys(changes).length > 0) await users.update({ id }, changes);
      const after = await this.view(manager, id);
      await this.audit.record(manager, caller, { action, entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  private refuseOwnAccount(caller: Caller, id: string): void {
    if (caller.principal.kind === 'user' && caller.principal.userId === id) throw selfLockout();
  }

  private async requireOffice(manager: EntityManager, officeId: string): Promise<void> {
    if (!(await manager.getRepository(OfficeEntity).existsBy({ id: officeId }))) throw invalidField('officeId', 'OFFICE_NOT_FOUND', 'No office with this id.');
  }

  private async revokeSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async view(manager: EntityManager, id: string): Promise<UserView> {
    return userView(await manager.getRepository(UserEntity).findOneOrFail({ where: { id }, relations: { office: true } }));
  }
}

function userView(user: UserEntity): UserView {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    officeId: user.officeId,
    officeCode: user.office!.code,
    isActive: user.isActive,
    createdAt: user.createdAt,
  };
}
