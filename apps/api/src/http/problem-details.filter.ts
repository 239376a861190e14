import { randomUUID } from 'node:crypto';
import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { HttpErrorCode } from './error-codes';
import { ProblemDetails, ProblemException } from './problem-details';
import { SecurityLog } from './security-log';

/** What Nest's ParseUUIDPipe says when a path parameter is not a UUID (it does not name the parameter). */
const PARSE_UUID_FAILED = /^Validation failed \(uuid( v ?\d)? is expected\)$/;
/** Codes for the framework's own HttpExceptions (an unknown route is Nest's NotFoundException). */
const FALLBACK_CODES: Partial<Record<number, HttpErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: HttpErrorCode.BAD_REQUEST,
  [HttpStatus.NOT_FOUND]: HttpErrorCode.NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: HttpErrorCode.METHOD_NOT_ALLOWED,
  [HttpStatus.PAYLOAD_TOO_LARGE]: HttpErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every error leaves the API as `application/problem+json` (RFC 9457) with a stable `code`.
 * Unexpected errors answer 500 with an `errorId` that is also in the log line, so a user's report
 * can be matched to the stack trace without leaking it.
 *
 * Status policy for bad input: 400 when the request cannot be read at all (malformed JSON, a path
 * that is not valid percent-encoding), 413 for a body over the limit, 415 for a body that is not
 * JSON, and 422 VALIDATION_FAILED with `errors[].field` when it can be read but a value is wrong —
 * body fields, query parameters and path parameters alike (an id that is not a UUID is a 422).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  /** `security`: where denied attempts (401/403 on writes, refused logins) are recorded. */
  constructor(private readonly security?: SecurityLog) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    this.security?.observe(request, problem.status, problem.code);
    if (exception instanceof ProblemException) for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) {
        return { ...(body as ProblemDetails), status: exception.getStatus(), instance: request.originalUrl };
      }
      const invalidIds = exception instanceof BadRequestException && PARSE_UUID_FAILED.test(exception.message) ? nonUuidPathParameters(request) : [];
      if (invalidIds.length) {
        return {
          type: 'about:blank',
          title: 'The request is invalid',
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          code: 'VALIDATION_FAILED',
          errors: invalidIds.map((field) => ({ field, code: 'INVALID_IS_UUID', message: `${field} must be a UUID` })),
          instance: request.originalUrl,
        };
      }
      const status = exception.getStatus();
      return {
        type: 'about:blank',
        title: exception.message,
        status,
        code: FALLBACK_CODES[status] ?? HttpErrorCode.HTTP_ERROR,
        instance: request.originalUrl,
      };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, 'unhandled error');
    return {
      type: 'about:blank',
      title: 'Internal server error',
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: `Quote error id ${errorId} when reporting this problem.`,
      errorId,
      instance: request.originalUrl,
    };
  }
}

/** The path parameters ParseUUIDPipe refused: every one whose value is not a UUID. */
function nonUuidPathParameters(request: Request): string[] {
  return Object.entries(request.params ?? {})
    .filter(([, value]) => typeof value === 'string' && !UUID.test(value))
    .map(([name]) => name);
}
