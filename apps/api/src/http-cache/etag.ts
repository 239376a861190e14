import { createHash } from 'node:crypto';

/** A strong entity tag of a serialized body: the same bytes always give the same tag. */
export function strongETag(serializedBody: string): string {
  return `"${createHash('sha256').update(serializedBody).digest('base64url')}"`;
}

/**
 * Whether If-None-Match names the current representation (RFC 9110 13.1.2): `*`, or any listed
 * tag equal to ours under the weak comparison (a `W/` prefix is ignored).
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const ours = opaque(etag);
  return (header.match(/(W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === ours);
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
