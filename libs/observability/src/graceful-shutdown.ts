import { INestApplication } from '@nestjs/common';

/**
 * On SIGTERM/SIGINT Nest closes the HTTP server (Node then finishes in-flight requests and drops
 * idle keep-alive sockets) and the BullMQ workers (which wait for active jobs). If that takes
 * longer than `graceMs`, the process exits anyway so an orchestrator is never stuck.
 */
export function installShutdownDeadline(app: INestApplication, graceMs: number, log: (line: string) => void): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal} received: finishing in-flight work (up to ${graceMs} ms)`);
      setTimeout(() => {
        log(`shutdown took longer than ${graceMs} ms: exiting`);
        process.exit(1);
      }, graceMs).unref();
    });
  }
  // Started by the dev-stack launcher over an IPC channel: if the launcher dies (even by kill -9)
  // the channel closes, and this process shuts down instead of lingering as an orphan on its port.
  if (process.connected) {
    process.once('disconnect', () => {
      log('launcher went away: shutting down');
      process.kill(process.pid, 'SIGTERM');
    });
  }
}
