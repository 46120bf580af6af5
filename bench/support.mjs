// What every benchmark here needs: the built server code, a fresh database with the demo seed,
// a free port, and waiting for a process to answer.
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
export const dist = new URL('../dist/server/', import.meta.url).pathname;
export const server = (p) => require(`${dist}libs/server/src/${p}`);

export const log = (...m) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...m);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitFor(url) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

/** Drops and recreates the benchmark's own database, migrated and seeded with the demo contest. */
export async function resetDatabase(DATABASE_URL) {
  const prepare = server('database/prepare-database.js');
  await prepare.dropDatabase(DATABASE_URL);
  await prepare.migrateDatabase({ DATABASE_URL, DATABASE_POOL_SIZE: 2 });
  const db = server('database/data-source.js').createDataSource({ DATABASE_URL, DATABASE_POOL_SIZE: 4 });
  await db.initialize();
  await server('seed/demo-seed.js').seedDemoIfEmpty(db, 10);
  await db.destroy();
}
