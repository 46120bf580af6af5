#!/usr/bin/env node
// `npm start`: prepares the database (create, migrate, seed the demo), then runs the api and
// the worker as two processes, as production does. Where nothing answers at the configured
// Postgres and Redis, it starts its own first (local-services.mjs). Ctrl-C stops them all.
//
// `npm run start:cluster` (`node scripts/start.mjs --api 3 --workers 2`): N api copies on the
// ports after PORT, on loopback, behind Debian's HAProxy on PORT (round robin, no stickiness),
// and M workers; `--metrics` gives each process a Prometheus port from 9464 on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { ensureDebianTool } from './debian-tool.mjs';
import { ensureLocalServices } from './local-services.mjs';

const dist = 'dist/server/apps';
const { values: args } = parseArgs({
  options: {
    api: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    metrics: { type: 'boolean', default: false },
  },
});
const apis = Number(args.api);
const workers = Number(args.workers);
if (!(apis >= 1 && workers >= 1)) {
  console.error('--api and --workers take a number from 1');
  process.exit(2);
}
const balanced = apis > 1;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// The clip track's demo and processing need Debian's ffmpeg: installed on a fresh machine as CI
// does, otherwise the demo says why its clips were skipped.
ensureDebianTool('ffmpeg', ['-version'], 'ffmpeg', 'the clip track');
if (balanced && !ensureDebianTool('haproxy', ['-v'], 'haproxy', 'the load balancer')) {
  console.error('several api copies need HAProxy (apt-get install haproxy)');
  process.exit(1);
}

// LOCAL_SERVICES_DIR: where a started Postgres keeps its data (var/postgres by default).
const local = await ensureLocalServices(process.env.LOCAL_SERVICES_DIR ?? 'var').catch((error) => {
  console.error(error.message);
  process.exit(1);
});
const prepared = spawnSync(process.execPath, [`${dist}/api/src/prepare.js`], { stdio: 'inherit' });
if (prepared.status !== 0) {
  await local.stop();
  process.exit(prepared.status ?? 1);
}

let metricsPort = 9464;
const metrics = () => (args.metrics ? { METRICS_PORT: String(metricsPort++) } : {});
const run = (command, commandArgs, env = {}) =>
  spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
const children = [];
const apiPorts = balanced ? Array.from({ length: apis }, (_, i) => port + 1 + i) : [port];
for (const apiPort of apiPorts)
  children.push(
    run(process.execPath, [`${dist}/api/src/main.js`], {
      PORT: String(apiPort),
      // Behind the balancer a copy is reached only through it, and trusts the one hop it adds.
      ...(balanced ? { HOST: '127.0.0.1', TRUST_PROXY: '1' } : {}),
      ...metrics(),
    }),
  );
for (let i = 0; i < workers; i++)
  children.push(run(process.execPath, [`${dist}/worker/src/main.js`], metrics()));
if (balanced) {
  // The balancer starts once every copy answers, so its first word is not "no server available".
  const answers = async (p) => (await fetch(`http://127.0.0.1:${p}/api/health`).catch(() => null))?.ok;
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    if ((await Promise.all(apiPorts.map(answers))).every(Boolean)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { haproxyConfig } = createRequire(import.meta.url)('../dist/server/libs/server/src/ops/balancer.js');
  mkdirSync('var', { recursive: true });
  writeFileSync(
    'var/haproxy.cfg',
    haproxyConfig({ listen: { host, port }, apis: apiPorts.map((p) => ({ host: '127.0.0.1', port: p })) }),
  );
  // -db: in the foreground, its log on this terminal; -W: a master that Ctrl-C stops cleanly.
  children.push(run('haproxy', ['-W', '-db', '-f', 'var/haproxy.cfg']));
  console.log(
    `HAProxy on http://localhost:${port} → ${apis} api copies (${apiPorts.join(', ')}), ${workers} workers`,
  );
}

let stopping = false;
const running = (child) => child.exitCode === null && child.signalCode === null;
/** Stops the app's processes, then the services started for them. */
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 15_000).unref();
  const exits = children.filter(running).map((child) => new Promise((done) => child.once('exit', done)));
  for (const child of children.filter(running)) child.kill('SIGTERM');
  await Promise.all(exits);
  await local.stop().catch(() => undefined);
  process.exit(code);
};
for (const child of children) {
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`${child.spawnargs.slice(0, 2).join(' ')} exited with ${code}; stopping`);
    void stop(code ?? 1);
  });
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
