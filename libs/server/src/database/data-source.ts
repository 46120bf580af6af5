import { DataSource, type DataSourceOptions } from 'typeorm';

import type { Env } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(env: Pick<Env, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: env.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through migrations, never by synchronising entities.
    synchronize: false,
    migrationsRun: false,
    extra: { max: env.DATABASE_POOL_SIZE },
  };
}

export function createDataSource(env: Pick<Env, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSource {
  return new DataSource(dataSourceOptions(env));
}
