import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('request fingerprint', () => {
  it('writes JSON with keys sorted at every level, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('ignores key order but not values, method or target', () => {
    const base = requestFingerprint('POST', '/api/v1/cases', { number: 'A-1', subject: 's' });
    expect(requestFingerprint('post', '/api/v1/cases', { subject: 's', number: 'A-1' })).toBe(base);
    expect(requestFingerprint('POST', '/api/v1/cases', { number: 'A-2', subject: 's' })).not.toBe(base);
    expect(requestFingerprint('PUT', '/api/v1/cases', { number: 'A-1', subject: 's' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/cases?x=1', { number: 'A-1', subject: 's' })).not.toBe(base);
  });

  it('treats a missing body as null', () => {
    expect(requestFingerprint('POST', '/x', undefined)).toBe(requestFingerprint('POST', '/x', null));
  });
});
