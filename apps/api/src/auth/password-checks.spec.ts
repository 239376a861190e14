import { AppConfig } from '@app/config';
import { ProblemException } from '../http/problem-details';
import { PasswordChecks } from './password-checks';

function gate(concurrency: number, queue: number): PasswordChecks {
  return new PasswordChecks(Object.assign(new AppConfig(), { PASSWORD_CHECK_CONCURRENCY: concurrency, PASSWORD_CHECK_QUEUE: queue }));
}

function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

describe('PasswordChecks', () => {
  it('runs at most `concurrency` checks, queues up to `queue`, refuses the rest at once with 503 LOGIN_BUSY', async () => {
    const checks = gate(1, 1);
    const first = deferred();
    const second = deferred();
    const started: string[] = [];
    const a = checks.run(() => (started.push('a'), first.promise));
    const b = checks.run(() => (started.push('b'), second.promise));
    await expect(checks.run(async () => 'c')).rejects.toMatchObject({ constructor: ProblemException, response: expect.objectContaining({ code: 'LOGIN_BUSY', status: 503 }) });
    expect(started).toEqual(['a']);
    expect(checks.load).toEqual({ running: 1, waiting: 1 });
    first.resolve('A');
    await expect(a).resolves.toBe('A');
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    second.resolve('B');
    await expect(b).resolves.toBe('B');
    expect(checks.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives the slot back when a check fails', async () => {
    const checks = gate(1, 0);
    await expect(checks.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(checks.run(async () => 'ok')).resolves.toBe('ok');
  });
});
