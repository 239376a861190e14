// The API in this process on the bench database, on a free loopback port, with the rate limits
// raised far beyond what a bounded bench sends (the defaults would answer 429 after 3000 requests).
import { loadConfig } from '@app/config';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { ChangeCursors } from '../../apps/api/src/integrations/change-cursor';
import { createApiApp } from '../../apps/api/src/api.app';
import { generateApiKey } from '../../apps/api/src/auth/api-key';
import { webDistDir } from '../../apps/api/src/web/web-app';
import { BENCH_PASSWORD } from '../seed/fixture';
import { benchDatabaseUrl } from './bench-db';

const BENCH_RATE_LIMIT_MAX = 1_000_000;

export interface BenchApi {
  url: string;
  /** What the bench changed from the defaults, to print beside the figures. */
  settings: Record<string, string | number>;
  close(): Promise<void>;
}

/** The bench's API, which also encrypts change-feed cursors for it (they are opaque to clients). */
export interface BenchApiWithCursors extends BenchApi {
  encodeCursor(id: string): string;
  /** The Nest application itself, for baselines that call its services without HTTP. */
  app: INestApplication;
}

/** `web`: also serve the built web workspace (apps/web/dist) at /, for the browser benchmarks. */
export async function startApi(options: { web?: boolean } = {}): Promise<BenchApiWithCursors> {
  const settings = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn', // one info line per request would measure the terminal, not the API
    RATE_LIMIT_MAX: BENCH_RATE_LIMIT_MAX,
    RATE_LIMIT_LOGIN_MAX: BENCH_RATE_LIMIT_MAX, // the browser bench refreshes its session on every reload
    DATABASE_POOL_SIZE: 10,
    API_HOST: '127.0.0.1',
  };
  const config = loadConfig({
    ...Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, String(value)])),
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: 'pao-bench', // never the jobs of `npm start` or the tests
    JWT_SECRET: randomBytes(32).toString('hex'),
    API_PORT: '0',
  });
  const app: INestApplication = await createApiApp(config, undefined, options.web ? { webDist: webDistDir() } : {});
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const cursors = new ChangeCursors(config.JWT_SECRET);
  return { url: `http://127.0.0.1:${address.port}`, settings, close: () => app.close(), encodeCursor: (id) => cursors.encode(id), app };
}

export async function login(api: BenchApi, login: string): Promise<string> {
  const response = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${login}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** An integration client over the whole tree (the GPO), as the admin API would store it: only the key's hash. */
export async function createIntegrationKey(db: Client, scopes: readonly string[]): Promise<string> {
  const key = generateApiKey();
  await db.query(
    `INSERT INTO integration_clients (name, key_prefix, key_hash, scopes, office_ids)
     SELECT 'bench integration', $1, $2, $3::text[], ARRAY[id] FROM offices WHERE code = 'GPO'`,
    [key.prefix, key.hash, scopes],
  );
  return key.key;
}

/**
 * The ceiling of any Node HTTP endpoint on this machine: a bare `node:http` server in this process
 * (like the API) answering one fixed JSON body — no framework, no middleware, no database.
 */
export async function startBareHttp(body: string = JSON.stringify({ status: 'ok' })): Promise<Omit<BenchApi, 'settings'>> {
  const payload = Buffer.from(body);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length });
    response.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
