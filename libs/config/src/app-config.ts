import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * The statute editions the code ships rules for (libs/domain KNOWN_STATUTE_EDITIONS: a workflow
 * test keeps the two lists equal). Config may import nothing, so the ids are repeated here to
 * validate STATUTE_EDITIONS at boot.
 */
export const KNOWN_STATUTE_EDITION_IDS = ['KZ-2709@2016-12-28', 'KZ-155-VII@2023-07-12'] as const;

/** The editions STATUTE_EDITIONS names, in the order given. */
export function statuteEditionIds(config: Pick<AppConfig, 'STATUTE_EDITIONS'>): string[] {
  return config.STATUTE_EDITIONS.split(',').map((id) => id.trim());
}

// scheme://host[:port] — what a browser sends in Origin; an empty list is allowed (CORS closed).
const ORIGIN = String.raw`https?://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?`;
const CORS_ORIGIN_LIST = new RegExp(String.raw`^(${ORIGIN}(\s*,\s*${ORIGIN})*)?$`);

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
  // `{pao}`: a hash tag, so that every key of every queue lands in one Redis Cluster slot (BullMQ's rule for Cluster).
  @Matches(/^(\{[a-zA-Z0-9_-]{1,40}\}|[a-zA-Z0-9_-]{1,40})$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -, optionally in braces as a Cluster hash tag: {pao}' })
  QUEUE_PREFIX = 'pao';

  /**
   * Redis Sentinel: the sentinels' host:port, comma-separated. When set, every Redis connection asks
   * them for the current master of REDIS_SENTINEL_NAME (and follows a failover); REDIS_URL then
   * gives only the password, database and TLS. Empty: REDIS_URL's host is the Redis.
   */
  @Matches(/^([A-Za-z0-9.-]+:\d{1,5}(\s*,\s*[A-Za-z0-9.-]+:\d{1,5})*)?$/, { message: 'REDIS_SENTINELS must be host:port pairs, comma-separated' })
  REDIS_SENTINELS = '';

  /** The master group the sentinels watch (their `sentinel monitor <name> …`). */
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'REDIS_SENTINEL_NAME must be 1-64 letters, digits, ., _ or -' })
  REDIS_SENTINEL_NAME = 'mymaster';

  @Transform(toInt)
  @IsInt({ message: 'API_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  /** Loopback by default; any other address (0.0.0.0 in a container) needs a JWT_SECRET of its own. */
  @IsString()
  API_HOST = '127.0.0.1';

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

  /** `json` (one object a line, for machines) or `pretty` (one readable line, for a terminal: `npm start` picks it there). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** The API's Prometheus endpoint (/metrics) listens here, apart from the API: loopback unless exposed on purpose. */
  @IsString()
  API_METRICS_HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt({ message: 'API_METRICS_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  API_METRICS_PORT = 9464;

  /**
   * Signs access and refresh tokens. The built-in development value is public (it is in this
   * file): it is refused in production and whenever the API listens beyond loopback, since anyone
   * could mint an administrator's token with it. `npm start` generates one per data directory.
   */
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

  /**
   * The statute editions this deployment installs, comma-separated ids (docs/adr/0010): an act is
   * judged by the installed edition in force on its issue date, and keeps it for life. Default: the
   * 1995 law alone, which then judges every act. With both, e.g.
   * `KZ-2709@2016-12-28,KZ-155-VII@2023-07-12`, a day neither covers (the 2017 law) is refused.
   */
  @Matches(/^\s*[A-Za-z0-9-]+@\d{4}-\d{2}-\d{2}\s*(,\s*[A-Za-z0-9-]+@\d{4}-\d{2}-\d{2}\s*)*$/, {
    message: `STATUTE_EDITIONS must be comma-separated edition ids, e.g. ${KNOWN_STATUTE_EDITION_IDS.join(',')}`,
  })
  STATUTE_EDITIONS = 'KZ-2709@2016-12-28';

  /** How often the worker relays the transactional outbox to BullMQ. */
  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_RELAY_INTERVAL_MS must be an integer' })
  @Min(10)
  OUTBOX_RELAY_INTERVAL_MS = 250;

  /** How often the worker compares open deadlines with the jobs in Redis and recreates what is missing. */
  @Transform(toInt)
  @IsInt({ message: 'RECONCILE_INTERVAL_MS must be an integer' })
  @Min(1000)
  RECONCILE_INTERVAL_MS = 300_000;

  /** Reminders for day terms: days before the due instant, comma-separated. */
  @Matches(/^(\d{1,3}(,\d{1,3})*|none)$/, { message: 'REMINDER_DAY_OFFSETS must be whole days, comma-separated (e.g. 3,1), or none' })
  REMINDER_DAY_OFFSETS = '3,1';

  /** Reminder at this local hour (Asia/Almaty) on the last day of a day term; `none` for no such reminder. */
  @Matches(/^([01]?\d|2[0-3]|none)$/, { message: 'REMINDER_LAST_DAY_HOUR must be an hour 0-23 or none' })
  REMINDER_LAST_DAY_HOUR = '9';

  /** Reminders for hour terms (24 hours): hours before the due instant, comma-separated. */
  @Matches(/^(\d{1,3}(,\d{1,3})*|none)$/, { message: 'REMINDER_HOUR_OFFSETS must be whole hours, comma-separated (e.g. 12,2), or none' })
  REMINDER_HOUR_OFFSETS = '12,2';

  /** How long a breach stays with one office before it is escalated to the next one up, in working days. */
  @Transform(toInt)
  @IsInt({ message: 'ESCALATION_GRACE_WORKING_DAYS must be an integer' })
  @Min(0)
  @Max(10)
  ESCALATION_GRACE_WORKING_DAYS = 1;

  /**
   * Deadline transactions one worker runs at once — a reminder, an escalation, or a batch of due
   * deadlines each; each holds a connection (see assertWorkerPoolFits).
   */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_CONCURRENCY must be an integer' })
  @Min(1)
  @Max(200)
  WORKER_CONCURRENCY = 8;

  /**
   * Due deadlines one transaction marks at most (set-based: one statement each for the batch's
   * locks, misses, notices, outbox and audit rows; ADR 0013). 1 takes each alone, as before batches
   * (the benchmark's baseline). 500 was the fastest of 1, 25, 100, 250 and 500 in the burst
   * benchmark (BENCHMARKS.md: burst, burst · sweep).
   */
  @Transform(toInt)
  @IsInt({ message: 'DEADLINE_BATCH_SIZE must be an integer' })
  @Min(1)
  @Max(1000)
  DEADLINE_BATCH_SIZE = 500;

  /**
   * Batches of due jobs a worker holds at once (it takes up to this × DEADLINE_BATCH_SIZE jobs, at
   * least WORKER_CONCURRENCY): one in its transaction while the next gathers. A job held but not
   * yet worked on only waits for a slot with its lock renewed every 1.5 s, and on a starved host
   * (CPU steal) a late renewal hands it to another run: holding 4,000 (8 × 500) lost locks in 6
   * of 19 storms of 5,000, 1,000 in none of 8, at the same speed (ADR 0013).
   */
  @Transform(toInt)
  @IsInt({ message: 'DEADLINE_BATCHES_HELD must be an integer' })
  @Min(1)
  @Max(50)
  DEADLINE_BATCHES_HELD = 2;

  /**
   * How long the first due job of a batch waits for others before its batch runs anyway: what a
   * lone deadline's breach is delayed by at most. Deadlines due at the same instant arrive together
   * and fill a batch long before it.
   */
  @Transform(toInt)
  @IsInt({ message: 'DEADLINE_BATCH_WINDOW_MS must be an integer' })
  @Min(0)
  @Max(5000)
  DEADLINE_BATCH_WINDOW_MS = 20;

  /**
   * Due jobs in the deadline worker's hands — fetched from Redis, outcome not yet known — from which
   * this process's notices worker takes no new job (marking before telling, DueBacklog). Measured
   * with bench:lateness, 5,000 due over 10 s beside e-mails that compete for the same event loop
   * (p99 / max lateness): none 1,346 / 1,444 ms; 200: 545 / 606; 100: 294 / 362; 50: 131–148 /
   * 182–220; 8: 100 / 140. Jobs in hand ≈ arrival rate × time to mark one (about 0.1 s there), so a
   * flow of a few hundred a second or less stays below 50 and its e-mails are not held (ADR 0013).
   */
  @Transform(toInt)
  @IsInt({ message: 'DEADLINE_STORM_JOBS must be an integer' })
  @Min(1)
  @Max(100000)
  DEADLINE_STORM_JOBS = 50;

  /**
   * How long a worker's hold on a job lasts unless renewed (renewed at half of it while the job
   * runs). A worker killed with kill -9 stops renewing: its jobs are free again after at most this
   * plus WORKER_STALLED_INTERVAL_MS (BullMQ's stalled check). 3 s + 1 s brings them back within
   * 5 s (ADR 0013); BullMQ's own 30 s + 30 s took up to a minute.
   */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_LOCK_DURATION_MS must be an integer' })
  @Min(1000)
  @Max(600_000)
  WORKER_LOCK_DURATION_MS = 3000;

  /** How often a worker looks for jobs whose holder stopped renewing their lock (one check per queue per interval, whichever worker runs it). */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_STALLED_INTERVAL_MS must be an integer' })
  @Min(250)
  @Max(600_000)
  WORKER_STALLED_INTERVAL_MS = 1000;

  /**
   * How often one job may be found stalled before BullMQ fails it. Every handler is idempotent and
   * the reconciler re-adds a failed job whose deadline still needs it (ADR 0006); a short lock makes
   * a stall under a briefly starved event loop more likely, so a few are allowed.
   */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_MAX_STALLED_COUNT must be an integer' })
  @Min(0)
  @Max(100)
  WORKER_MAX_STALLED_COUNT = 3;

  /** E-mails and webhook deliveries one worker sends at once (their own queue, never inside a deadline's transaction); also the SMTP connections it keeps open. */
  @Transform(toInt)
  @IsInt({ message: 'NOTICE_WORKER_CONCURRENCY must be an integer' })
  @Min(1)
  @Max(200)
  NOTICE_WORKER_CONCURRENCY = 8;

  /** How long shutdown waits for in-flight requests and jobs before it gives up. */
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be an integer' })
  @Min(0)
  SHUTDOWN_GRACE_MS = 10000;

  /** The largest JSON body the API reads, in bytes; a larger one is refused with 413 before it is parsed. */
  @Transform(toInt)
  @IsInt({ message: 'BODY_LIMIT_BYTES must be an integer' })
  @Min(1024)
  @Max(10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 256 * 1024;

  /**
   * Browser origins allowed to call the API (CORS), comma-separated, e.g.
   * `https://cabinet.prokuror.kz,https://admin.prokuror.kz`. Empty: no origin is allowed.
   */
  @Matches(CORS_ORIGIN_LIST, { message: 'CORS_ORIGINS must be comma-separated origins like https://host[:port], without paths or wildcards' })
  CORS_ORIGINS = '';

  /** Requests one caller (a user, an API key, or an IP address when anonymous) may make per window. */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_MAX must be an integer' })
  @Min(1)
  RATE_LIMIT_MAX = 3000;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_MS must be an integer' })
  @Min(1000)
  RATE_LIMIT_WINDOW_MS = 60_000;

  /** Login attempts per IP address and login name per window: slows password guessing. */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_LOGIN_MAX must be an integer' })
  @Min(1)
  RATE_LIMIT_LOGIN_MAX = 10;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_LOGIN_WINDOW_MS must be an integer' })
  @Min(1000)
  RATE_LIMIT_LOGIN_WINDOW_MS = 300_000;

  /**
   * Requests one client address may make per RATE_LIMIT_WINDOW_MS to one class of routes (health,
   * sign-in, token, API, docs), counted before authentication: a flood of one class never spends
   * another's budget. Generous, since an office behind one NAT shares its address.
   */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_ADDRESS_MAX must be an integer' })
  @Min(1)
  RATE_LIMIT_ADDRESS_MAX = 30_000;

  /**
   * Failed authentications (an unknown API key, an invalid or expired token) one address may cause
   * per RATE_LIMIT_AUTH_FAILURES_WINDOW_MS; past it, its requests with credentials are refused with
   * 429 before any lookup, for the rest of the window.
   */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_AUTH_FAILURES_MAX must be an integer' })
  @Min(1)
  RATE_LIMIT_AUTH_FAILURES_MAX = 200;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_AUTH_FAILURES_WINDOW_MS must be an integer' })
  @Min(1000)
  RATE_LIMIT_AUTH_FAILURES_WINDOW_MS = 300_000;

  /** Login attempts one address may make per RATE_LIMIT_LOGIN_WINDOW_MS whatever the login names (a flood that varies them). */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_LOGIN_ADDRESS_MAX must be an integer' })
  @Min(1)
  RATE_LIMIT_LOGIN_ADDRESS_MAX = 200;

  /**
   * Where the limiter keeps its counters: `memory` (one API process) or `redis` (more than one
   * replica: they share the counters, under QUEUE_PREFIX, in REDIS_URL's Redis).
   */
  @IsIn(['memory', 'redis'])
  RATE_LIMIT_STORE: 'memory' | 'redis' = 'memory';

  /**
   * The reverse proxies whose X-Forwarded-For (and -Proto) the API believes, comma-separated:
   * addresses, CIDR subnets, or `loopback`, `linklocal`, `uniquelocal`. Empty (the default): none —
   * the client's address is the connection's, and a client cannot choose its own.
   */
  @Matches(/^([0-9A-Fa-f.:/]+|loopback|linklocal|uniquelocal)?(\s*,\s*([0-9A-Fa-f.:/]+|loopback|linklocal|uniquelocal))*$/, {
    message: 'TRUST_PROXY must be comma-separated addresses, CIDR subnets, loopback, linklocal or uniquelocal',
  })
  TRUST_PROXY = '';

  /** bcrypt checks of passwords running at once; each holds the event loop in turns (bcryptjs is JavaScript). */
  @Transform(toInt)
  @IsInt({ message: 'PASSWORD_CHECK_CONCURRENCY must be an integer' })
  @Min(1)
  @Max(64)
  PASSWORD_CHECK_CONCURRENCY = 2;

  /** Password checks that may wait for a turn; a login beyond them is refused at once (503 LOGIN_BUSY). */
  @Transform(toInt)
  @IsInt({ message: 'PASSWORD_CHECK_QUEUE must be an integer' })
  @Min(0)
  @Max(10_000)
  PASSWORD_CHECK_QUEUE = 32;

  /** The mail relay e-mail notices go through: smtp://[user:password@]host:port, or smtps:// for TLS from the first byte. */
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must look like smtp://host:587' })
  SMTP_URL = 'smtp://127.0.0.1:25';

  /** The From header of e-mail notices, e.g. `Prosecutor's Office <noreply@prokuror.kz>`. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'noreply@localhost';

  /** Tries of one webhook delivery (the first included) before it is dead-lettered (DEAD). */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_MAX_ATTEMPTS must be an integer' })
  @Min(1)
  @Max(25)
  WEBHOOK_MAX_ATTEMPTS = 6;

  /** How long one webhook POST may take before it counts as a failed try. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_TIMEOUT_MS must be an integer' })
  @Min(100)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * Delay before the first retry of a failed e-mail or webhook; each further retry doubles it, up
   * to NOTICE_RETRY_MAX_MS.
   */
  @Transform(toInt)
  @IsInt({ message: 'NOTICE_RETRY_BASE_MS must be an integer' })
  @Min(1)
  NOTICE_RETRY_BASE_MS = 1000;

  @Transform(toInt)
  @IsInt({ message: 'NOTICE_RETRY_MAX_MS must be an integer' })
  @Min(1)
  NOTICE_RETRY_MAX_MS = 600_000;

  /**
   * Hosts a webhook may target although they are not on the public internet (loopback, link-local,
   * private ranges), comma-separated: e.g. an integration inside the ministry's network. Empty: none.
   */
  @Matches(/^[A-Za-z0-9.:[\]_-]*(\s*,\s*[A-Za-z0-9.:[\]_-]+)*$/, { message: 'WEBHOOK_ALLOWED_HOSTS must be comma-separated host names or IP addresses' })
  WEBHOOK_ALLOWED_HOSTS = '';

  /**
   * OpenTelemetry: the OTLP/HTTP endpoint spans go to (e.g. http://otel-collector:4318). Empty:
   * tracing is off (the default) and costs nothing.
   */
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, or empty for no tracing' })
  OTEL_EXPORTER_OTLP_ENDPOINT = '';

  /** Where people open the API's resources: links to acts in e-mails and webhook payloads. */
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_BASE_URL must look like https://host[:port]' })
  PUBLIC_BASE_URL = 'http://127.0.0.1:3000';

  /**
   * Where the files of acts and cases (attachments, rendered PDFs) are kept: `local`, a directory
   * (FILE_STORE_DIR) that `npm start` needs nothing for; or `s3`, any S3-compatible store (S3_*).
   */
  @IsIn(['local', 's3'])
  FILE_STORE: 'local' | 's3' = 'local';

  /** The directory of the local file store (relative to the working directory, or absolute). */
  @IsString()
  @MinLength(1)
  FILE_STORE_DIR = '.data/files';

  /** The S3-compatible endpoint, e.g. http://127.0.0.1:9000 for MinIO; unset for AWS itself. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'S3_ENDPOINT must look like https://host[:port]' })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** The bucket files go to; required when FILE_STORE=s3. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name' })
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (http://host/bucket/key), which MinIO and most S3-compatible servers expect. */
  @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE: 'true' | 'false' = 'true';

  /** The largest attachment accepted, in bytes; a larger upload is refused with 413 and nothing is stored. */
  @Transform(toInt)
  @IsInt({ message: 'ATTACHMENT_MAX_BYTES must be an integer' })
  @Min(1024)
  @Max(2 * 1024 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

  /**
   * The attachment types accepted, as media types, comma-separated; each is recognised by its
   * content (magic bytes), never by the file name: application/pdf, image/jpeg, image/png, image/tiff.
   */
  @Matches(/^(application\/pdf|image\/jpeg|image\/png|image\/tiff)(,(application\/pdf|image\/jpeg|image\/png|image\/tiff))*$/, {
    message: 'ATTACHMENT_TYPES must list some of application/pdf, image/jpeg, image/png, image/tiff, comma-separated',
  })
  ATTACHMENT_TYPES = 'application/pdf,image/jpeg,image/png,image/tiff';

  /**
   * Act types whose document must be signed (a verified e-signature over its PDF) before it is
   * issued, comma-separated (e.g. PROTEST,ORDER), or `none`. An office setting, not statute; none by
   * default, since only RSA signatures are verified so far (GOST 34.310 keys would be locked out).
   */
  @Matches(/^(none|[A-Z_]+(,[A-Z_]+)*)$/, { message: 'SIGNATURE_REQUIRED_ACT_TYPES must be act types, comma-separated (e.g. PROTEST,ORDER), or none' })
  SIGNATURE_REQUIRED_ACT_TYPES = 'none';

  /**
   * A PEM file of the certificates signatures must chain to (the national certification
   * authority's roots, in production). Unset: no signature is trusted, and every one is refused.
   */
  @IsOptional()
  @IsString()
  SIGNATURE_TRUST_ANCHORS_FILE?: string;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment: ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = new AppConfig().JWT_SECRET;

/** Addresses only this machine reaches: 127.0.0.0/8, ::1 and the name localhost. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

/** Validates `env` and returns the typed configuration, or throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'REDIS_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'SIGNATURE_TRUST_ANCHORS_FILE']);
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
  const editions = statuteEditionIds(config);
  const unknown = editions.find((id) => !(KNOWN_STATUTE_EDITION_IDS as readonly string[]).includes(id));
  if (unknown) throw new ConfigError('STATUTE_EDITIONS', `unknown edition '${unknown}'; this release ships ${KNOWN_STATUTE_EDITION_IDS.join(', ')}`);
  if (new Set(editions).size !== editions.length) throw new ConfigError('STATUTE_EDITIONS', 'an edition is named twice');
  if (config.FILE_STORE === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('S3_BUCKET', 'is required when FILE_STORE=s3');
  }
  if (config.RATE_LIMIT_STORE === 'redis' && !config.REDIS_URL) {
    throw new ConfigError('REDIS_URL', 'is required when RATE_LIMIT_STORE=redis');
  }
  if (config.JWT_SECRET === DEV_SECRET && (config.NODE_ENV === 'production' || !isLoopback(config.API_HOST))) {
    throw new ConfigError(
      'JWT_SECRET',
      config.NODE_ENV === 'production'
        ? 'the development default must not be used in production'
        : `the development default must not be used while the API listens on ${config.API_HOST} (beyond loopback): set a secret of your own, e.g. openssl rand -hex 32`,
    );
  }
  return config;
}

/**
 * Connections the worker needs besides its deadline jobs: the outbox relay and the reconciler (the
 * notices' short queries share what is left). Each running deadline job holds one connection for its
 * transaction; with every connection held, the relay could not schedule and a job that needed a
 * second connection would wait forever.
 */
export const WORKER_SPARE_CONNECTIONS = 2;

/** The worker refuses to start on a pool its own concurrency could exhaust. */
export function assertWorkerPoolFits(config: AppConfig): void {
  const needed = config.WORKER_CONCURRENCY + WORKER_SPARE_CONNECTIONS;
  if (config.DATABASE_POOL_SIZE < needed) {
    throw new ConfigError(
      'DATABASE_POOL_SIZE',
      `must be at least WORKER_CONCURRENCY + ${WORKER_SPARE_CONNECTIONS} = ${needed} for the worker (one connection per running deadline job, plus the outbox relay and the reconciler); it is ${config.DATABASE_POOL_SIZE}`,
    );
  }
}

/**
 * Only DATABASE_URL, validated like loadConfig does: for tools that touch nothing but PostgreSQL
 * (the migration CLI, the audit verifier), which must not demand a Redis they never use.
 */
export function loadDatabaseUrl(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string {
  return loadConfig({ DATABASE_URL: env.DATABASE_URL, QUEUE_BACKEND: 'postgres' }).DATABASE_URL;
}
