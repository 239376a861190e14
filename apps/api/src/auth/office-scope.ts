import { OfficeRelation } from '@app/domain';
import { UserRole } from '@app/persistence';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';
import { Principal } from './principal';

/**
 * Who reaches which office (arts. 9, 13-16): a prosecutor their own office; a supervisor their
 * office and every office below it; an integration the subtrees it was granted; an administrator
 * no case or act at all (administrators manage offices, users and the calendar).
 * Office paths are '/<gpo>/<region>/<district>/', so "below" is a prefix test.
 */
export function canReadOffice(principal: Principal, officePath: string): boolean {
  if (principal.kind === 'integration') return principal.officePaths.some((root) => officePath.startsWith(root));
  switch (principal.role) {
    case UserRole.PROSECUTOR:
      return officePath === principal.officePath;
    case UserRole.SUPERVISOR:
      return officePath.startsWith(principal.officePath);
    case UserRole.ADMINISTRATOR:
      return false;
  }
}

/** The office subtrees a caller may list (SQL: office_path LIKE root || '%'); exact paths for prosecutors. */
export function readableRoots(principal: Principal): { exact: string[]; subtrees: string[] } {
  if (principal.kind === 'integration') return { exact: [], subtrees: [...principal.officePaths] };
  switch (principal.role) {
    case UserRole.PROSECUTOR:
      return { exact: [principal.officePath], subtrees: [] };
    case UserRole.SUPERVISOR:
      return { exact: [], subtrees: [principal.officePath] };
    case UserRole.ADMINISTRATOR:
      return { exact: [], subtrees: [] };
  }
}

/** Where the caller's office stands relative to the act's office, for the domain's actor checks. */
export function officeRelation(callerPath: string, actPath: string): OfficeRelation {
  if (callerPath === actPath) return 'SAME_OFFICE';
  if (actPath.startsWith(callerPath)) return 'HIGHER_OFFICE';
  if (callerPath.startsWith(actPath)) return 'LOWER_OFFICE';
  return 'UNRELATED';
}

/** An object outside the caller's reach answers exactly like one that does not exist. */
export function notFound(what: string): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, title: `${what} not found`, code: 'NOT_FOUND' });
}
