/**
 * `Content-Disposition: attachment` with the original name (RFC 6266): a plain ASCII fallback
 * (`filename`, anything else replaced by _) and the exact name in UTF-8, percent-encoded
 * (`filename*`, RFC 5987) — no quote, backslash, control character or path can break out of it.
 */
export function attachmentDisposition(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() || 'file';
  const fallback = base.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(base).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
