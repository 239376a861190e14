import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { isAlive, livePidFromFile, stopLeftover, waitFor } from './process-tools';

export interface EmbeddedRedisOptions {
  dataDir: string;
  port: number;
  /** The setting that chose the port, for the error when another server holds it. */
  portName?: string;
  /** Append-only persistence for the development stack; none for throw-away test servers. */
  persistent: boolean;
  log: (line: string) => void;
}

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

export function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts the machine's `redis-server` binary as a child process configured as BullMQ needs it
 * (noeviction: an evicted job key is a lost reminder). No npm package ships a Redis binary.
 *
 * In a process group of its own: Ctrl-C in the terminal reaches the launcher and the apps, not
 * Redis, which the launcher stops after the apps (they would otherwise log a stack trace for every
 * connection Redis dropped under them). And it must be this Redis that answers: when the port is
 * taken by another server, the start fails naming `portName` instead of using that one.
 */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<RunningRedis> {
  const { dataDir, port, persistent, log } = options;
  const portName = options.portName ?? 'the Redis port';
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'redis.pid');
  const leftover = livePidFromFile(pidFile);
  if (leftover) await stopLeftover(leftover, 'SIGTERM', log);

  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--pidfile', pidFile,
    '--maxmemory-policy', 'noeviction', '--save', '',
    '--appendonly', persistent ? 'yes' : 'no', '--daemonize', 'no', '--loglevel', 'warning',
  ];
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  child.stderr?.on('data', (chunk: Buffer) => log(`redis: ${chunk.toString().trim()}`));
  const url = `redis://127.0.0.1:${port}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  await waitFor(`redis-server on port ${port}`, async () => exited() || (await ping(url)), 15000);
  const answering = exited() ? null : await serverPid(url);
  if (answering !== child.pid) {
    if (!exited()) child.kill('SIGTERM');
    throw new Error(`${portName} ${port} is taken by another server${answering ? ` (a Redis, pid ${answering})` : ''}: choose another port, or unset ${portName} to take a free one`);
  }

  return {
    url,
    stop: async () => {
      if (child.pid && isAlive(child.pid)) {
        child.kill('SIGTERM');
        await waitFor('redis-server to exit', () => child.exitCode !== null || child.signalCode !== null, 10000);
      }
    },
  };
}

/** The pid of the Redis answering at `url` (INFO server), or null. */
async function serverPid(url: string): Promise<number | null> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const match = /process_id:(\d+)/.exec(await client.info('server'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
