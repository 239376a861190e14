import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import pino, { DestinationStream, Level, Logger } from 'pino';
import pretty from 'pino-pretty';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The caller's own X-Request-Id, echoed under this name: it is theirs, never our id for the request. */
export const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The level of the one line logged per request (pino-http's default). */
const COMPLETION_LEVEL: Level = 'info';

type LoggedRequest = IncomingMessage & { id?: unknown; clientRequestId?: string | null; originalUrl?: string };
type LoggedResponse = ServerResponse & { err?: unknown };

/** The request being handled, for every line logged while it is (see `createRootLogger`'s mixin). */
const requestContext = new AsyncLocalStorage<{ readonly requestId: string; readonly clientRequestId: string | null }>();

/**
 * The process's pino logger, configured as pino-http configured its own (request, response and
 * error serializers; secrets redacted). The request id is added to each line by a mixin, read from
 * the request context, so a request costs no child logger: a child is serialised when it is
 * created, whether or not anything is ever logged through it.
 */
export function createRootLogger(level: string, destination?: DestinationStream, format: 'json' | 'pretty' = 'json'): Logger {
  const { req, res, err } = pino.stdSerializers;
  const options: pino.LoggerOptions = {
    level,
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
    serializers: { req, res, err },
    // Only called for lines that pass the level.
    mixin: () => {
      const context = requestContext.getStore();
      if (!context) return {};
      return context.clientRequestId === null ? { requestId: context.requestId } : { requestId: context.requestId, clientRequestId: context.clientRequestId };
    },
  };
  if (format === 'pretty') return pino(options, prettyStream(destination));
  return destination ? pino(options, destination) : pino(options);
}

/** Fields a person does not need on every line; a request's line says method, path, status and time instead. */
const PRETTY_IGNORED = 'pid,hostname,req,res,responseTime,requestId,clientRequestId,context,security';

/**
 * One readable line per entry (LOG_FORMAT=pretty, what `npm start` uses in a terminal):
 * `12:00:01.123 INFO: POST /api/v1/cases → 201 in 12 ms`, `… WARN: [Security] WRITE_DENIED …`.
 * Synchronous, in this thread: no transport worker to start or to lose lines at exit.
 */
function prettyStream(destination?: DestinationStream): DestinationStream {
  return pretty({
    colorize: destination === undefined && process.stdout.isTTY === true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: PRETTY_IGNORED,
    messageFormat: (log: Record<string, unknown>, messageKey: string) => {
      const req = log.req as { method?: string; url?: string } | undefined;
      const res = log.res as { statusCode?: number } | undefined;
      if (req && res) return `${req.method ?? ''} ${req.url ?? ''} → ${res.statusCode ?? '?'} in ${String(log.responseTime ?? '?')} ms${log.msg === 'request completed' ? '' : ` (${String(log.msg)})`}`;
      const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
      return `${context}${String(log[messageKey] ?? '')}`;
    },
    ...(destination ? { destination: destination as unknown as NodeJS.WritableStream } : {}),
  }) as unknown as DestinationStream;
}

/**
 * The caller's X-Request-Id when it is a sane token: kept beside ours (logs, audit rows) so a trace
 * crosses systems, but never used as our own id — a client could otherwise give two requests one
 * id, or make its rows look like another caller's.
 */
function clientRequestIdOf(request: LoggedRequest): string | null {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : null;
}

export interface RequestLoggingOptions {
  /** Requests answered without the completion line (their own lines still carry the id). */
  ignore?: (request: IncomingMessage) => boolean;
}

/**
 * What pino-http did for us, without its per-request cost (two child loggers, one of them with
 * the whole request serialised and redacted up front, and three listeners, on every request, even
 * with the level above info): gives each request its own id (`request.id`, a new UUID, echoed in
 * X-Request-Id; the caller's X-Request-Id is kept as `clientRequestId`, echoed in X-Client-Request-Id),
 * runs the rest of the request in a context whose lines carry `requestId`, and logs one line when
 * the response is over, in pino-http's format — `{requestId, req, res, responseTime}` with
 * "request completed" / "request aborted", or `{requestId, req, res, err, responseTime}` with
 * "request errored" for a 5xx or a failed response — serialised only then, and only when the level
 * lets it through.
 */
export function requestLogging(logger: Logger, options: RequestLoggingOptions = {}) {
  const ignore = options.ignore ?? (() => false);
  return (request: LoggedRequest, response: LoggedResponse, next: () => void): void => {
    const requestId = typeof request.id === 'string' ? request.id : randomUUID();
    const clientRequestId = request.clientRequestId !== undefined ? request.clientRequestId : clientRequestIdOf(request);
    request.id = requestId;
    request.clientRequestId = clientRequestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (clientRequestId !== null) response.setHeader(CLIENT_REQUEST_ID_HEADER, clientRequestId);
    if (logger.isLevelEnabled(COMPLETION_LEVEL) && !ignore(request)) logCompletion(logger, { requestId, ...(clientRequestId === null ? {} : { clientRequestId }) }, request, response);
    requestContext.run({ requestId, clientRequestId }, next);
  };
}

function logCompletion(logger: Logger, ids: { requestId: string; clientRequestId?: string }, request: LoggedRequest, response: LoggedResponse): void {
  const startedAt = Date.now();
  const done = (error?: unknown): void => {
    response.removeListener('close', done);
    response.removeListener('finish', done);
    response.removeListener('error', done);
    const responseTime = Date.now() - startedAt;
    if (error || response.err || response.statusCode >= 500) {
      const err = error || response.err || new Error(`failed with status code ${response.statusCode}`);
      logger[COMPLETION_LEVEL]({ ...ids, req: request, res: response, err, responseTime }, 'request errored');
      return;
    }
    const message = !request.readableAborted && response.writableEnded ? 'request completed' : 'request aborted';
    logger[COMPLETION_LEVEL]({ ...ids, req: request, res: response, responseTime }, message);
  };
  response.on('close', done);
  response.on('finish', done);
  response.on('error', done);
}
