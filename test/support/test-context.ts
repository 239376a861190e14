import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@app/config';
import { Client } from 'pg';
import { withDatabase } from './test-infrastructure';

export interface TestContext {
  /** Validated config pointing at this file's own database and queue prefix. */
  config: AppConfig;
  databaseUrl: string;
  /** Drops the database; call in afterAll once every connection is closed. */
  dispose(): Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: integration tests must run through jest's global setup (npm test)`);
  return value;
}

/**
 * Gives the calling test file a fresh database cloned from the migrated template (a file copy,
 * milliseconds) and a queue prefix of its own.
 */
export async function createTestContext(overrides: Record<string, string> = {}): Promise<TestContext> {
  const runId = requireEnv('TEST_RUN_ID');
  const serverUrl = requireEnv('TEST_DATABASE_URL');
  const suffix = randomBytes(4).toString('hex');
  const database = `pao_t_${runId}_${suffix}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${requireEnv('TEST_TEMPLATE_DATABASE')}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(serverUrl, database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: requireEnv('TEST_REDIS_URL'),
    QUEUE_PREFIX: `pao-t-${runId}-${suffix}`,
    LOG_LEVEL: 'silent',
    API_PORT: '0',
    WORKER_HEALTH_PORT: '0',
    SHUTDOWN_GRACE_MS: '2000',
    ...overrides,
  });
  return {
    config,
    databaseUrl,
    dispose: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
