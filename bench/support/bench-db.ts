// The benchmarks' own database on DATABASE_URL's server: never the one `npm start` or the tests use.
import { loadDatabaseUrl } from '@app/config';
import { Client } from 'pg';

export const BENCH_DATABASE = 'pao_bench';

/** DATABASE_URL with its database name replaced (the server, user and password stay). */
export function benchDatabaseUrl(name = BENCH_DATABASE): string {
  const url = new URL(loadDatabaseUrl(process.env));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and recreates the bench database: audit_log refuses TRUNCATE, so a fresh seed starts from a new database. */
export async function recreateDatabase(name = BENCH_DATABASE): Promise<void> {
  const admin = new Client({ connectionString: loadDatabaseUrl(process.env) });
  await admin.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await admin.end();
  }
}

export async function connect(url = benchDatabaseUrl()): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
