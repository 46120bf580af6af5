import { tmpdir } from 'node:os';

/**
 * The environment of one test run: its own database and Redis key prefix. The id is chosen in
 * jest's parent process (global setup) and inherited by the test workers through the environment.
 */
const runId = process.env.CONTEST_TEST_RUN ?? String(process.pid);
process.env.CONTEST_TEST_RUN = runId;

const baseDb = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = new URL(baseDb);
dbUrl.pathname = `/contest_test_${runId}`;

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: dbUrl.toString(),
  DATABASE_POOL_SIZE: '10',
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15',
  REDIS_PREFIX: `test${runId}`,
  SCRYPT_LOG_N: '10',
  SEED_DEMO: 'false',
  WEB_DIST: 'dist/does-not-exist',
  QUEUE_LOCK_MS: '2000',
  SWEEP_INTERVAL_MS: '500',
  DEADLINE_SWEEP_MS: '200',
  SWEEP_REGRADE_AFTER_MS: '1500',
  GRADING_BATCH_WAIT_MS: '5',
  // Clip uploads and their web copies, removed by the global teardown.
  STORAGE_DIR: `${tmpdir()}/contest_test_media_${runId}`,
} as const;
