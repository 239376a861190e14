import { readableRoots } from '../auth/office-scope';
import { Principal } from '../auth/principal';

/**
 * SQL condition restricting `column` (an office_path) to what the caller may read, with its
 * parameters named by `prefix`. A caller who may read nothing gets a condition that is false.
 */
export function officeScopeCondition(principal: Principal, column: string, prefix = 'scope'): { sql: string; params: Record<string, unknown> } {
  const { exact, subtrees } = readableRoots(principal);
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (exact.length) {
    parts.push(`${column} IN (:...${prefix}Exact)`);
    params[`${prefix}Exact`] = exact;
  }
  subtrees.forEach((root, index) => {
    // office paths hold only uuids and slashes: no LIKE wildcard can appear in them
    parts.push(`${column} LIKE :${prefix}Tree${index}`);
    params[`${prefix}Tree${index}`] = `${root}%`;
  });
  return { sql: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
}

/** `column` (an office_path) within the subtree of the office whose id `placeholder` binds: the officeId filter of the lists. */
export function officeSubtreeSql(column: string, placeholder: string): string {
  return `${column} LIKE (SELECT path FROM offices WHERE id = ${placeholder}) || '%'`;
}
