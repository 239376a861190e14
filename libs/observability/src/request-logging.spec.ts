import { EventEmitter } from 'node:events';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { Logger } from 'pino';
import { createRootLogger, requestLogging } from './request-logging';

type Line = Record<string, unknown>;

function memoryLogger(level: string): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  return { logger: createRootLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as Line) }), lines };
}

/** Just enough of node:http for the middleware and pino's serializers. */
function exchange(url: string, headers: Record<string, string> = {}) {
  const request = Object.assign(new EventEmitter(), {
    method: 'GET',
    url,
    originalUrl: url,
    headers,
    socket: { remoteAddress: '127.0.0.1', remotePort: 5000 },
    readableAborted: false,
  }) as unknown as IncomingMessage & { id?: unknown };
  const sent: Record<string, string> = {};
  const response = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headersSent: true,
    writableEnded: true,
    setHeader: (name: string, value: string) => void (sent[name.toLowerCase()] = value),
    getHeaders: () => ({ ...sent }),
  }) as unknown as ServerResponse;
  return { request, response, sent };
}

const run = (middleware: ReturnType<typeof requestLogging>, request: IncomingMessage, response: ServerResponse, inside: () => void = () => undefined) =>
  middleware(request, response, inside);

describe('requestLogging', () => {
  it('gives every request its own UUID, and keeps a sane X-Request-Id of the caller as the client request id', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const { logger } = memoryLogger('info');
    const middleware = requestLogging(logger);
    const given = exchange('/x', { 'x-request-id': 'trace-42' });
    run(middleware, given.request, given.response);
    expect(given.sent['x-request-id']).toMatch(uuid);
    expect(given.sent['x-client-request-id']).toBe('trace-42');
    expect(given.request).toMatchObject({ id: given.sent['x-request-id'], clientRequestId: 'trace-42' });
    const insane = exchange('/x', { 'x-request-id': 'not a token!' });
    run(middleware, insane.request, insane.response);
    expect(insane.sent['x-request-id']).toMatch(uuid);
    expect(insane.sent['x-client-request-id']).toBeUndefined();
  });

  it('puts the request id on every line logged while the request is handled, and only then', async () => {
    const { logger, lines } = memoryLogger('warn');
    const { request, response } = exchange('/x');
    (request as { id?: unknown }).id = 'r-1';
    await new Promise<void>((resolve) =>
      run(requestLogging(logger), request, response, () => {
        logger.warn({ context: 'Test' }, 'inside');
        // and in what the request starts asynchronously
        setImmediate(() => {
          logger.warn('later');
          resolve();
        });
      }),
    );
    logger.warn('outside');
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['inside', 'r-1'],
      ['later', 'r-1'],
      ['outside', undefined],
    ]);
    // the id first, as it was when it came from a child logger's bindings
    expect(Object.keys(lines[0])).toEqual(['level', 'time', 'pid', 'hostname', 'requestId', 'context', 'msg']);
  });

  it("logs one line when the response is over, in pino-http's format, secrets redacted", () => {
    const { logger, lines } = memoryLogger('info');
    const { request, response } = exchange('/api/v1/cases?limit=1', { 'x-request-id': 'r-2', authorization: 'Bearer secret', 'x-api-key': 'key' });
    (request as { id?: unknown }).id = 'r-2';
    run(requestLogging(logger), request, response);
    response.emit('finish');
    response.emit('close');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line)).toEqual(['level', 'time', 'pid', 'hostname', 'requestId', 'clientRequestId', 'req', 'res', 'responseTime', 'msg']);
    expect(line).toMatchObject({
      level: 30,
      requestId: 'r-2',
      req: {
        id: 'r-2',
        method: 'GET',
        url: '/api/v1/cases?limit=1',
        headers: { authorization: '[Redacted]', 'x-api-key': '[Redacted]', 'x-request-id': 'r-2' },
        remoteAddress: '127.0.0.1',
        remotePort: 5000,
      },
      res: { statusCode: 200, headers: { 'x-request-id': 'r-2', 'x-client-request-id': 'r-2' } },
      msg: 'request completed',
    });
  });

  it('logs a 5xx as "request errored" with an error, and a response cut short as "request aborted"', () => {
    const { logger, lines } = memoryLogger('info');
    const failed = exchange('/x');
    run(requestLogging(logger), failed.request, failed.response);
    failed.response.statusCode = 503;
    failed.response.emit('finish');
    const aborted = exchange('/x');
    run(requestLogging(logger), aborted.request, aborted.response);
    Object.assign(aborted.response, { writableEnded: false });
    aborted.response.emit('close');
    expect(lines.map((line) => line.msg)).toEqual(['request errored', 'request aborted']);
    expect(lines[0]).toMatchObject({ err: { type: 'Error', message: 'failed with status code 503' }, res: { statusCode: 503 } });
  });

  it('listens for nothing when the level drops the line, or for ignored requests', () => {
    const quiet = exchange('/x');
    run(requestLogging(memoryLogger('warn').logger), quiet.request, quiet.response);
    expect(quiet.response.listenerCount('finish')).toBe(0);
    const { logger, lines } = memoryLogger('info');
    const probe = exchange('/health/live');
    run(requestLogging(logger, { ignore: (request) => request.url === '/health/live' }), probe.request, probe.response);
    probe.response.emit('finish');
    expect(probe.response.listenerCount('finish')).toBe(0);
    expect(lines).toEqual([]);
  });

  it('writes one readable line per entry in the pretty format, a request as method, path, status and time', async () => {
    const written: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (written.push(chunk.toString()), done()) });
    const logger = createRootLogger('info', sink, 'pretty');
    const { request, response } = exchange('/api/v1/cases?limit=1', { authorization: 'Bearer secret' });
    run(requestLogging(logger), request, response);
    response.emit('finish');
    logger.warn({ context: 'Security', security: { event: 'WRITE_DENIED' } }, 'WRITE_DENIED FORBIDDEN POST /api/v1/cases');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = written.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: GET \/api\/v1\/cases\?limit=1 → 200 in \d+ ms$/);
    expect(lines[1]).toMatch(/WARN: \[Security\] WRITE_DENIED FORBIDDEN POST \/api\/v1\/cases$/);
    expect(written.join('')).not.toContain('secret');
  });
});
