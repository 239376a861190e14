import { assertWorkerPoolFits, ConfigError, loadConfig, statuteEditionIds } from './app-config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/acts', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('accepts a minimal valid environment and applies defaults', () => {
    const config = loadConfig(valid);
    expect(config.DATABASE_URL).toBe(valid.DATABASE_URL);
    expect(config.API_PORT).toBe(3000);
    expect(config.QUEUE_PREFIX).toBe('pao');
  });

  it('converts numeric variables', () => {
    expect(loadConfig({ ...valid, API_PORT: '8080' }).API_PORT).toBe(8080);
  });

  it.each([
    [{ REDIS_URL: valid.REDIS_URL }, 'DATABASE_URL', /is required/],
    [{ ...valid, DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL', /postgres:\/\//],
    [{ ...valid, REDIS_URL: 'localhost:6379' }, 'REDIS_URL', /redis:\/\//],
    [{ DATABASE_URL: valid.DATABASE_URL }, 'REDIS_URL', /QUEUE_BACKEND=redis/],
    [{ ...valid, API_PORT: 'eighty' }, 'API_PORT', /integer/],
    [{ ...valid, QUEUE_PREFIX: 'has:colon' }, 'QUEUE_PREFIX', /letters/],
    [{ ...valid, NODE_ENV: 'production' }, 'JWT_SECRET', /production/],
    // Anyone can read the built-in secret: a token minted offline with it would pass.
    [{ ...valid, API_HOST: '0.0.0.0' }, 'JWT_SECRET', /beyond loopback/],
    [{ ...valid, API_HOST: '10.0.0.5' }, 'JWT_SECRET', /beyond loopback/],
    [{ ...valid, API_HOST: '::' }, 'JWT_SECRET', /beyond loopback/],
  ])('refuses %j naming %s', (env, variable, detail) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toMatch(detail);
    expect((thrown as ConfigError).message).not.toContain('\n');
  });

  it('listens on loopback by default, where the development secret is allowed; anywhere else with a secret of its own', () => {
    expect(loadConfig(valid).API_HOST).toBe('127.0.0.1');
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) expect(loadConfig({ ...valid, API_HOST: host }).API_HOST).toBe(host);
    expect(loadConfig({ ...valid, API_HOST: '0.0.0.0', JWT_SECRET: 'x'.repeat(40) }).API_HOST).toBe('0.0.0.0');
  });

  it('lets the embedded default run without Redis on the PostgreSQL queue backend', () => {
    const config = loadConfig({ DATABASE_URL: valid.DATABASE_URL, QUEUE_BACKEND: 'postgres' });
    expect(config.REDIS_URL).toBeUndefined();
  });
});

describe('the worker pool check', () => {
  it('accepts the defaults: the pool holds every running job, the relay and the reconciler', () => {
    expect(() => assertWorkerPoolFits(loadConfig(valid))).not.toThrow();
    expect(() => assertWorkerPoolFits(loadConfig({ ...valid, WORKER_CONCURRENCY: '18', DATABASE_POOL_SIZE: '20' }))).not.toThrow();
  });

  it('refuses a pool the jobs alone could exhaust, naming the variable and the size needed', () => {
    const config = loadConfig({ ...valid, WORKER_CONCURRENCY: '10', DATABASE_POOL_SIZE: '11' });
    expect(() => assertWorkerPoolFits(config)).toThrow(ConfigError);
    expect(() => assertWorkerPoolFits(config)).toThrow(/DATABASE_POOL_SIZE: must be at least WORKER_CONCURRENCY \+ 2 = 12 .* it is 11$/);
  });
});

describe('reminder policy variables', () => {
  it('accepts comma-separated offsets and none', () => {
    const config = loadConfig({ ...valid, REMINDER_DAY_OFFSETS: '5,2,1', REMINDER_LAST_DAY_HOUR: 'none', REMINDER_HOUR_OFFSETS: '6' });
    expect([config.REMINDER_DAY_OFFSETS, config.REMINDER_LAST_DAY_HOUR, config.REMINDER_HOUR_OFFSETS]).toEqual(['5,2,1', 'none', '6']);
  });

  it.each([
    ['REMINDER_DAY_OFFSETS', '3, 1'],
    ['REMINDER_HOUR_OFFSETS', 'twelve'],
    ['REMINDER_LAST_DAY_HOUR', '24'],
  ])('refuses %s=%s naming it', (variable, value) => {
    expect(() => loadConfig({ ...valid, [variable]: value })).toThrow(new RegExp(`^Invalid environment: ${variable}`));
  });
});

describe('STATUTE_EDITIONS', () => {
  it('installs the 1995 law alone by default', () => {
    const config = loadConfig(valid);
    expect(config.STATUTE_EDITIONS).toBe('KZ-2709@2016-12-28');
    expect(statuteEditionIds(config)).toEqual(['KZ-2709@2016-12-28']);
  });

  it('takes both editions, in any order, spaces allowed', () => {
    expect(statuteEditionIds(loadConfig({ ...valid, STATUTE_EDITIONS: 'KZ-155-VII@2023-07-12, KZ-2709@2016-12-28' }))).toEqual([
      'KZ-155-VII@2023-07-12',
      'KZ-2709@2016-12-28',
    ]);
  });

  it.each([
    ['KZ-81-VI@2017-06-30', /unknown edition 'KZ-81-VI@2017-06-30'; this release ships KZ-2709@2016-12-28, KZ-155-VII@2023-07-12/],
    ['KZ-2709@2016-12-28,KZ-2709@2016-12-28', /named twice/],
    ['1995', /comma-separated edition ids/],
    ['KZ-2709@2016-12-28;KZ-155-VII@2023-07-12', /comma-separated edition ids/],
  ])('refuses %s naming the variable', (value, detail) => {
    expect(() => loadConfig({ ...valid, STATUTE_EDITIONS: value })).toThrow(new RegExp(`^Invalid environment: STATUTE_EDITIONS: .*${detail.source}`));
  });
});
