import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';

/** The act version an If-Match header names ("3", W/"3" or 3); 400 for anything else. */
export function parseIfMatch(header: string): number {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      title: 'If-Match must carry the act version, e.g. If-Match: "3"',
      code: 'INVALID_IF_MATCH',
      errors: [{ field: 'If-Match', code: 'INVALID_IF_MATCH', message: 'expected the act version' }],
    });
  }
  return Number(match[1]);
}

/** 409 when another change won the race inside the transaction, 412 when If-Match named an older version. */
export function versionConflict(status: HttpStatus.CONFLICT | HttpStatus.PRECONDITION_FAILED, currentVersion: number | null): ProblemException {
  return new ProblemException({
    status,
    title: 'The act changed since you read it; read it again and retry',
    code: status === HttpStatus.CONFLICT ? 'VERSION_CONFLICT' : 'PRECONDITION_FAILED',
    detail: currentVersion === null ? undefined : `The act is at version ${currentVersion}.`,
  });
}
