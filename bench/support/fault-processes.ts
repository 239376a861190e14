// The API and the worker as separate OS processes, so fault injection can kill them with SIGKILL
// (a crash leaves no chance to clean up) and start them again on the same port. Used by
// bench/faults.bench.ts (built code, dist/) and test/e2e/fault-injection.e2e-spec.ts (TypeScript
// sources through test/support/ts-register.js): the caller says how node runs the entry point.
import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export type AppName = 'api' | 'worker';

export interface AppProcessOptions {
  readonly app: AppName;
  /** node's arguments: e.g. ['dist/apps/worker/src/main.js'] or ['-r', register, 'apps/worker/src/main.ts']. */
  readonly nodeArgs: readonly string[];
  /** The app's environment (libs/config); the port variable is set here. */
  readonly env: Record<string, string>;
  readonly cwd: string;
  /** Where its health endpoint listens (API_PORT or WORKER_HEALTH_PORT); kept across restarts. */
  readonly port: number;
}

const OUTPUT_LINES_KEPT = 40;

/**
 * One app process. It is started with an IPC channel, so the app's shutdown hook
 * (installShutdownDeadline) ends it should this process die first — no orphan keeps a port.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** The last lines it wrote, for the message when it does not become ready. */
  private readonly output: string[] = [];
  /** How many times it was killed with SIGKILL. */
  kills = 0;

  constructor(private readonly options: AppProcessOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get healthUrl(): string {
    return `http://127.0.0.1:${this.options.port}/health/ready`;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.options.port}/api/v1`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and waits until /health/ready answers 200 (PostgreSQL, migrations, Redis up). */
  async start(readyTimeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error(`${this.options.app} is already running (pid ${this.pid})`);
    const portVariable = this.options.app === 'api' ? 'API_PORT' : 'WORKER_HEALTH_PORT';
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.options.env, [portVariable]: String(this.options.port) };
    const child = spawn(process.execPath, [...this.options.nodeArgs], { cwd: this.options.cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - OUTPUT_LINES_KEPT));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + readyTimeoutMs;
    while (!(await isReady(this.healthUrl))) {
      if (!this.running) throw new Error(`${this.options.app} exited before it was ready:\n${this.output.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`${this.options.app} not ready after ${readyTimeoutMs} ms:\n${this.output.join('\n')}`);
      await sleep(100);
    }
  }

  /** kill -9: no shutdown hook runs, in-flight transactions are cut off mid-way. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.kills += 1;
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM: the app's graceful shutdown), SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** The local ports of its TCP connections to `remotePort` (e.g. 6379: its Redis connections). Linux /proc only. */
  connectionsTo(remotePort: number): number[] {
    if (!this.pid) return [];
    return tcpConnectionsOf(this.pid, remotePort);
  }
}

async function isReady(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );
}

/**
 * Which local ports process `pid` uses for its connections to `remotePort`: its socket inodes
 * (/proc/<pid>/fd) matched against the TCP table of its network namespace (/proc/<pid>/net/tcp).
 */
export function tcpConnectionsOf(pid: number, remotePort: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]);
    } catch {
      // the descriptor closed while we read the directory
    }
  }
  const ports: number[] = [];
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || !inodes.has(fields[9])) continue;
      const port = (address: string) => Number.parseInt(address.split(':').at(-1)!, 16);
      if (port(fields[2]) === remotePort) ports.push(port(fields[1]));
    }
  }
  return ports;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
