import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppConfigModule, exitOnConfigError, loadConfig, loadDotEnv } from '@app/config';
import { AuditLogRepository, IntegrationClientsRepository, OfficesRepository, PersistenceModule, RefreshTokensRepository, Transactions, UsersRepository } from '@app/persistence';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AdminRepositories, CommandError, createAdmin, createIntegrationClient, resetPassword } from './admin-commands';

const USAGE = `npm run admin -- <command> [options]     (DATABASE_URL from the environment or .env)

  create-admin --login <login> --office <code> --full-name <name> [--email <address>]
      The first administrator of a database the demo seed never touched (on an empty database the
      office is created as the root, the General Prosecutor's Office). The password is
      ADMIN_PASSWORD when set (12+ characters), else a random one printed once.
  reset-password --login <login>
      A new password (ADMIN_PASSWORD or a random one printed once); every session of the account ends.
  create-integration-client --name <name> --scopes <scope,…> --offices <code,…>
      An API key for another state system, printed once. Scopes: cases:read, changes:read, webhooks:read.
`;

/**
 * The operator's console for a production database, where `npm start` and its demo seed never
 * run: the first administrator, a password reset, an integration client. Everything goes through
 * the repositories, in one transaction each, with an audit row by OPERATOR_CLI.
 */
async function main(): Promise<void> {
  loadDotEnv(process.env, join(process.cwd(), '.env'));
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { login: { type: 'string' }, office: { type: 'string' }, 'full-name': { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' }, offices: { type: 'string' } },
    strict: true,
  });
  const need = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== 'string' || value.trim() === '') throw new CommandError(`--${name} is required`);
    return value.trim();
  };
  const list = (name: keyof typeof values) => need(name).split(',').map((item) => item.trim()).filter(Boolean);
  if (!command || !['create-admin', 'reset-password', 'create-integration-client'].includes(command)) throw new CommandError(command ? `unknown command ${command}` : 'no command');

  // Only PostgreSQL is needed: no Redis is asked for.
  const config = loadConfig({ ...process.env, QUEUE_BACKEND: 'postgres', RATE_LIMIT_STORE: 'memory', DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'warn' });
  @Module({ imports: [AppConfigModule.forRoot(config), PersistenceModule] })
  class AdminCliModule {}
  const app = await NestFactory.createApplicationContext(AdminCliModule, { logger: ['error'] });
  try {
    const repos: AdminRepositories = {
      transactions: app.get(Transactions),
      users: app.get(UsersRepository),
      offices: app.get(OfficesRepository),
      clients: app.get(IntegrationClientsRepository),
      refreshTokens: app.get(RefreshTokensRepository),
      audit: app.get(AuditLogRepository),
    };
    const password = process.env.ADMIN_PASSWORD;
    switch (command) {
      case 'create-admin': {
        const created = await createAdmin(repos, { login: need('login'), office: need('office'), fullName: need('full-name'), email: values.email, password });
        if (created.createdRootOffice) process.stdout.write(`the database had no office: created the root office ${need('office')} (the General Prosecutor's Office)\n`);
        print(`created administrator ${need('login')} (${created.id})`, created.generated ? created.password : null);
        break;
      }
      case 'reset-password': {
        const reset = await resetPassword(repos, { login: need('login'), password });
        print(`new password set for ${need('login')} (${reset.id}); every session of the account ended`, reset.generated ? reset.password : null);
        break;
      }
      case 'create-integration-client': {
        const client = await createIntegrationClient(repos, { name: need('name'), scopes: list('scopes'), offices: list('offices') });
        process.stdout.write(`created integration client ${need('name')} (${client.id})\n  API key (shown once, store it now): ${client.apiKey}\n`);
        break;
      }
    }
  } finally {
    await app.close();
  }
}

function print(line: string, generatedPassword: string | null): void {
  process.stdout.write(`${line}\n`);
  if (generatedPassword) process.stdout.write(`  password (shown once, hand it over and have it changed): ${generatedPassword}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof CommandError || (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`admin: ${error.message}\n\n${USAGE}`);
    process.exit(64); // EX_USAGE
  }
  exitOnConfigError(error);
});
