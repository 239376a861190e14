// The database's own ceiling on this machine: pgbench select-only with prepared statements
// (`pgbench -S -M prepared`), in the bench database, at the same concurrency as the HTTP load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './load';

export interface PgbenchFigures {
  tps: number;
  p50Ms: number;
  p99Ms: number;
  transactions: number;
}

/** pgbench_* tables at scale 10 (1M accounts) beside the app's tables; created once, reused. */
export function initPgbench(url: string): void {
  const present = execFileSync('psql', [url, '-Atc', `SELECT to_regclass('pgbench_accounts') IS NOT NULL`], { encoding: 'utf8' }).trim();
  if (present !== 't') execFileSync('pgbench', ['-i', '-q', '-s', '10', url], { stdio: 'ignore' });
}

export function runPgbench(url: string, clients: number, seconds: number): PgbenchFigures {
  const dir = mkdtempSync(join(tmpdir(), 'pgbench-'));
  try {
    // -l writes one line per transaction (its latency in µs is the third field): the percentiles.
    const out = execFileSync('pgbench', ['-n', '-S', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-l', `--log-prefix=${join(dir, 'tx')}`, url], {
      encoding: 'utf8',
    });
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
    const latencies = readdirSync(dir).flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => Number(line.split(' ')[2]) / 1000),
    );
    return { tps, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), transactions: latencies.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
