/**
 * The change feed's cursor: base64url of the last audit row id the caller has seen. Opaque to
 * integrations (they store and send it back), but plain enough to debug. Only the canonical
 * encoding of a non-negative 63-bit integer is accepted, so one position has one cursor.
 */
const MAX_ID = 9223372036854775807n;
const DIGITS = /^(0|[1-9][0-9]{0,18})$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,28}$/;

export const START_OF_FEED = '0';

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** The audit id a cursor stands for, or null when the text is not a cursor this API issued. */
export function decodeCursor(cursor: string): string | null {
  if (!BASE64URL.test(cursor)) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!DIGITS.test(id) || BigInt(id) > MAX_ID) return null;
  return encodeCursor(id) === cursor ? id : null;
}

/** The later of two audit ids (bigint text). */
export function laterId(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}
