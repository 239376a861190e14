import { SlidingWindowThrottlerStorage } from './rate-limit-storage';

describe('SlidingWindowThrottlerStorage', () => {
  const WINDOW = 60_000;
  let now: number;
  let storage: SlidingWindowThrottlerStorage;
  const hit = (key = 'default|user:1', limit = 3, block = WINDOW) => storage.hit(key, WINDOW, limit, block);

  beforeEach(() => {
    now = 10 * WINDOW; // the start of a window
    storage = new SlidingWindowThrottlerStorage(() => now);
  });

  it('lets `limit` requests through, refuses the next and blocks the key for the block duration', () => {
    expect([hit(), hit(), hit()].map((record) => [record.totalHits, record.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    now += WINDOW - 1_000;
    expect(hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    now += 1_000;
    // the block is over: counting starts again from this request
    expect(hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts each key on its own', () => {
    for (let i = 0; i < 3; i += 1) hit('default|user:1');
    expect(hit('default|user:1').isBlocked).toBe(true);
    expect(hit('default|user:2')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('slides: the previous window counts in proportion to how much of it the window still covers', () => {
    hit('k', 10);
    hit('k', 10);
    hit('k', 10);
    hit('k', 10); // 4 hits in the first window
    now += WINDOW + WINDOW / 4; // a quarter into the next: 3/4 of the previous window still covered
    expect(hit('k', 10).totalHits).toBe(1 + 3);
    now += WINDOW / 2; // three quarters in: a quarter still covered
    expect(hit('k', 10).totalHits).toBe(2 + 1);
    now += 2 * WINDOW; // two windows later nothing is left
    expect(hit('k', 10).totalHits).toBe(1);
  });

  it('answers when the current window ends (X-RateLimit-Reset) in whole seconds', () => {
    now += 15_500;
    expect(hit().timeToExpire).toBe(45);
  });

  it('without a block duration refuses over the limit without counting, until the window slides', () => {
    hit('k', 2, 0);
    hit('k', 2, 0);
    expect(hit('k', 2, 0)).toMatchObject({ isBlocked: true });
    expect(hit('k', 2, 0)).toMatchObject({ isBlocked: true });
    now += 2 * WINDOW;
    expect(hit('k', 2, 0)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('forgets idle keys, and only those', () => {
    hit('idle');
    for (let i = 0; i < 4; i += 1) hit('blocked', 3, 10 * WINDOW);
    now += 3 * WINDOW;
    hit('active');
    expect(storage.size).toBe(2); // 'idle' swept; 'blocked' still blocks
  });

  it('costs the same whatever the limit: no per-hit state', () => {
    for (let i = 0; i < 100_000; i += 1) storage.hit('busy', WINDOW, 1_000_000, WINDOW);
    expect(storage.hit('busy', WINDOW, 1_000_000, WINDOW).totalHits).toBe(100_001);
    expect(storage.size).toBe(1);
  });
});
