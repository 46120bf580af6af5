import { Client } from 'pg';

import type { Env } from '../config/env';
import { createDataSource } from './data-source';

/** Runs `work` on the server's `postgres` database, given the name of the one DATABASE_URL names. */
async function onServer<T>(
  databaseUrl: string,
  work: (client: Client, name: string) => Promise<T>,
): Promise<T> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`DATABASE_URL names an unusable database "${name}"`);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/** Creates the database named in DATABASE_URL when it does not exist yet. */
export function ensureDatabaseExists(databaseUrl: string): Promise<boolean> {
  return onServer(databaseUrl, async (client, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  });
}

/** Drops the database named in DATABASE_URL, closing its connections (test runs, benchmarks). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, (client, name) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/** Creates the database if missing and applies every pending migration. Returns their names. */
export async function migrateDatabase(
  env: Pick<Env, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): Promise<string[]> {
  await ensureDatabaseExists(env.DATABASE_URL);
  // Migrations may rewrite big tables: none of the request limits apply to them.
  const dataSource = createDataSource({
    DATABASE_URL: env.DATABASE_URL,
    DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the database in line with the entities (and back): empty when migrations are complete. */
export async function pendingSchemaChanges(
  env: Pick<Env, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): Promise<{ up: string[]; down: string[] }> {
  const dataSource = createDataSource(env);
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}
