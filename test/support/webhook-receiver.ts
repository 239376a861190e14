import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One POST the receiver got, and what it made of it. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly event: string;
  readonly timestamp: string;
  readonly body: string;
  /** Both signatures hold: the original X-Webhook-Signature and Standard Webhooks' webhook-signature. */
  readonly signatureValid: boolean;
  /** The status it answered. */
  readonly status: number;
}

/** A status, or a status sent only after a pause (to outlast the sender's timeout). */
export type Answer = number | { readonly status: number; readonly afterMs: number };

/**
 * A real HTTP receiver (node:http) on a free loopback port, written as an integration should:
 * it checks the original HMAC signature itself, and the Standard Webhooks one with that spec's
 * reference library (which also refuses a timestamp older than 5 minutes), and deduplicates by X-Webhook-Id, so `accepted` holds each
 * delivery once however often it arrives. `answer` decides the status of the n-th request.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Delivery ids answered 2xx with a valid signature, each once. */
  readonly accepted = new Set<string>();
  secret = '';
  answer: (requestNumber: number) => Answer = () => 200;

  private readonly server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const { status, afterMs } = this.receive(request, body);
      setTimeout(() => response.writeHead(status).end(), afterMs);
    });
  });
  url = '';

  private constructor() {}

  static async start(path = '/hooks/prosecutor-acts'): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}${path}`;
    return receiver;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Decides and records the answer when the request arrives (what the receiver commits to, even if the sender stops listening). */
  private receive(request: IncomingMessage, body: string): { status: number; afterMs: number } {
    const header = (name: string) => String(request.headers[name] ?? '');
    const timestamp = header('x-webhook-timestamp');
    const signatureValid = verify(this.secret, timestamp, body, header('x-webhook-signature')) && verifyStandard(this.secret, body, request.headers);
    const planned = this.answer(this.received.length + 1);
    const { status: wanted, afterMs } = typeof planned === 'number' ? { status: planned, afterMs: 0 } : planned;
    const status = signatureValid ? wanted : 401;
    const id = header('x-webhook-id');
    this.received.push({ id, event: header('x-webhook-event'), timestamp, body, signatureValid, status });
    if (status >= 200 && status < 300) this.accepted.add(id);
    return { status, afterMs };
  }
}

function verify(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && given.length === expected.length && timingSafeEqual(given, expected);
}

/** What a receiver using the Standard Webhooks reference library does: it checks the id, timestamp and signature. */
function verifyStandard(secret: string, body: string, headers: IncomingMessage['headers']): boolean {
  try {
    new Webhook(secret).verify(body, { 'webhook-id': String(headers['webhook-id']), 'webhook-timestamp': String(headers['webhook-timestamp']), 'webhook-signature': String(headers['webhook-signature']) });
    return true;
  } catch {
    return false;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
