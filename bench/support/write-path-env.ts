// Shared set-up of the write-path benchmarks (filing, lateness, recovery, memory): a dedicated
// bench database on DATABASE_URL's server, a unique BullMQ prefix on REDIS_URL's Redis (only its
// keys are ever deleted — the server may be shared), and the result file with machine info.
import { AppConfig, loadConfig } from '@app/config';
import { runMigrations, dataSourceOptions } from '@app/persistence';
import { seedDemoData } from '../../tools/demo-data/seed-demo';
import { createRedisClient } from '@app/queue';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { writeResult } from './results';

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Drops and recreates `name` on DATABASE_URL's server, migrates it and seeds the demo offices and users. */
export async function freshBenchDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  const dataSource = new DataSource(dataSourceOptions(url.toString(), 2));
  await dataSource.initialize();
  await seedDemoData(dataSource);
  await dataSource.destroy();
  return url.toString();
}

/** The app's validated config for the bench; `overrides` are environment variables. */
export function benchConfig(databaseUrl: string, queuePrefix: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: queuePrefix, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...overrides });
}

/** Deletes every key under `<prefix>:` and nothing else (SCAN + UNLINK). */
export async function deleteQueueKeys(prefix: string): Promise<number> {
  const redis = createRedisClient(REDIS_URL);
  await redis.connect();
  let cursor = '0';
  let deleted = 0;
  try {
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  /** value / baseline. */
  readonly ratio?: number;
  readonly goal?: string;
  readonly met?: boolean;
}

/** Prints the figures as a table and writes bench/results/<name>.json (figures, notes; writeResult adds machine and date). */
export function report(bench: string, figures: readonly Figure[], notes: Record<string, unknown> = {}): void {
  const row = (cells: string[]) => process.stdout.write(cells.map((cell, i) => (i === 0 ? cell.padEnd(46) : cell.padStart(12))).join(' ') + '\n');
  const num = (value: number | undefined) => (value === undefined ? '' : Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));
  process.stdout.write('\n');
  row(['figure', 'value', 'unit', 'baseline', 'ratio', 'met']);
  for (const f of figures) row([f.name, num(f.value), f.unit, num(f.baseline), f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`, f.met === undefined ? '' : `${f.met ? 'yes' : 'NO'} ${f.goal ?? ''}`]);
  // The machine is shared (other sessions run beside a benchmark): the load it ran under is part of the figure.
  const [oneMinute, fiveMinutes, fifteenMinutes] = loadavg().map((load) => Math.round(load * 100) / 100);
  writeResult(bench, { figures, notes: { ...notes, loadAverage: { oneMinute, fiveMinutes, fifteenMinutes } } });
}

/** The q-quantile (0..1) of an ascending-sorted list. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
