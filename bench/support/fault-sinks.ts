// Where the worker's webhooks go during fault injection: a receiver that answers 204 to whatever
// arrives. A worker killed mid-POST leaves the request half-sent; the sink shrugs that off (the
// deliveries themselves are counted in PostgreSQL by the offline check, not here).
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface WebhookSink {
  readonly url: string;
  /** Requests that arrived whole. */
  received(): number;
  stop(): Promise<void>;
}

export async function startWebhookSink(): Promise<WebhookSink> {
  let received = 0;
  const server = createServer((request, response) => {
    request.on('error', () => undefined); // the sender died mid-request
    response.on('error', () => undefined);
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(204).end();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received: () => received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An SMTP server that accepts and discards every message. Unlike the embedded mail sink it
 * listens for 'error': a worker killed mid-message resets its connection, which SMTPServer
 * reports as an 'error' event — unheard, that would crash the process hosting the sink.
 */
export async function startDiscardingMailSink(): Promise<{ readonly url: string; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('error', () => undefined);
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
