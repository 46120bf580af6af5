import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export type Queryable = Pick<Pool, 'query'> | PoolClient;

/**
 * The name Postgres knows a statement by: the caller's label plus a digest of the text. A label
 * reused for other SQL therefore makes a second statement instead of a 500 that depends on which
 * route ran first on a connection (`sql-statements.spec.ts` keeps the labels unique for logs).
 */
export function statementName(label: string, text: string): string {
  if (!label) return ''; // pg's unnamed statement: parsed on every use
  return `${label}:${createHash('sha1').update(text).digest('base64url').slice(0, 12)}`;
}

/**
 * Whether Postgres refused a statement for its data (class 22, data exception; class 23, integrity
 * violation) rather than for being busy or down: in a statement of many rows, one row's fault.
 */
export function isRowError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/**
 * Raw SQL on the hot paths, straight on the pg pool TypeORM opened. Every statement is named,
 * so Postgres parses and plans it once per connection instead of on every request; at a round's
 * deadline that planning is most of the database's work. TypeORM keeps the schema and migrations.
 *
 * Inside `transaction()` every query reaches the transaction's own connection through
 * AsyncLocalStorage, whoever issues it: a service called from inside a transaction cannot take a
 * second pooled connection and wait for it while holding the first (ten such requests at once
 * once held the whole pool forever).
 */
@Injectable()
export class Sql {
  readonly pool: Pool;
  /**
   * The transaction the caller runs in. `open` turns false when it ends, so work left running
   * after COMMIT falls back to the pool instead of reaching a connection lent to someone else.
   */
  private readonly current = new AsyncLocalStorage<{ client: PoolClient; open: boolean }>();
  /** The last query sent on each checked-out connection, so the next one waits its turn. */
  private readonly pending = new WeakMap<object, Promise<unknown>>();

  constructor(dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  /** Runs `text` on `on` if given, else on the surrounding transaction's connection, else the pool. */
  async query<T extends QueryResultRow>(
    label: string,
    text: string,
    values: unknown[] = [],
    on?: Queryable,
  ): Promise<T[]> {
    const target = on ?? this.openTransaction() ?? this.pool;
    const statement = { name: statementName(label, text), text, values };
    if (target === this.pool) return (await this.pool.query<T>(statement)).rows;
    return (await this.inTurn(target, () => target.query<T>(statement))).rows;
  }

  /**
   * One connection runs one statement at a time: queries a transaction's services issue together
   * (Promise.all), and its COMMIT or ROLLBACK, take turns here instead of piling up inside pg.
   */
  private inTurn<R>(connection: Queryable, send: () => Promise<R>): Promise<R> {
    const previous = this.pending.get(connection) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(send);
    this.pending.set(connection, run);
    return run;
  }

  /** The surrounding transaction's connection, while that transaction is still open. */
  private openTransaction(): PoolClient | undefined {
    const transaction = this.current.getStore();
    return transaction?.open ? transaction.client : undefined;
  }

  /**
   * One transaction on one connection. Called inside another, it joins the outer one (the work
   * commits or rolls back with it), so services compose without nesting connections.
   */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const outer = this.openTransaction();
    if (outer) return work(outer);
    const client = await this.pool.connect();
    let broken: unknown;
    const transaction = { client, open: true };
    try {
      await this.inTurn(client, () => client.query('BEGIN'));
      const result = await this.current.run(transaction, () => work(client));
      await this.inTurn(client, () => client.query('COMMIT'));
      return result;
    } catch (error) {
      await this.inTurn(client, () => client.query('ROLLBACK')).catch(
        (rollbackError: unknown) => (broken = rollbackError),
      );
      throw error;
    } finally {
      transaction.open = false;
      // A connection whose rollback failed is in an unknown state: the pool drops it.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }
}
