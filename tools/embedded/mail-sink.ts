import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SMTPServer } from 'smtp-server';

export interface RunningMailSink {
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded default's mail server: a real SMTP server on loopback that accepts every message
 * and stores it as an .eml file in `dir`, so the reminders and breach notices the worker e-mails
 * can be read without any mail infrastructure.
 */
export async function startMailSink(options: { dir: string; port: number }): Promise<RunningMailSink> {
  mkdirSync(options.dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      counter += 1;
      const file = join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${counter}.eml`);
      pipeline(stream, createWriteStream(file)).then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      // A worker killed mid-message resets its connection (ECONNRESET): not a reason to stop the stack.
      server.on('error', () => undefined);
      resolve();
    });
  });
  return {
    url: `smtp://127.0.0.1:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
