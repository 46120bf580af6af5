import { createDataSource } from './data-source';
import { Sql } from './sql';
import { TEST_ENV } from '../test-support/test-env';

/**
 * A transaction's queries reach its own connection whoever issues them: with a pool of ONE
 * connection, a service called inside a transaction that asked the pool for a second one would
 * wait for ever (bounded here to 300 ms, then an error). This is the class of the frozen api.
 */
describe('Sql transactions', () => {
  const db = createDataSource({
    DATABASE_URL: TEST_ENV.DATABASE_URL,
    DATABASE_POOL_SIZE: 1,
    DATABASE_POOL_WAIT_MS: 300,
  });
  let sql: Sql;

  beforeAll(async () => {
    await db.initialize();
    sql = new Sql(db);
    await sql.query('', 'CREATE TABLE IF NOT EXISTS sql_spec (n int)');
  });
  afterAll(async () => {
    await sql.query('', 'DROP TABLE IF EXISTS sql_spec');
    await db.destroy();
  });

  const pid = async () =>
    (await sql.query<{ pid: number }>('sql-spec-pid', 'SELECT pg_backend_pid() AS pid'))[0].pid;

  it('runs a nested service call on the transaction’s own connection, never a second one', async () => {
    const seen = await sql.transaction(async (client) => {
      const own = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      // What a nested service does: no client handed over.
      return { own, nested: await pid(), together: await Promise.all([pid(), pid(), pid()]) };
    });
    expect(seen.nested).toBe(seen.own);
    expect(seen.together).toEqual([seen.own, seen.own, seen.own]);
  });

  it('joins an outer transaction, so the inner work rolls back with it', async () => {
    await expect(
      sql.transaction(async () => {
        await sql.transaction(async () => {
          await sql.query('sql-spec-insert', 'INSERT INTO sql_spec (n) VALUES (1)');
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await sql.query('sql-spec-count', 'SELECT count(*)::int AS n FROM sql_spec')).toEqual([{ n: 0 }]);
  });

  it('sends work left running after COMMIT to the pool, not to a connection lent on', async () => {
    let late!: Promise<unknown[]>;
    await sql.transaction(async () => {
      late = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        sql.query('sql-spec-late', 'SELECT 1 AS one'),
      );
    });
    const viaPool = jest.spyOn(sql.pool, 'query');
    try {
      expect(await late).toEqual([{ one: 1 }]);
      expect(viaPool).toHaveBeenCalledWith(expect.objectContaining({ text: 'SELECT 1 AS one' }));
    } finally {
      viaPool.mockRestore();
    }
  });

  it('gives up waiting for a connection after the pool wait, instead of waiting for ever', async () => {
    const held = await sql.pool.connect();
    try {
      await expect(pid()).rejects.toThrow(/timeout/);
    } finally {
      held.release();
    }
  });
});
