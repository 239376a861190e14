import { Client } from 'pg';
import { runMigrations } from '../../libs/persistence/src/migrations';
import { startTestInfrastructure, TestInfrastructure, withDatabase } from './test-infrastructure';

declare global {
  var __TEST_INFRASTRUCTURE__: TestInfrastructure | undefined;
}

/** Databases of runs older than this were left by a crashed run and are dropped. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Runs once per `npm test`: starts or finds PostgreSQL and Redis, applies the real migrations
 * once into a template database, and hands the test files (through the environment) what they
 * need to clone it. Every run has its own id, so concurrent runs never share a database or a
 * queue prefix.
 */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await startTestInfrastructure();
  globalThis.__TEST_INFRASTRUCTURE__ = infrastructure;

  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = `pao_tpl_${runId}`;
  const admin = new Client({ connectionString: infrastructure.databaseUrl });
  await admin.connect();
  try {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(infrastructure.databaseUrl, template));

  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DATABASE = template;
  process.env.TEST_DATABASE_URL = infrastructure.databaseUrl;
  process.env.TEST_REDIS_URL = infrastructure.redisUrl;
}

async function dropStaleDatabases(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^pao_(tpl|t)_'`);
  for (const { datname } of rows) {
    const runId = datname.split('_')[2];
    const startedAt = Number.parseInt(runId.slice(0, 8), 36);
    if (Number.isFinite(startedAt) && Date.now() - startedAt > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}
