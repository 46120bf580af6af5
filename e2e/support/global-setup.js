// Starts the built app as `npm start` does (prepare, api, worker) on its own database, Redis
// prefix and free port, with the demo seed, and waits until it answers.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

module.exports = async function globalSetup() {
  const port = await freePort();
  const run = `e2e${process.pid}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/contest_${run}`,
    REDIS_URL: 'redis://127.0.0.1:6379/14',
    REDIS_PREFIX: run,
    SCRYPT_LOG_N: '12',
    WEB_DIST: path.join(root, 'dist/web'),
    STORAGE_DIR: path.join(os.tmpdir(), `contest_${run}_media`),
  };
  const server = path.join(root, 'dist/server/apps');
  const prepared = spawnSync(process.execPath, [`${server}/api/src/prepare.js`], { env, encoding: 'utf8' });
  if (prepared.status !== 0) throw new Error(`prepare failed: ${prepared.stderr || prepared.stdout}`);
  // Each process's log (warnings and errors, JSON lines) stays in e2e/artifacts for a failed run.
  const artifacts = path.join(root, 'e2e/artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  const children = ['api', 'worker'].map((app) =>
    spawn(process.execPath, [`${server}/${app}/src/main.js`], {
      env,
      stdio: ['ignore', fs.openSync(path.join(artifacts, `${app}.log`), 'w'), 'inherit'],
    }),
  );
  globalThis.__E2E__ = { children, databaseUrl: env.DATABASE_URL, storageDir: env.STORAGE_DIR };
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  // Journeys that must move time (close a round now) reach the database directly.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;
  process.env.E2E_STORAGE_DIR = env.STORAGE_DIR;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${process.env.E2E_BASE_URL}/api/rounds/current`);
      if (r.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('the app did not start within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
};
