import { IdempotencyKeysRepository } from '@app/persistence';
import { CallHandler, ExecutionContext, HttpStatus, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Request, Response } from 'express';
import { catchError, defer, mergeMap, Observable, of } from 'rxjs';
import { Principal, principalKey } from '../auth/principal';
import { ProblemException } from '../http/problem-details';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const VALID_KEY = /^[\x20-\x7e]{1,200}$/;

const invalidKey = () =>
  new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The request is invalid',
    code: 'VALIDATION_FAILED',
    errors: [{ field: IDEMPOTENCY_KEY_HEADER, code: 'INVALID_IDEMPOTENCY_KEY', message: 'Idempotency-Key must be 1-200 printable ASCII characters' }],
  });
const keyReused = () =>
  new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'This Idempotency-Key was used for another request',
    code: 'IDEMPOTENCY_KEY_REUSED',
    detail: 'A retry must repeat the method, path and body of the first request exactly; use a new key for a new request.',
  });
const inProgress = (abandoned: boolean) =>
  new ProblemException({
    status: HttpStatus.CONFLICT,
    title: 'A request with this Idempotency-Key has not finished',
    code: 'IDEMPOTENCY_REQUEST_IN_PROGRESS',
    detail: abandoned
      ? 'The earlier request stopped without recording its outcome: check whether its effect exists before sending it again with a new key.'
      : 'Retry once the earlier request has answered.',
  });

/** Which requests honour Idempotency-Key (an authenticated caller's); the OpenAPI document describes the same ones. */
export function acceptsIdempotencyKey(method: string, path: string): boolean {
  return method === 'POST' && path.startsWith('/api/v1/');
}

/** The headers a replay repeats: they describe what the first request made, not this answer. */
const REPLAYED_RESPONSE_HEADERS = ['Location', 'ETag'];

function replayedHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_RESPONSE_HEADERS) {
    const value = response.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

type Start = { replay: true; body: unknown } | { replay: false };

/**
 * Idempotency-Key on POST under /api/v1 (authenticated routes only; login is not covered).
 * The first request claims (principal, key) with its fingerprint, runs, and stores its status and
 * body; a retry with the same fingerprint gets that response replayed without running the handler;
 * the same key with another request is refused; a failed request frees its key.
 *
 * The window: the handler commits its own transaction, then `complete` stores the response in a
 * second statement, right after. A process that dies between the two (or an UPDATE that fails)
 * leaves the key claimed with no response: retries answer 409 (never a second execution), and
 * once the key is older than any request runs, the 409 says the outcome is unknown. The window is
 * one single-row UPDATE by primary key; closing it would need the response stored inside the
 * handler's transaction.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(private readonly keys: IdempotencyKeysRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    if (!acceptsIdempotencyKey(request.method, request.path) || !request.principal || key === undefined) return next.handle();
    if (!VALID_KEY.test(key)) throw invalidKey();
    const principal = principalKey(request.principal);
    const fingerprint = requestFingerprint(request.method, request.originalUrl, request.body);
    return defer(() => this.start(principal, key, fingerprint, response)).pipe(
      // A stored null was a response without a body: undefined makes Nest send it empty again.
      mergeMap((start) => (start.replay ? of(start.body ?? undefined) : this.run(next, response, principal, key))),
    );
  }

  private async start(principal: string, key: string, fingerprint: string, response: Response): Promise<Start> {
    // Two rounds: a key released by a failed request between our claim and our read is claimed again.
    for (let round = 0; round < 2; round += 1) {
      if (await this.keys.claim(principal, key, fingerprint)) return { replay: false };
      const held = await this.keys.find(principal, key);
      if (!held) continue;
      if (held.fingerprint !== fingerprint) throw keyReused();
      if (held.responseStatus === null) throw inProgress(held.abandoned);
      response.status(held.responseStatus);
      for (const [name, value] of Object.entries(held.responseHeaders)) response.setHeader(name, value);
      response.setHeader(REPLAYED_HEADER, 'true');
      return { replay: true, body: held.responseBody };
    }
    throw inProgress(false);
  }

  private run(next: CallHandler, response: Response, principal: string, key: string): Observable<unknown> {
    return next.handle().pipe(
      // Only the handler's failures free the key: if storing the response fails, the effect has
      // happened and a retry must not run it again.
      catchError((error: unknown) =>
        defer(async () => {
          await this.releaseQuietly(principal, key);
          throw error;
        }),
      ),
      mergeMap(async (body: unknown) => {
        if (response.statusCode >= 400) await this.releaseQuietly(principal, key);
        else await this.keys.complete(principal, key, response.statusCode, body, replayedHeaders(response));
        return body;
      }),
    );
  }

  private async releaseQuietly(principal: string, key: string): Promise<void> {
    try {
      await this.keys.release(principal, key);
    } catch (error) {
      this.logger.error({ err: error, principal }, 'could not release an idempotency key after a failed request');
    }
  }
}
