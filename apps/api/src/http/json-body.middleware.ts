import { AppConfig } from '@app/config';
import { HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { ProblemException } from './problem-details';

/** The API reads JSON and nothing else. */
const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

/**
 * Deeper than any DTO goes (the calendar impact body is 4 levels): a body nested thousands deep
 * would overflow the stack of class-transformer and answer 500.
 */
export const MAX_JSON_DEPTH = 32;

/** What body-parser attaches to its errors (http-errors). */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string' && typeof (error as { status?: unknown }).status === 'number';
}

/** Uploads of files (POST …/acts/{id}/attachments, …/cases/{id}/attachments) are streamed by their handler, not read here. */
const UPLOAD_PATH = /^\/api\/v1\/(acts|cases)\/[^/]+\/attachments\/?$/;

export function isUploadRoute(method: string, path: string): boolean {
  return method === 'POST' && UPLOAD_PATH.test(path);
}

/** A body is announced by Transfer-Encoding or a non-zero Content-Length; `POST` with `Content-Length: 0` has none. */
function carriesBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function deeperThan(value: unknown, limit: number): boolean {
  // iterative: the point is to survive bodies too deep for recursion
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.node !== 'object' || next.node === null) continue;
    if (next.depth > limit) return true;
    for (const child of Object.values(next.node)) pending.push({ node: child, depth: next.depth + 1 });
  }
  return false;
}

const unsupportedMediaType = (detail: string) =>
  new ProblemException({ status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, title: 'Send the body as JSON', code: 'UNSUPPORTED_MEDIA_TYPE', detail });

/** body-parser's failures as problems; its messages (parser positions, byte counts) stay out of the answer. */
function problemFor(error: BodyParserError, limitBytes: number): ProblemException | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ProblemException({
        status: HttpStatus.BAD_REQUEST,
        title: 'The body is not valid JSON',
        code: 'MALFORMED_JSON',
        detail: 'The body must be one JSON object (RFC 8259).',
      });
    case 'entity.too.large':
      return new ProblemException({
        status: HttpStatus.PAYLOAD_TOO_LARGE,
        title: 'The body is too large',
        code: 'PAYLOAD_TOO_LARGE',
        detail: `The body may be at most ${limitBytes} bytes.`,
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return unsupportedMediaType('Send the body as UTF-8 JSON, uncompressed or with Content-Encoding gzip, deflate or br.');
    default:
      // a body that stopped short of its Content-Length, or a client that went away
      return error.status >= 400 && error.status < 500
        ? new ProblemException({ status: error.status, title: 'The body could not be read', code: 'UNREADABLE_BODY' })
        : null;
  }
}

/**
 * Reads JSON bodies, and refuses every other body with 415: a form-encoded body would otherwise
 * reach the DTOs as strings and pass for a request. Registered as Nest middleware (not app.use)
 * so it runs after the request-logging middleware: refused bodies are logged and answered with their X-Request-Id.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  private readonly limitBytes: number;
  private readonly parse: RequestHandler;

  constructor(config: AppConfig) {
    this.limitBytes = config.BODY_LIMIT_BYTES;
    this.parse = json({ limit: this.limitBytes, type: JSON_MEDIA_TYPES, strict: true });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (!carriesBody(request) || isUploadRoute(request.method, request.path)) return next();
    if (!request.is(JSON_MEDIA_TYPES)) {
      return next(unsupportedMediaType(`The body was sent as ${request.headers['content-type'] ?? 'no Content-Type'}; send Content-Type: application/json.`));
    }
    this.parse(request, response, (error?: unknown) => {
      if (error) return next(isBodyParserError(error) ? (problemFor(error, this.limitBytes) ?? error) : error);
      if (deeperThan(request.body, MAX_JSON_DEPTH)) {
        return next(
          new ProblemException({
            status: HttpStatus.BAD_REQUEST,
            title: 'The body is nested too deeply',
            code: 'BODY_TOO_DEEP',
            detail: `Objects and arrays may be nested at most ${MAX_JSON_DEPTH} levels deep.`,
          }),
        );
      }
      next();
    });
  }
}
