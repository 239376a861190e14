import { HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { HttpErrorCode } from '../http/error-codes';
import { ProblemException } from '../http/problem-details';

/** The same 422 document the global ValidationPipe answers, for one field only the service can check. */
export function invalidField(field: string, code: string, message: string): ProblemException {
  return new ProblemException({ status: 422, title: 'The request is invalid', code: 'VALIDATION_FAILED', errors: [{ field, code, message }] });
}

export function conflict(code: HttpErrorCode, title: string, detail: string): ProblemException {
  return new ProblemException({ status: HttpStatus.CONFLICT, title, code, detail });
}

/** A path parameter that must be a UUID: 422 naming it, instead of a database error. */
export function uuidParam(field = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => invalidField(field, 'INVALID_IS_UUID', `${field} must be a UUID`) });
}
