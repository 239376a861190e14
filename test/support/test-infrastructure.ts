import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../../tools/embedded/embedded-postgres';
import { redisServerOnPath, startEmbeddedRedis } from '../../tools/embedded/embedded-redis';
import { freePort } from '../../tools/embedded/process-tools';

export interface TestInfrastructure {
  /** A URL whose database part is replaced per test file. */
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

const log = (line: string) => process.stderr.write(`[test-infra] ${line}\n`);

/**
 * The PostgreSQL and Redis the suites run against: DATABASE_URL / REDIS_URL when given (CI and
 * developers with local servers), otherwise real servers started here — PostgreSQL from the
 * embedded-postgres binaries, Redis from the machine's redis-server.
 */
export async function startTestInfrastructure(): Promise<TestInfrastructure> {
  const stops: Array<() => Promise<void>> = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const port = await freePort();
    log(`DATABASE_URL not set: starting embedded PostgreSQL on port ${port}`);
    const pg = await startEmbeddedPostgres({ dataDir: join(__dirname, '..', '..', '.data', 'test-postgres'), port, database: 'postgres', log });
    databaseUrl = pg.url;
    stops.push(pg.stop);
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    if (!redisServerOnPath()) {
      throw new Error('REDIS_URL is not set and no redis-server is on the PATH: install redis-server (apt-get install redis-server) or set REDIS_URL');
    }
    const port = await freePort();
    log(`REDIS_URL not set: starting redis-server on port ${port}`);
    const redis = await startEmbeddedRedis({ dataDir: join(__dirname, '..', '..', '.data', 'test-redis'), port, persistent: false, log });
    redisUrl = redis.url;
    stops.push(redis.stop);
  }
  return {
    databaseUrl,
    redisUrl,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export { ensureDatabase };
