import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { ifNoneMatchMatches, strongETag } from './etag';

/** Which requests the interceptor tags; the OpenAPI document describes the same ones. */
export function servesConditionalGet(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && path.startsWith('/api/v1/');
}

/**
 * Conditional GET for the JSON API: a strong ETag from the hash of the serialized body, and 304
 * with no body when If-None-Match names it. Saves the transfer, not the query — a poller of case
 * status or the change feed still costs one read. `private, no-cache`: the body depends on who
 * asks, so no shared cache may keep it and every use is revalidated.
 * Errors never reach `map` (they leave through the problem-details filter), so no problem
 * document is ever tagged. A handler that sets its own ETag (an act's version) keeps it.
 */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!servesConditionalGet(request.method, request.path)) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        if (!isJsonBody(body) || response.statusCode < 200 || response.statusCode >= 300) return body;
        const own = response.getHeader('ETag');
        // A hashed body is answered as the very text that was hashed: serialising it once, not twice
        // (a change-feed page of 100 items pays for every serialisation).
        const text = typeof own === 'string' ? null : JSON.stringify(body);
        const etag = typeof own === 'string' ? own : strongETag(text!);
        response.setHeader('ETag', etag);
        response.setHeader('Cache-Control', 'private, no-cache');
        if (ifNoneMatchMatches(request.header('if-none-match'), etag)) {
          response.status(304);
          return undefined;
        }
        if (text === null) return body;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        return text;
      }),
    );
  }
}

function isJsonBody(body: unknown): body is object {
  return typeof body === 'object' && body !== null && !(body instanceof StreamableFile) && !Buffer.isBuffer(body);
}
