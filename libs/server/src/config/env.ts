import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/** Every setting the api and worker read, with local defaults; validated once at start. */
const envFields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 1),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/civic_contest'),
  // Few connections suit a small machine: more only add context switches between Postgres backends.
  DATABASE_POOL_SIZE: int(10, 1),
  /** How long a request waits for a pooled connection before it is answered 503 database_busy. */
  DATABASE_POOL_WAIT_MS: int(3000, 100),
  /** The longest one statement may run on the app's connections (Postgres cancels it). */
  DATABASE_STATEMENT_TIMEOUT_MS: int(30_000, 100),
  /** Postgres ends a session that sits this long inside a transaction doing nothing. */
  DATABASE_IDLE_IN_TRANSACTION_MS: int(15_000, 100),
  /** Prometheus metrics of this process at http://METRICS_HOST:METRICS_PORT/metrics; 0 = not served. */
  METRICS_PORT: int(0, 0),
  /** Loopback by default: the figures are for the operators' scraper, not the public. */
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** How long SIGTERM waits for running work to finish before the process exits anyway. */
  SHUTDOWN_GRACE_MS: int(10_000, 100),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key this deployment owns (queues, caches, limits). */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('contest'),
  SESSION_TTL_HOURS: int(12, 1),
  /** How long an api process trusts a session it has looked up (0 = ask Postgres every time). */
  SESSION_CACHE_MS: int(5000, 0),
  /** Unset: Secure everywhere but on localhost; set it false only for plain HTTP on a closed network. */
  COOKIE_SECURE: bool.optional(),
  /** Origins other than the api's own host allowed to send state-changing requests (comma-separated). */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /**
   * Which proxies' X-Forwarded-* headers to believe: false, a hop count (1 behind one load
   * balancer), or their addresses (comma-separated). `true` believes any client, so its own
   * X-Forwarded-For would pick the IP that rate limits count: only for a proxy that overwrites it.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string[] => {
      if (v === 'true' || v === 'false') return v === 'true';
      if (/^\d+$/.test(v)) return Number(v);
      return v.split(',').map((a) => a.trim());
    }),
  BODY_LIMIT_BYTES: int(64 * 1024, 1024),
  /** Largest question spreadsheet an organizer may upload. */
  IMPORT_MAX_BYTES: int(10 * 1024 * 1024, 1024),
  /** The largest attachment any track may allow (each track sets its own, up to this). */
  ATTACHMENT_MAX_BYTES: int(50 * 1024 * 1024, 1024),
  WEB_DIST: z.string().default('dist/web'),
  SEED_DEMO: bool.default(true),
  // 'warn' by default: Nest's start-up chatter (every route mapped) is noise in a terminal.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('warn'),
  /** json: one JSON object per line (level, time, pid, context, message) for log collectors. */
  LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  /** Password hashing cost: scrypt N = 2^SCRYPT_LOG_N (15 = 32 MiB per hash). */
  SCRYPT_LOG_N: int(15, 10),
  /** Failed sign-ins per account from one IP: the brute-force bound a stranger can reach. */
  RATE_LOGIN_PER_ACCOUNT: int(10, 1),
  /** Failed sign-ins per account from all IPs together: far higher, so no one IP locks the owner out. */
  RATE_LOGIN_PER_ACCOUNT_ALL_IPS: int(500, 1),
  RATE_LOGIN_PER_IP: int(60, 1),
  RATE_LOGIN_WINDOW_SECONDS: int(300, 1),
  // Registrations per IP: offices register from behind one address, throwaway accounts do too.
  RATE_REGISTER_PER_IP: int(60, 1),
  RATE_REGISTER_WINDOW_SECONDS: int(600, 1),
  RATE_START_PER_ACCOUNT: int(10, 1),
  // Offices sit behind one NAT address, so the per-IP start limit is generous.
  RATE_START_PER_IP: int(1200, 1),
  RATE_START_WINDOW_SECONDS: int(60, 1),
  GRADING_CONCURRENCY: int(1000, 1),
  GRADING_BATCH_SIZE: int(500, 1),
  GRADING_BATCH_WAIT_MS: int(15, 0),
  /** How long a BullMQ job lock lasts before another worker may take a crashed worker's job. */
  QUEUE_LOCK_MS: int(30_000, 1000),
  SWEEP_INTERVAL_MS: int(15_000, 100),
  /** How often a worker closes attempts left open past their deadline (one worker per tick). */
  DEADLINE_SWEEP_MS: int(1000, 100),
  /** A submitted attempt not graded after this long is queued again by the sweeper. */
  SWEEP_REGRADE_AFTER_MS: int(30_000, 0),
  /** Live dashboards are pushed at most this often per round room. */
  DASHBOARD_INTERVAL_MS: int(1000, 100),
  /** Rows per database read while an export streams to its file. */
  EXPORT_BATCH_ROWS: int(2000, 100),
  /** local: one machine's disk; s3: a bucket every api and worker host shares. */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** Local object root; tus keeps uploads in progress in `<STORAGE_DIR>/incoming` (s3: in the bucket). */
  STORAGE_DIR: z.string().min(1).default('var/media'),
  /** The S3-compatible store's URL (MinIO, Ceph, a cloud's endpoint); required with STORAGE_DRIVER=s3. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  /** Both unset: the AWS SDK's own credential chain (an instance role, for instance). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Path style (host/bucket/key) is what self-hosted stores answer; virtual hosts need wildcard DNS.
  S3_FORCE_PATH_STYLE: bool.default(true),
  /** The ffmpeg and ffprobe binaries, when not the ones on PATH. */
  FFMPEG_PATH: z.string().min(1).default('ffmpeg'),
  FFPROBE_PATH: z.string().min(1).default('ffprobe'),
  // 720 lines are plenty to judge a clip and keep a worker's encode near real time.
  VIDEO_MAX_HEIGHT: int(720, 144),
  /** Clips a worker processes at once; each ffmpeg already uses every core. */
  MEDIA_CONCURRENCY: int(1, 1),
});

/** Every setting, plus the checks across them: a half-configured bucket stops start-up, not the first upload. */
export const envSchema = envFields.superRefine((env, ctx) => {
  if (env.STORAGE_DRIVER !== 's3') return;
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET'] as const) {
    if (!env[name])
      ctx.addIssue({ code: 'custom', path: [name], message: 'required when STORAGE_DRIVER=s3' });
  }
});
export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment; a bad value stops start-up with one line naming it. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const name = String(first.path[0]);
  throw new EnvError(
    `Invalid environment variable ${name}=${JSON.stringify(source[name])}: ${first.message}`,
  );
}
