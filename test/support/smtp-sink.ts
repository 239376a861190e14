import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';

/** A message the sink accepted (250 after DATA). */
export interface AcceptedMail {
  readonly from: string;
  readonly to: string[];
  readonly messageId: string;
  readonly subject: string;
  readonly text: string;
}

/** What the sink does with the next message: accept, refuse with an SMTP code, or answer late. */
export interface SinkBehaviour {
  /** Refuse with this reply code (4xx temporary, 5xx permanent) instead of accepting. */
  readonly refuseWith?: number;
  /** Hold the answer to DATA this long. */
  readonly delayMs?: number;
}

/**
 * A real SMTP server in the test process (the smtp-server package), on a free loopback port,
 * without TLS or authentication. It records what it accepted and what was offered.
 */
export class SmtpSink {
  readonly accepted: AcceptedMail[] = [];
  /** Messages whose DATA arrived, accepted or not. */
  offered = 0;
  private behaviours: SinkBehaviour[] = [];
  private fallback: SinkBehaviour = {};

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => this.receive(stream, session.envelope, callback),
  });
  url = '';

  private constructor() {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    // A sender killed mid-message resets its connection; that must not crash the process hosting the sink.
    sink.server.on('error', () => undefined);
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    sink.url = `smtp://127.0.0.1:${(sink.server.server.address() as AddressInfo).port}`;
    return sink;
  }

  /** The next messages get these behaviours, one each, in order; after them every message gets `fallback`. */
  plan(behaviours: SinkBehaviour[], fallback: SinkBehaviour = {}): void {
    this.behaviours = [...behaviours];
    this.fallback = fallback;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(
    stream: SMTPServerDataStream,
    envelope: { mailFrom: false | { address: string }; rcptTo: Array<{ address: string }> },
    callback: (error?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      this.offered++;
      const behaviour = this.behaviours.shift() ?? this.fallback;
      const answer = () => {
        if (behaviour.refuseWith) {
          callback(Object.assign(new Error(`refused by the test sink (${behaviour.refuseWith})`), { responseCode: behaviour.refuseWith }));
          return;
        }
        this.accepted.push(parseMail(Buffer.concat(chunks).toString('utf8'), envelope));
        callback(null);
      };
      if (behaviour.delayMs) setTimeout(answer, behaviour.delayMs);
      else answer();
    });
  }
}

/** Just enough MIME for the notices: unfolded headers, RFC 2047 words, a quoted-printable or base64 text body. */
function parseMail(raw: string, envelope: { mailFrom: false | { address: string }; rcptTo: Array<{ address: string }> }): AcceptedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    to: envelope.rcptTo.map((recipient) => recipient.address),
    messageId: header('Message-ID'),
    subject: decodeWords(header('Subject')),
    text: text.replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
