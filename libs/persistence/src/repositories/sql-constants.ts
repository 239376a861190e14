/**
 * Named constants (statuses, kinds) written into SQL text as literals, never user input. A literal
 * rather than a parameter where the statement must match a partial index's predicate
 * (`status IN ('PENDING', 'FAILED')`) or keep the exact text it was planned with.
 */
export function sqlLiteral(value: string): string {
  if (!/^[A-Za-z0-9_.]+$/.test(value)) throw new Error(`not a named constant: ${JSON.stringify(value)}`);
  return `'${value}'`;
}

/** `'A', 'B'` for an `IN (…)` list of named constants. */
export function sqlList(values: readonly string[]): string {
  return values.map(sqlLiteral).join(', ');
}
