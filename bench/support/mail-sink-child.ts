// A mail relay for the engine benchmarks, in its own process so its work is not the engine's:
// a real SMTP server on loopback that accepts every message and discards it. Without it the
// worker's e-mails would fail and retry, and the retries would be measured as engine load.
// Run as a child (`startMailSinkProcess`); it prints its port on stdout once listening.
import { ChildProcess, fork } from 'node:child_process';
import { SMTPServer } from 'smtp-server';

export interface MailSinkProcess {
  readonly smtpUrl: string;
  readonly child: ChildProcess;
}

export function startMailSinkProcess(): Promise<MailSinkProcess> {
  const child = fork(__filename, ['--serve'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the mail sink exited with ${code}`)));
    child.stdout!.once('data', (chunk: Buffer) => resolve({ smtpUrl: `smtp://127.0.0.1:${chunk.toString().trim()}`, child }));
  });
}

function serve(): void {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  server.on('error', () => undefined); // a worker killed mid-message resets its connection
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.server.address() as { port: number }).port}\n`));
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--serve')) serve();
