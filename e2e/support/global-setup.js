// Starts the built app as `npm run start:cluster` does (prepare, two api copies behind HAProxy,
// a worker) on its own database, Redis prefix and free ports, with the demo seed, and waits
// until it answers: every journey's requests and sockets go through the balancer, round robin.
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
  const log = (name) => fs.openSync(path.join(artifacts, `${name}.log`), 'w');
  const start = (app, name, more = {}) =>
    spawn(process.execPath, [`${server}/${app}/src/main.js`], {
      env: { ...env, ...more },
      stdio: ['ignore', log(name), 'inherit'],
    });
  const apiPorts = [await freePort(), await freePort()];
  const children = [
    ...apiPorts.map((p, i) => start('api', `api${i + 1}`, { PORT: String(p), TRUST_PROXY: '1' })),
    start('worker', 'worker'),
  ];
  const { ensureDebianTool } = await import('../../scripts/debian-tool.mjs');
  if (!ensureDebianTool('haproxy', ['-v'], 'haproxy', 'the browser journeys (through the balancer)'))
    throw new Error('the browser journeys run through HAProxy: apt-get install haproxy');
  for (const p of apiPorts) await answering(`http://127.0.0.1:${p}/api/health`, 200);
  const { haproxyConfig } = require(path.join(root, 'dist/server/libs/server/src/ops/balancer.js'));
  const config = path.join(artifacts, 'haproxy.cfg');
  const haproxyLog = log('haproxy');
  fs.writeFileSync(
    config,
    haproxyConfig({
      listen: { host: '127.0.0.1', port },
      apis: apiPorts.map((p) => ({ host: '127.0.0.1', port: p })),
    }),
  );
  children.push(spawn('haproxy', ['-W', '-db', '-f', config], { stdio: ['ignore', haproxyLog, haproxyLog] }));
  globalThis.__E2E__ = { children, databaseUrl: env.DATABASE_URL, storageDir: env.STORAGE_DIR };
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  // Journeys that must move time (close a round now) reach the database directly.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;
  process.env.E2E_STORAGE_DIR = env.STORAGE_DIR;
  await answering(`${process.env.E2E_BASE_URL}/api/rounds/current`, 401);
};

/** Waits (up to 30 s) for `url` to answer with `status`. */
async function answering(url, status) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).status === status) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer ${status} within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
