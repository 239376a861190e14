import { HttpStatus } from '@nestjs/common';
import { FieldError, ProblemException } from '../http/problem-details';

/** The same 422 document the global ValidationPipe answers, for checks only the service can make. */
export function invalidFields(errors: FieldError[]): ProblemException {
  return new ProblemException({ status: 422, title: 'The request is invalid', code: 'VALIDATION_FAILED', errors });
}

export function calendarEntryNotFound(id: string): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, title: 'Calendar entry not found', code: 'NOT_FOUND', detail: `No calendar entry '${id}'.` });
}

export function calendarEntryExists(id: string): ProblemException {
  return new ProblemException({ status: HttpStatus.CONFLICT, title: 'Calendar entry exists', code: 'CALENDAR_ENTRY_EXISTS', detail: `A calendar entry '${id}' already exists.` });
}

/** The entries would not make a calendar (two holidays on one day, a transfer onto a holiday, …). */
export function calendarInconsistent(detail: string): ProblemException {
  return new ProblemException({ status: 422, title: 'The calendar would be inconsistent', code: 'CALENDAR_INCONSISTENT', detail });
}
