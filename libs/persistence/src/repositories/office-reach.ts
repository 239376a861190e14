/**
 * The offices a caller may read, as office paths ('/<gpo>/<region>/<district>/'): exact offices (a
 * prosecutor's own) and subtrees (a supervisor's office and everything below; an integration's
 * granted roots). The API decides it from the caller (arts. 9, 13–16); repositories only apply it.
 */
export interface OfficeReach {
  readonly exact: readonly string[];
  readonly subtrees: readonly string[];
}

/**
 * SQL restricting `column` (an office_path) to the reach, its parameters named by `prefix` (for a
 * TypeORM query builder). A reach with nothing in it gives a condition that is false.
 */
export function officeReachCondition(reach: OfficeReach, column: string, prefix = 'reach'): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (reach.exact.length) {
    parts.push(`${column} IN (:...${prefix}Exact)`);
    params[`${prefix}Exact`] = reach.exact;
  }
  reach.subtrees.forEach((root, index) => {
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
