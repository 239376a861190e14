import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * The environment, validated once at boot. Nothing else in the code base reads `process.env`:
 * a missing or malformed variable stops the process with one line that names it.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** postgres://user:password@host:port/database */
  @Matches(/^postgres(ql)?:\/\/[^\s/]+(:\d+)?\/[^\s/?]+(\?\S*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL: string;

  /** redis://[:password@]host:port[/db]. Unset only when QUEUE_BACKEND=postgres. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must look like redis://host:6379' })
  REDIS_URL?: string;

  /**
   * Where BullMQ keeps its jobs. `redis` in production and in tests; `postgres` only for the
   * embedded default on a machine without a redis-server binary (docs/adr/0001).
   */
  @IsIn(['redis', 'postgres'])
  QUEUE_BACKEND: 'redis' | 'postgres' = 'redis';

  /** Prefix of every BullMQ key, so runs and tenants sharing one Redis never collide. */
  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'pao';

  @Transform(toInt)
  @IsInt({ message: 'API_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '0.0.0.0';

  /** The worker serves only its health endpoint, on loopback by default. */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_HEALTH_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsString()
  WORKER_HEALTH_HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Signs access and refresh tokens. The development default is refused in production. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = 'development-only-secret-change-me-0123456789';

  /** Connections each process keeps to PostgreSQL. */
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer' })
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * The length of the policy clock for "immediately" (arts. 20.3, 24.3, 26-1.2): the law sets no
   * term, the office tracks one. In working days.
   */
  @Transform(toInt)
  @IsInt({ message: 'IMMEDIATE_TERM_WORKING_DAYS must be an integer' })
  @Min(1)
  @Max(10)
  IMMEDIATE_TERM_WORKING_DAYS = 1;

  /** How long shutdown waits for in-flight requests and jobs before it gives up. */
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be an integer' })
  @Min(0)
  SHUTDOWN_GRACE_MS = 10000;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment: ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = new AppConfig().JWT_SECRET;

/** Validates `env` and returns the typed configuration, or throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'REDIS_URL']);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const first = errors[0];
    const detail = first.constraints ? Object.values(first.constraints).join('; ') : 'is invalid';
    throw new ConfigError(first.property, first.value === undefined ? `is required (${detail})` : detail);
  }
  if (config.QUEUE_BACKEND === 'redis' && !config.REDIS_URL) {
    throw new ConfigError('REDIS_URL', 'is required when QUEUE_BACKEND=redis');
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEV_SECRET) {
    throw new ConfigError('JWT_SECRET', 'the development default must not be used in production');
  }
  return config;
}

/**
 * Only DATABASE_URL, validated like loadConfig does: for tools that touch nothing but PostgreSQL
 * (the migration CLI, the audit verifier), which must not demand a Redis they never use.
 */
export function loadDatabaseUrl(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string {
  return loadConfig({ DATABASE_URL: env.DATABASE_URL, QUEUE_BACKEND: 'postgres' }).DATABASE_URL;
}
