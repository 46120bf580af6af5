import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export type Queryable = Pick<Pool, 'query'> | PoolClient;

/**
 * Raw SQL on the hot paths, straight on the pg pool TypeORM opened. Every statement is named,
 * so Postgres parses and plans it once per connection instead of on every request; at a round's
 * deadline that planning is most of the database's work. TypeORM keeps the schema and migrations.
 */
@Injectable()
export class Sql {
  readonly pool: Pool;
  /** Name → text of every statement used, so a name reused for other SQL fails loudly in tests. */
  private static readonly texts = new Map<string, string>();

  constructor(dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async query<T extends QueryResultRow>(
    name: string,
    text: string,
    values: unknown[] = [],
    on: Queryable = this.pool,
  ): Promise<T[]> {
    const known = name ? Sql.texts.get(name) : text; // '' is pg's unnamed statement: any text
    if (known === undefined) Sql.texts.set(name, text);
    else if (known !== text)
      throw new Error(`SQL statement name "${name}" is used for two different statements`);
    const result = await on.query<T>({ name, text, values });
    return result.rows;
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
