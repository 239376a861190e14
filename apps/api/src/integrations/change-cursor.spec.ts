import { ChangeCursors, laterId, looksLikeCursor } from './change-cursor';

describe('change feed cursor', () => {
  const cursors = new ChangeCursors('a-secret-of-at-least-thirty-two-characters');

  it('round-trips every id, up to the largest bigint', () => {
    for (const id of ['0', '1', '42', '1000000', '9223372036854775807']) {
      expect(decodeOrFail(cursors.encode(id))).toBe(id);
    }
  });

  it('is opaque: neither the id nor its digits can be read from it, and one position has one cursor', () => {
    const cursor = cursors.encode('123456');
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain('123456');
    expect(looksLikeCursor(cursor)).toBe(true);
    expect(cursors.encode('123456')).toBe(cursor);
    expect(cursors.encode('123457')).not.toBe(cursor);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/aaaaaaaaaaaaaaaaaaa'],
    ['the old readable form', Buffer.from('12').toString('base64url')],
    ['one character changed', flip(cursors.encode('12'))],
    ['a non-canonical base64url (stray low bits)', `${cursors.encode('12').slice(0, 21)}B`],
  ])('refuses %s', (_name, cursor) => {
    expect(cursors.decode(cursor)).toBeNull();
  });

  it('refuses a cursor issued under another secret', () => {
    expect(new ChangeCursors('another-secret-of-at-least-thirty-two-chars').decode(cursors.encode('12'))).toBeNull();
  });

  it('compares ids as numbers, not as text', () => {
    expect(laterId('9', '10')).toBe('10');
    expect(laterId('10', '9')).toBe('10');
  });

  function decodeOrFail(cursor: string): string {
    const id = cursors.decode(cursor);
    if (id === null) throw new Error(`${cursor} did not decode`);
    return id;
  }
});

function flip(cursor: string): string {
  const first = cursor[0] === 'A' ? 'B' : 'A';
  return `${first}${cursor.slice(1)}`;
}
