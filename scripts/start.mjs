#!/usr/bin/env node
// `npm start`: prepares the database (create, migrate, seed the demo), then runs the api and
// the worker as two processes, as production does. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';

const dist = 'dist/server/apps';

// The clip track's demo and processing need Debian's ffmpeg; on a fresh machine it is installed
// here as CI installs it (as root, with apt), otherwise the demo says why its clips were skipped.
const runs = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
if (!runs('ffmpeg', ['-version']) && process.getuid?.() === 0 && runs('apt-get', ['--version'])) {
  console.log('installing ffmpeg (apt-get) for the clip track…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', 'ffmpeg'], { stdio: 'ignore', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
}

const prepared = spawnSync(process.execPath, [`${dist}/api/src/prepare.js`], { stdio: 'inherit' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const children = ['api', 'worker'].map((app) =>
  spawn(process.execPath, [`${dist}/${app}/src/main.js`], { stdio: 'inherit', env: process.env }),
);
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
};
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`${child.spawnargs[1]} exited with ${code}; stopping`);
    stop(code ?? 1);
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
