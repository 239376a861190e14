import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { ProblemDetails } from './problem-details';

/**
 * Every error leaves the API as `application/problem+json` (RFC 9457) with a stable `code`.
 * Unexpected errors answer 500 with an `errorId` that is also in the log line, so a user's report
 * can be matched to the stack trace without leaking it.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) {
        return { ...(body as ProblemDetails), status: exception.getStatus(), instance: request.originalUrl };
      }
      const status = exception.getStatus();
      return {
        type: 'about:blank',
        title: exception.message,
        status,
        code: HttpStatus[status] ?? 'HTTP_ERROR',
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
