import { ifNoneMatchMatches, strongETag } from './etag';

describe('entity tags', () => {
  it('tags equal bodies alike and different bodies differently, as a quoted strong tag', () => {
    expect(strongETag('{"a":1}')).toBe(strongETag('{"a":1}'));
    expect(strongETag('{"a":1}')).not.toBe(strongETag('{"a":2}'));
    expect(strongETag('{}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it.each([
    ['no header', undefined, false],
    ['the tag itself', '"x"', true],
    ['the tag among others', '"a", "x" ,"b"', true],
    ['the weak form of the tag', 'W/"x"', true],
    ['a wildcard', '*', true],
    ['another tag', '"y"', false],
    ['the tag unquoted', 'x', false],
  ])('If-None-Match with %s → %s', (_name, header, expected) => {
    expect(ifNoneMatchMatches(header, '"x"')).toBe(expected);
  });
});
