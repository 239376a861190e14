import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';

/**
 * The change feed's cursor: the last audit row id the caller has seen, encrypted. Audit ids number
 * every change in the country (ADR 0005), so a readable id would tell any integration how much the
 * whole prosecution service writes, and when. The cursor is one AES-256 block — the id (8 bytes,
 * big-endian) and 8 fixed bytes — under a key derived from JWT_SECRET: 22 base64url characters,
 * the same for the same position on every API replica, and a cursor this API did not issue (or
 * issued under another secret) fails to decrypt to the fixed bytes and is refused. Rotating
 * JWT_SECRET therefore invalidates stored cursors: integrations restart from the beginning.
 */
const MAX_ID = 9223372036854775807n;
const MAGIC = Buffer.from('PAOfeed1', 'ascii');
const SHAPE = /^[A-Za-z0-9_-]{22}$/;

export const START_OF_FEED = '0';

/** Plausible as a cursor (what the query's validation checks; only ChangeCursors.decode can tell a real one). */
export function looksLikeCursor(value: string): boolean {
  return SHAPE.test(value);
}

export class ChangeCursors {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'prosecutor-acts change-feed cursor v1', 32));
  }

  encode(id: string): string {
    const block = Buffer.alloc(16);
    block.writeBigUInt64BE(BigInt(id), 0);
    MAGIC.copy(block, 8);
    const cipher = createCipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    return Buffer.concat([cipher.update(block), cipher.final()]).toString('base64url');
  }

  /** The audit id a cursor stands for, or null when it is not a cursor this API issued. */
  decode(cursor: string): string | null {
    if (!SHAPE.test(cursor)) return null;
    const sealed = Buffer.from(cursor, 'base64url');
    if (sealed.length !== 16 || sealed.toString('base64url') !== cursor) return null;
    const decipher = createDecipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    const block = Buffer.concat([decipher.update(sealed), decipher.final()]);
    if (!block.subarray(8).equals(MAGIC)) return null;
    const id = block.readBigUInt64BE(0);
    return id <= MAX_ID ? id.toString() : null;
  }
}

/** The later of two audit ids (bigint text). */
export function laterId(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}
