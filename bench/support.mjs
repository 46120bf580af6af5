// What every benchmark here needs: the built server code, a fresh database with the demo seed,
// a free port, and waiting for a process to answer.
import { createHash, randomBytes } from 'node:crypto';
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

/**
 * An account made straight in the database with a session of its own (what signing up and in
 * would give, without a thousand scrypt hashes in the way): its id and the cookie to call with.
 */
export async function signedInAccount(pg, { role, fullName, login, unitId, password }) {
  const hash = await server('accounts/password.js').hashPassword(password, 10);
  const token = randomBytes(24).toString('base64url');
  const { rows } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [fullName, login, hash, role, unitId],
  );
  await pg.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), rows[0].id],
  );
  return { id: rows[0].id, cookie: `sid=${token}`, login };
}

/** Calls the api as one session: JSON in and out, or a raw file; anything but 2xx throws with the answer. */
export function apiCaller(base, cookie) {
  return async (method, path, body, raw) => {
    const headers = { cookie };
    if (raw) headers['content-type'] = 'application/octet-stream';
    else if (body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${base}/api${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const type = r.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await r.json() : Buffer.from(await r.arrayBuffer());
    if (r.status >= 300)
      throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(data).slice(0, 400)}`);
    return data;
  };
}

/** The median and the slowest of `runs` sequential calls, in ms. */
export async function timeIt(fn, runs = 15) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(runs / 2)], max: ms.at(-1) };
}
