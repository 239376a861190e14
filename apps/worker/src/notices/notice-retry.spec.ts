import { cappedExponentialDelay, noticeBackoff, NoticeRetry } from './notice-retry';

describe('notice retry delays', () => {
  it('double from the base and stop at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 11, 30].map((failedTry) => cappedExponentialDelay(failedTry, 1000, 600_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 512_000, 600_000, 600_000,
    ]);
  });

  it('are what the failed try computed, when it could', async () => {
    expect(await noticeBackoff(3, 'notice-capped-exponential', new NoticeRetry('HTTP 500', 1234))).toBe(1234);
    // A try that failed before computing its delay (the database was down) falls back to the default curve.
    expect(await noticeBackoff(3, 'notice-capped-exponential', new Error('connection refused'))).toBe(4000);
    expect(await noticeBackoff(40, 'notice-capped-exponential', new Error('connection refused'))).toBe(600_000);
  });
});
