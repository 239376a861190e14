import { HttpStatus } from '@nestjs/common';
import { KeysetPage, KeysetPosition, PageRequest } from '@app/persistence';
import { DEFAULT_PAGE_LIMIT } from './page.query';
import { ProblemException } from './problem-details';


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// What toISOString() writes for years 1000-9999: anything else ('2026-02-30', '+275760-…', '1')
// Date.parse may still accept, but PostgreSQL refuses, and a refused query is a 500.
const ISO_MILLIS = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Only the exact text encodeCursor writes: a real instant, so the query cannot fail on it. */
function isCursorInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_MILLIS.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}

/** Opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'cursor'): KeysetPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (isCursorInstant(at) && typeof id === 'string' && UUID.test(id)) {
      return { at, id };
    }
  } catch {
    // fall through: malformed
  }
  throw new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The cursor is malformed',
    code: 'VALIDATION_FAILED',
    errors: [{ field, code: 'INVALID_CURSOR', message: 'Pass back the nextCursor of a previous page unchanged' }],
  });
}

/** A page of rows plus the cursor of the next page (null on the last page), as the API answers it. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** What a list query asks for: how many, and after which cursor (decoded; 422 when malformed). */
export function pageRequest(query: { limit?: number; cursor?: string }, field = 'cursor'): PageRequest {
  return { limit: query.limit ?? DEFAULT_PAGE_LIMIT, ...(query.cursor === undefined ? {} : { after: decodeCursor(query.cursor, field) }) };
}

/** A repository's keyset page as the API answers it: each row viewed, the next position as an opaque cursor. */
export function pageView<Row, View>(page: KeysetPage<Row>, view: (row: Row) => View): Page<View> {
  return { items: page.items.map(view), nextCursor: page.next ? encodeCursor(page.next) : null };
}
