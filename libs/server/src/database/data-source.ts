import { DataSource, type DataSourceOptions } from 'typeorm';

import type { Env } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

type ConnectionSettings = Pick<Env, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> &
  Partial<
    Pick<Env, 'DATABASE_POOL_WAIT_MS' | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_IDLE_IN_TRANSACTION_MS'>
  >;

/**
 * The api's and the worker's pool is bounded on every side, so nothing waits forever: a request
 * waits at most DATABASE_POOL_WAIT_MS for a connection (then 503 database_busy), a statement
 * runs at most DATABASE_STATEMENT_TIMEOUT_MS, and Postgres ends a session left idle inside a
 * transaction. Maintenance tools that pass only a URL and a size (migrations, tests) get no limits.
 */
export function dataSourceOptions(env: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: env.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through migrations, never by synchronising entities.
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: env.DATABASE_POOL_SIZE,
      keepAlive: true,
      ...(env.DATABASE_POOL_WAIT_MS !== undefined && { connectionTimeoutMillis: env.DATABASE_POOL_WAIT_MS }),
      ...(env.DATABASE_STATEMENT_TIMEOUT_MS !== undefined && {
        statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
      }),
      ...(env.DATABASE_IDLE_IN_TRANSACTION_MS !== undefined && {
        idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_MS,
      }),
    },
  };
}

export function createDataSource(env: ConnectionSettings): DataSource {
  return new DataSource(dataSourceOptions(env));
}
