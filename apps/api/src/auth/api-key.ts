import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX_LENGTH = 12; // 'pak_' + 8 characters

/** A new integration key: 'pak_' + 43 url-safe characters (256 random bits). Shown once. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `pak_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: apiKeyPrefix(key), hash: hashApiKey(key) };
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

/** SHA-256 is enough for a 256-bit random secret; a slow hash protects low-entropy passwords. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Constant-time comparison of a key's hash (hashApiKey) with the stored one. */
export function apiKeyHashMatches(keyHash: string, storedHash: string): boolean {
  const given = Buffer.from(keyHash, 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
