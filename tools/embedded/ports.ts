import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isAlive } from './process-tools';

/**
 * Ports a launcher has chosen but whose servers may not listen yet (the apps bind seconds later):
 * one file per port naming the launcher's pid, so two `npm start`s begun together never choose
 * the same port. A claim of a launcher that is gone counts for nothing.
 */
const CLAIMS = join(tmpdir(), 'prosecutor-acts-dev-stack-ports');

function claimedByAnother(port: number): boolean {
  const file = join(CLAIMS, String(port));
  if (!existsSync(file)) return false;
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  return Number.isInteger(pid) && pid !== process.pid && isAlive(pid);
}

function claim(port: number): void {
  mkdirSync(CLAIMS, { recursive: true });
  writeFileSync(join(CLAIMS, String(port)), String(process.pid));
}

/** Gives back this launcher's claims (at stop). */
export function releasePortClaims(): void {
  if (!existsSync(CLAIMS)) return;
  for (const name of readdirSync(CLAIMS)) {
    const file = join(CLAIMS, name);
    if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
  }
}

/** Free for this launcher: nothing listens there and no other running launcher has chosen it. */
async function available(port: number): Promise<boolean> {
  return !claimedByAnother(port) && (await portIsFree(port));
}

/** Whether nothing listens on 127.0.0.1:port (and this process may listen there). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export interface ChosenPort {
  readonly port: number;
  /** How it was chosen, for the launcher's log line. */
  readonly how: 'set' | 'default' | 'free';
}

/**
 * The port for `name`: the one set in the environment — which must be free, or the start fails
 * naming the variable (never another server answering in its place) — else the default when it is
 * free, else any free port.
 */
export async function choosePort(name: string, env: NodeJS.ProcessEnv, fallback: number): Promise<ChosenPort> {
  const set = env[name];
  if (set !== undefined && set !== '') {
    const port = Number(set);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${set} is not a port number`);
    if (!(await available(port))) throw new Error(`${name}=${port} is taken by another process: choose another port, or unset ${name} to take a free one`);
    claim(port);
    return { port, how: 'set' };
  }
  if (await available(fallback)) {
    claim(fallback);
    return { port: fallback, how: 'default' };
  }
  for (;;) {
    const port = await freePort();
    if (claimedByAnother(port)) continue;
    claim(port);
    return { port, how: 'free' };
  }
}

export function describePort(name: string, chosen: ChosenPort, fallback: number): string {
  switch (chosen.how) {
    case 'set':
      return `${name}=${chosen.port} (set)`;
    case 'default':
      return `${name}=${chosen.port}`;
    case 'free':
      return `${name}=${chosen.port} (${fallback} was taken: a free port instead)`;
  }
}
