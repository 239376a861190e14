import { decodeCursor, encodeCursor, laterId } from './change-cursor';

describe('change feed cursor', () => {
  it('round-trips every id, up to the largest bigint', () => {
    for (const id of ['0', '1', '42', '1000000', '9223372036854775807']) {
      expect(decodeCursor(encodeCursor(id))).toBe(id);
    }
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/'],
    ['padding', `${encodeCursor('12')}=`],
    ['a word', encodeCursor('twelve')],
    ['a negative number', encodeCursor('-1')],
    ['a leading zero', encodeCursor('012')],
    ['beyond bigint', encodeCursor('9223372036854775808')],
    ['a non-canonical encoding of 1 (stray low bits)', 'MR'],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it('compares ids as numbers, not as text', () => {
    expect(laterId('9', '10')).toBe('10');
    expect(laterId('10', '9')).toBe('10');
  });
});
