import Redis from 'ioredis';
import { Client } from 'pg';

import type { Env } from './config/env';

/**
 * Checks Postgres and Redis before start-up and turns a refusal into one line saying which
 * service, where it was looked for, and how to start it on this kind of machine.
 */
export async function checkServices(env: Pick<Env, 'DATABASE_URL' | 'REDIS_URL'>): Promise<string[]> {
  const problems: string[] = [];
  const pgUrl = new URL(env.DATABASE_URL);
  pgUrl.pathname = '/postgres';
  const pg = new Client({ connectionString: pgUrl.toString(), connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (error) {
    problems.push(
      `PostgreSQL unreachable at ${pgUrl.host} (${(error as Error).message || 'no answer'}): start it with ` +
        `"pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start" or set DATABASE_URL`,
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  // connect() only says "Connection is closed"; the reason arrives as an 'error' event.
  let redisError: Error | undefined;
  redis.on('error', (error) => (redisError = error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const where = new URL(env.REDIS_URL).host;
    problems.push(
      `Redis unreachable at ${where} (${(redisError ?? (error as Error)).message || 'no answer'}): start it with ` +
        `"redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no" or set REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
  return problems;
}
