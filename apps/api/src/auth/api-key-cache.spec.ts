import { FixedClock } from '@app/config';
import { AccessChanges, IntegrationScope } from '@app/persistence';
import { API_KEY_CACHE_MAX_ENTRIES, API_KEY_CACHE_TTL_MS, ApiKeyCache, UNKNOWN_KEY_MAX_ENTRIES, UNKNOWN_KEY_TTL_MS } from './api-key-cache';
import { IntegrationPrincipal } from './principal';

const principal = (clientId: string): IntegrationPrincipal => ({ kind: 'integration', clientId, name: clientId, scopes: [IntegrationScope.CASES_READ], officePaths: ['/gpo/'] });

describe('ApiKeyCache', () => {
  let clock: FixedClock;
  let announce: () => void;
  let cache: ApiKeyCache;

  beforeEach(() => {
    clock = new FixedClock(new Date('2026-11-23T06:00:00Z'));
    const changes = { onChange: (listener: () => void) => (announce = listener) };
    cache = new ApiKeyCache(clock, changes as unknown as AccessChanges);
  });

  it('remembers a verified key for the TTL, then forgets it', () => {
    cache.remember('h1', principal('a'), cache.generation);
    clock.advance(API_KEY_CACHE_TTL_MS - 1);
    expect(cache.find('h1')?.clientId).toBe('a');
    clock.advance(1);
    expect(cache.find('h1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most API_KEY_CACHE_MAX_ENTRIES keys, forgetting the oldest first', () => {
    for (let i = 0; i <= API_KEY_CACHE_MAX_ENTRIES; i += 1) cache.remember(`h${i}`, principal(`c${i}`), cache.generation);
    expect(cache.size).toBe(API_KEY_CACHE_MAX_ENTRIES);
    expect(cache.find('h0')).toBeUndefined();
    expect(cache.find(`h${API_KEY_CACHE_MAX_ENTRIES}`)?.clientId).toBe(`c${API_KEY_CACHE_MAX_ENTRIES}`);
  });

  it('does not store what a lookup read before an invalidation', () => {
    const generation = cache.generation;
    cache.invalidate();
    cache.remember('h1', principal('a'), generation);
    expect(cache.find('h1')).toBeUndefined();
  });

  it('forgets everything, and what a lookup read before, whenever a client or an office changes (AccessChanges)', () => {
    cache.remember('h1', principal('a'), cache.generation);
    const generation = cache.generation;
    announce();
    expect(cache.size).toBe(0);
    cache.remember('h2', principal('b'), generation);
    expect(cache.find('h2')).toBeUndefined();
  });

  it('remembers a key that matched nothing (a negative cache) for its TTL, bounded', () => {
    cache.rememberUnknown('x1', cache.generation);
    clock.advance(UNKNOWN_KEY_TTL_MS - 1);
    expect(cache.isKnownUnknown('x1')).toBe(true);
    clock.advance(1);
    expect(cache.isKnownUnknown('x1')).toBe(false);
    for (let i = 0; i <= UNKNOWN_KEY_MAX_ENTRIES; i += 1) cache.rememberUnknown(`u${i}`, cache.generation);
    expect(cache.isKnownUnknown('u0')).toBe(false);
    expect(cache.isKnownUnknown(`u${UNKNOWN_KEY_MAX_ENTRIES}`)).toBe(true);
  });

  it('forgets the unknown keys when a client changes: a new client works at once', () => {
    cache.rememberUnknown('x1', cache.generation);
    announce();
    expect(cache.isKnownUnknown('x1')).toBe(false);
  });
});
