import { randomBytes } from 'node:crypto';
import {
  AuditActor,
  AuditLogRepository,
  IntegrationClientsRepository,
  IntegrationScope,
  OfficeKind,
  OfficeLevel,
  OfficesRepository,
  RefreshTokensRepository,
  Transactions,
  UserRole,
  UsersRepository,
} from '@app/persistence';
import { hash } from 'bcryptjs';
import { generateApiKey } from '../../apps/api/src/auth/api-key';

/** What the audit log records as the actor of a command: an operator at the server's console. */
export const CLI_ACTOR: AuditActor = Object.freeze({ userId: null, clientId: null, role: 'OPERATOR_CLI', officeId: null, requestId: null });

/** The same cost as the API's (apps/api/src/admin/users.service.ts). */
const BCRYPT_ROUNDS = 10;
/** As the API requires of an administrator-set password (CreateUserDto). */
const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads only the first 72 bytes. */
const MAX_PASSWORD_BYTES = 72;

export class CommandError extends Error {}

export interface AdminRepositories {
  readonly transactions: Transactions;
  readonly users: UsersRepository;
  readonly offices: OfficesRepository;
  readonly clients: IntegrationClientsRepository;
  readonly refreshTokens: RefreshTokensRepository;
  readonly audit: AuditLogRepository;
}

/** The password to set: the one given (checked as the API checks it), or a new random one shown once. */
export function passwordOf(given: string | undefined): { password: string; generated: boolean } {
  if (given === undefined || given === '') return { password: randomBytes(18).toString('base64url'), generated: true };
  if (given.length < MIN_PASSWORD_LENGTH) throw new CommandError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (Buffer.byteLength(given, 'utf8') > MAX_PASSWORD_BYTES) throw new CommandError(`the password must fit in ${MAX_PASSWORD_BYTES} bytes (bcrypt reads no more)`);
  return { password: given, generated: false };
}

/** The root every other office is created under (by administrators, through the API). */
const GENERAL_PROSECUTORS_OFFICE = {
  level: OfficeLevel.GENERAL,
  kind: OfficeKind.GENERAL_PROSECUTORS_OFFICE,
  nameKk: 'Қазақстан Республикасының Бас прокуратурасы',
  nameRu: 'Генеральная прокуратура Республики Казахстан',
  nameEn: "General Prosecutor's Office of the Republic of Kazakhstan",
};

/**
 * The first administrator of a real database (the demo seed never runs there): an account of the
 * ADMINISTRATOR role in an existing office — or, on a database with no office at all, in the root
 * office (the General Prosecutor's Office) created with the given code. Audited as OPERATOR_CLI.
 */
export async function createAdmin(
  repos: AdminRepositories,
  input: { login: string; office: string; fullName: string; email?: string; password?: string },
): Promise<{ id: string; password: string; generated: boolean; createdRootOffice: boolean }> {
  const { password, generated } = passwordOf(input.password);
  const passwordHash = await hash(password, BCRYPT_ROUNDS);
  let createdRootOffice = false;
  const id = await repos.transactions.run(async (tx) => {
    let [office] = await repos.offices.findByCodes([input.office], tx);
    if (!office && !(await repos.offices.any(tx))) {
      office = await repos.offices.insertRoot(tx, { code: input.office, ...GENERAL_PROSECUTORS_OFFICE });
      createdRootOffice = true;
      await repos.audit.append(tx, CLI_ACTOR, { action: 'office.created', entityType: 'office', entityId: office.id, before: null, after: { id: office.id, code: office.code, level: office.level, kind: office.kind } });
    }
    if (!office) throw new CommandError(`no office with code ${input.office}`);
    if (await repos.users.loginTaken(input.login, tx)) throw new CommandError(`the login ${input.login} is taken`);
    const userId = await repos.users.insert(tx, { login: input.login, fullName: input.fullName, email: input.email ?? null, role: UserRole.ADMINISTRATOR, officeId: office.id, passwordHash });
    await repos.audit.append(tx, CLI_ACTOR, {
      action: 'user.created',
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { id: userId, login: input.login, fullName: input.fullName, email: input.email ?? null, role: UserRole.ADMINISTRATOR, officeId: office.id, isActive: true },
    });
    return userId;
  });
  return { id, password, generated, createdRootOffice };
}

/** A new password for an account; every session of it ends (refresh tokens revoked, access tokens ended). */
export async function resetPassword(repos: AdminRepositories, input: { login: string; password?: string }): Promise<{ id: string; password: string; generated: boolean }> {
  const { password, generated } = passwordOf(input.password);
  const passwordHash = await hash(password, BCRYPT_ROUNDS);
  const id = await repos.transactions.run(async (tx) => {
    const user = await repos.users.byLogin(input.login);
    if (!user) throw new CommandError(`no account with the login ${input.login}`);
    await repos.users.lock(tx, user.id);
    await repos.users.change(tx, user.id, { passwordHash });
    await repos.refreshTokens.revokeAllOfUser(tx, user.id, new Date());
    await repos.users.endAccessTokens(tx, user.id);
    await repos.audit.append(tx, CLI_ACTOR, { action: 'user.password_reset', entityType: 'user', entityId: user.id, before: null, after: null });
    return user.id;
  });
  return { id, password, generated };
}

/** An integration client over the subtrees of the given offices; its API key is shown once. */
export async function createIntegrationClient(repos: AdminRepositories, input: { name: string; scopes: string[]; offices: string[] }): Promise<{ id: string; apiKey: string }> {
  const known = Object.values(IntegrationScope) as string[];
  const unknown = input.scopes.filter((scope) => !known.includes(scope));
  if (input.scopes.length === 0 || unknown.length) throw new CommandError(`scopes must be some of ${known.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
  const { key, prefix, hash: keyHash } = generateApiKey();
  const id = await repos.transactions.run(async (tx) => {
    const offices = await repos.offices.findByCodes(input.offices, tx);
    const missing = input.offices.filter((code) => !offices.some((office) => office.code === code));
    if (input.offices.length === 0 || missing.length) throw new CommandError(`offices must be existing office codes${missing.length ? ` (no ${missing.join(', ')})` : ''}`);
    const client = await repos.clients.insert(tx, { name: input.name, keyPrefix: prefix, keyHash, scopes: input.scopes as IntegrationScope[], officeIds: offices.map((office) => office.id) });
    await repos.audit.append(tx, CLI_ACTOR, {
      action: 'integration_client.created',
      entityType: 'integration_client',
      entityId: client.id,
      before: null,
      after: { id: client.id, name: client.name, scopes: client.scopes, officeIds: client.officeIds, isActive: client.isActive },
    });
    return client.id;
  });
  return { id, apiKey: key };
}
