import { HttpException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_ERROR_CODES, ApiErrorCode } from './error-codes';

/** One field the caller got wrong. */
export class FieldError {
  @ApiProperty({ description: 'The field at fault: a body path (`payload.receivedAt`), a query or path parameter, or a header', example: 'termDays' })
  field: string;

  @ApiProperty({
    description: 'Why: UNKNOWN_FIELD, INVALID_<CONSTRAINT> (e.g. INVALID_IS_UUID, INVALID_MIN), or one of the problem codes',
    example: 'TERM_BELOW_STATUTORY_MINIMUM',
  })
  code: string;

  @ApiProperty({ example: 'termDays must not be less than 10 calendar days (art. 19.3)' })
  message: string;
}

/**
 * RFC 9457 problem details plus our machine-readable `code` and, for statute refusals, the article.
 * Every error the API answers is one of these, as `application/problem+json`.
 */
export class ProblemDetails {
  @ApiProperty({ description: 'A URI naming the problem type; about:blank — `code` is the type', example: 'about:blank' })
  type: string;

  @ApiProperty({ description: 'A short, human-readable summary', example: 'The request is invalid' })
  title: string;

  @ApiProperty({ description: 'The HTTP status, repeated', example: 422 })
  status: number;

  @ApiProperty({ enum: API_ERROR_CODES, enumName: 'ProblemCode', description: 'Stable and machine-readable: switch on it' })
  code: ApiErrorCode;

  @ApiPropertyOptional({ description: 'What happened in this case, for a person' })
  detail?: string;

  @ApiPropertyOptional({ description: 'The path and query of the request that failed', example: '/api/v1/acts/protests' })
  instance?: string;

  @ApiPropertyOptional({ description: 'The article of the statute the request violated', example: 'art. 19.3' })
  article?: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Every field at fault' })
  errors?: FieldError[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only on 500: quote it when reporting the problem; the server log has the same id' })
  errorId?: string;

  @ApiPropertyOptional({ description: 'A refused transition: the state the act is in', example: 'DELIVERED' })
  state?: string;

  @ApiPropertyOptional({ description: 'A refused transition: the event that was asked for', example: 'REFER_TO_COURT' })
  event?: string;
}

/**
 * Throw this to answer with a problem document; the global filter passes it through as is, with
 * `headers` (e.g. Retry-After) set on the answer.
 */
export class ProblemException extends HttpException {
  constructor(
    problem: Omit<ProblemDetails, 'type'> & { type?: string },
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super({ type: 'about:blank', ...problem }, problem.status);
  }
}
