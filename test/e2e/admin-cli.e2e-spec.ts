import { AuditLogRepository, IntegrationClientsRepository, OfficesRepository, RefreshTokensRepository, Transactions, UsersRepository } from '@app/persistence';
import { AdminRepositories, CommandError, createAdmin, createIntegrationClient, resetPassword } from '../../tools/admin-cli/admin-commands';
import { ApiHarness } from '../support/api-harness';

/** `npm run admin`: the operator's commands for a production database, where no demo seed runs. */
describe('the admin CLI', () => {
  let api: ApiHarness;
  let repos: AdminRepositories;

  beforeAll(async () => {
    api = await ApiHarness.start();
    const app = api.app;
    repos = {
      transactions: app.get(Transactions),
      users: app.get(UsersRepository),
      offices: app.get(OfficesRepository),
      clients: app.get(IntegrationClientsRepository),
      refreshTokens: app.get(RefreshTokensRepository),
      audit: app.get(AuditLogRepository),
    };
  });
  afterAll(() => api?.stop());

  const login = (name: string, password: string) => api.http.post('/api/v1/auth/login').send({ login: name, password });

  it('create-admin makes an administrator who can sign in with the password shown once, audited as the operator', async () => {
    const created = await createAdmin(repos, { login: 'first.admin', office: 'GPO', fullName: 'Бірінші әкімші' });
    expect(created.generated).toBe(true);
    expect(created.password.length).toBeGreaterThanOrEqual(12);
    const signedIn = await login('first.admin', created.password).expect(200);
    const me = await api.http.get('/api/v1/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ login: 'first.admin', role: 'ADMINISTRATOR', office: { code: 'GPO' } });
    const [row] = await api.dataSource.query(`SELECT actor_role FROM audit_log WHERE entity_id = $1 AND action = 'user.created'`, [created.id]);
    expect(row).toEqual({ actor_role: 'OPERATOR_CLI' });
  });

  it('refuses a taken login, an unknown office and a short password, and writes nothing', async () => {
    await expect(createAdmin(repos, { login: 'admin', office: 'GPO', fullName: 'X' })).rejects.toThrow(CommandError);
    await expect(createAdmin(repos, { login: 'second.admin', office: 'NOPE', fullName: 'X' })).rejects.toThrow(/no office with code NOPE/);
    await expect(createAdmin(repos, { login: 'second.admin', office: 'GPO', fullName: 'X', password: 'short' })).rejects.toThrow(/at least 12/);
    expect(await api.dataSource.query(`SELECT 1 FROM users WHERE login = 'second.admin'`)).toEqual([]);
  });

  it('reset-password sets a new password and ends every session of the account', async () => {
    const old = await login('karaganda.head', 'demo-password-2709').expect(200);
    const reset = await resetPassword(repos, { login: 'karaganda.head', password: 'a-new-password-of-2026' });
    expect(reset.generated).toBe(false);
    expect((await api.http.get('/api/v1/me').set('Authorization', `Bearer ${old.body.accessToken}`)).status).toBe(401);
    expect((await api.http.post('/api/v1/auth/refresh').send({ refreshToken: old.body.refreshToken })).status).toBe(401);
    await login('karaganda.head', 'demo-password-2709').expect(401);
    await login('karaganda.head', 'a-new-password-of-2026').expect(200);
  });

  it('create-integration-client prints a key that works once, over the offices named', async () => {
    const client = await createIntegrationClient(repos, { name: 'e-Otinish', scopes: ['cases:read', 'changes:read'], offices: ['ALA'] });
    const me = await api.http.get('/api/v1/me').set('X-Api-Key', client.apiKey).expect(200);
    expect(me.body).toMatchObject({ kind: 'integration', name: 'e-Otinish', scopes: ['cases:read', 'changes:read'], offices: [expect.objectContaining({ code: 'ALA' })] });
    await expect(createIntegrationClient(repos, { name: 'x', scopes: ['everything'], offices: ['ALA'] })).rejects.toThrow(/scopes must be/);
  });
});
