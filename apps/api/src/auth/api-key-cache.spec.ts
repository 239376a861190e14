import { FixedClock } from '@app/config';
import { CaseEntity, IntegrationClientEntity, IntegrationScope } from '@app/persistence';
import { DataSource, QueryRunner, UpdateEvent } from 'typeorm';
import { API_KEY_CACHE_MAX_ENTRIES, API_KEY_CACHE_TTL_MS, ApiKeyCache } from './api-key-cache';
import { IntegrationPrincipal } from './principal';

const principal = (clientId: string): IntegrationPrincipal => ({ kind: 'integration', clientId, name: clientId, scopes: [IntegrationScope.CASES_READ], officePaths: ['/gpo/'] });

describe('ApiKeyCache', () => {
  let clock: FixedClock;
  let dataSource: { subscribers: unknown[] };
  let cache: ApiKeyCache;

  beforeEach(() => {
    clock = new FixedClock(new Date('2026-11-23T06:00:00Z'));
    dataSource = { subscribers: [] };
    cache = new ApiKeyCache(clock, dataSource as unknown as DataSource);
  });

  const written = (target: unknown, inTransaction = false): UpdateEvent<unknown> => {
    const queryRunner = { isTransactionActive: inTransaction, data: {} } as unknown as QueryRunner;
    return { metadata: { target }, queryRunner } as unknown as UpdateEvent<unknown>;
  };

  it('subscribes to the data source’s entity events', () => {
    expect(dataSource.subscribers).toEqual([cache]);
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

  it('forgets everything when an integration client is written, and again when that transaction commits', () => {
    cache.remember('h1', principal('a'), cache.generation);
    const event = written(IntegrationClientEntity, true);
    cache.afterUpdate(event);
    expect(cache.size).toBe(0);
    cache.remember('h1', principal('a'), cache.generation); // a request read the row before the commit
    cache.afterTransactionCommit({ queryRunner: event.queryRunner } as never);
    expect(cache.find('h1')).toBeUndefined();
  });

  it('ignores writes of other entities', () => {
    cache.remember('h1', principal('a'), cache.generation);
    cache.afterUpdate(written(CaseEntity));
    cache.afterTransactionCommit({ queryRunner: written(CaseEntity).queryRunner } as never);
    expect(cache.find('h1')?.clientId).toBe('a');
  });
});
