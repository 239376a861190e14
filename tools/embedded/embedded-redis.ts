import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { isAlive, livePidFromFile, stopLeftover, waitFor } from './process-tools';

export interface EmbeddedRedisOptions {
  dataDir: string;
  port: number;
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
 */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<RunningRedis> {
  const { dataDir, port, persistent, log } = options;
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'redis.pid');
  const leftover = livePidFromFile(pidFile);
  if (leftover) await stopLeftover(leftover, 'SIGTERM', log);

  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--pidfile', pidFile,
    '--maxmemory-policy', 'noeviction', '--save', '',
    '--appendonly', persistent ? 'yes' : 'no', '--daemonize', 'no', '--loglevel', 'warning',
  ];
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => log(`redis: ${chunk.toString().trim()}`));
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(`redis-server on port ${port}`, () => ping(url), 15000);

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
