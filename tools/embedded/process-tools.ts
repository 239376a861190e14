import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 100 ms; throws with `what` in the message when `timeoutMs` runs out. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** The pid in the first line of a server's pid file, when the file exists and names a live process. */
export function livePidFromFile(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/**
 * Stops a server left running by a crashed launcher (kill -9 of node leaves postgres and redis
 * alive): ask politely, then insist.
 */
export async function stopLeftover(pid: number, politeSignal: NodeJS.Signals, log: (line: string) => void): Promise<void> {
  log(`stopping a leftover server (pid ${pid}) from an earlier run`);
  process.kill(pid, politeSignal);
  try {
    await waitFor(`pid ${pid} to exit`, () => !isAlive(pid), 15000);
  } catch {
    process.kill(pid, 'SIGKILL');
    await waitFor(`pid ${pid} to exit after SIGKILL`, () => !isAlive(pid), 5000);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
