#!/usr/bin/env node
// The quiz loop under load, over HTTP, against the real api and worker processes:
// N participants start → answer every question (one autosave per answer) → submit.
// Usage: npm run build && node bench/quiz-loop.mjs [--participants 20000] [--concurrency 64]
//        [--api 1] [--workers 1] [--balancer]
// With --api above 1 (or --balancer) the copies sit behind HAProxy (round robin, as in
// production) and every request goes through it; --workers copies drain the grading queue.
// Uses its own database (contest_bench) and Redis prefix; needs the machine's Postgres and Redis.
import { fork, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';

import { ensureDebianTool } from '../scripts/debian-tool.mjs';

import { createClient, runPhase } from './http-load.mjs';

import { dist, freePort, log, resetDatabase, waitFor } from './support.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '64' },
    'ceiling-requests': { type: 'string', default: '40000' },
    // Writes V8 CPU profiles of the api and the worker to bench/results/profiles/.
    profile: { type: 'boolean', default: false },
    // Ends the run after the starts (to profile or tune that phase alone).
    'starts-only': { type: 'boolean', default: false },
    api: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    balancer: { type: 'boolean', default: false },
  },
});
const API_COPIES = Number(args.api);
const WORKER_COPIES = Number(args.workers);
const BALANCED = args.balancer || API_COPIES > 1;
const N = Number(args.participants);
const C = Number(args.concurrency);
const { Client } = require('pg');
const Redis = require('ioredis');
const notepack = require('notepack.io');

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
const PREFIX = `bench${process.pid}`;

/** A round open now, N participants across the units, and a signed-in session for each. */
async function arrange(pg) {
  const [round] = (await pg.query(`SELECT * FROM rounds WHERE week_number = 1`)).rows;
  const { rows: opened } = await pg.query(
    `UPDATE rounds SET opens_at = now() - interval '1 minute', closes_at = now() + interval '3 hours',
            time_limit_seconds = 3600, attempts_allowed = 1 WHERE id = $1 RETURNING id, question_count`,
    [round.id],
  );
  const { rows: units } = await pg.query('SELECT id FROM units');
  const tokens = Array.from({ length: N }, () => randomBytes(24).toString('base64url'));
  const { rows: users } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id)
     SELECT 'Thí sinh ' || i, 'bench' || i || '@bench.vn', 'scrypt$10$8$1$x$y', 'participant', (($1::int[])[1 + i % $2])
       FROM generate_series(1, $3) AS i RETURNING id`,
    [units.map((u) => u.id), units.length, N],
  );
  await pg.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     SELECT t, u, now() + interval '1 day' FROM unnest($1::text[], $2::int[]) AS x(t, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), users.map((u) => u.id)],
  );
  return {
    roundId: opened[0].id,
    questionCount: opened[0].question_count,
    cookies: tokens.map((t) => `sid=${t}`),
  };
}

function startProcess(script, env) {
  const profileDir = new URL('./results/profiles/', import.meta.url).pathname;
  const flags = args.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  return spawn(process.execPath, [...flags, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The largest resident size seen of any one copy of each kind. */
function rssSampler(pids) {
  const peak = Object.fromEntries(Object.keys(pids).map((k) => [k, 0]));
  const timer = setInterval(() => {
    for (const [name, list] of Object.entries(pids))
      for (const pid of list) {
        try {
          const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
          peak[name] = Math.max(peak[name], kb / 1024);
        } catch {
          // process not running at this moment
        }
      }
  }, 250);
  return { peak, stop: () => clearInterval(timer) };
}

/**
 * CPU seconds used so far by each process of each part of the system (from /proc), so each phase
 * can say where the machine's two cores went: the api copies, the workers, the balancer, Postgres,
 * Redis, or this load generator. Kept per process: a Postgres backend that exits between two
 * snapshots takes its seconds with it, and summing by part would then go backwards.
 */
function cpuSnapshot(pids) {
  const tick = 100; // USER_HZ on Linux
  const usage = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / tick;
    const pid = Number(entry);
    let part = null;
    if (pids.api.includes(pid)) part = 'api';
    else if (pids.worker.includes(pid)) part = 'worker';
    else if (name === 'haproxy') part = 'balancer';
    else if (pid === process.pid) part = 'loadgen';
    else if (name === 'postgres') part = 'postgres';
    else if (name.startsWith('redis-server')) part = 'redis';
    if (part) usage.set(pid, { part, seconds });
  }
  return usage;
}

/** Cores each part used between two snapshots: per process, from 0 for those started since. */
function cpuShare(before, after, seconds) {
  const used = { api: 0, worker: 0, balancer: 0, postgres: 0, redis: 0, loadgen: 0 };
  for (const [pid, { part, seconds: now }] of after) used[part] += now - (before.get(pid)?.seconds ?? 0);
  return Object.fromEntries(Object.entries(used).map(([k, v]) => [k, +(v / seconds).toFixed(2)]));
}

/** Counts attempt.graded events per attempt, as the worker publishes them to the browsers. */
async function watchGradeEvents() {
  const sub = new Redis(REDIS_URL);
  const watch = { counts: new Map(), firstAt: null, lastAt: null, close: () => sub.disconnect() };
  await sub.psubscribe(`${PREFIX}:socket.io#/#*`);
  sub.on('pmessageBuffer', (_pattern, _channel, message) => {
    const [, packet] = notepack.decode(message);
    const [event, payload] = packet.data;
    if (event !== 'attempt.graded') return;
    watch.counts.set(payload.attemptId, (watch.counts.get(payload.attemptId) ?? 0) + 1);
    watch.firstAt ??= Date.now();
    watch.lastAt = Date.now();
  });
  return watch;
}

const fmt = (phase, ceiling) =>
  `${phase.rate.toFixed(0).padStart(6)}/s  p50 ${phase.p50.toFixed(1).padStart(6)} ms  p99 ${phase.p99
    .toFixed(1)
    .padStart(6)} ms  ${(phase.rate / ceiling.rate).toFixed(3)}× ceiling  failures ${phase.failures.length}` +
  (phase.cpu ? `\n           cores used: ${cores(phase.cpu)}` : '');
const cores = (cpu) =>
  Object.entries(cpu)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

async function main() {
  log(`preparing: ${N} participants, concurrency ${C}`);
  await resetDatabase(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const { roundId, questionCount, cookies } = await arrange(pg);
  await new Redis(REDIS_URL).flushdb();

  const env = {
    HOST: '127.0.0.1',
    DATABASE_URL,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_START_PER_IP: '100000000',
  };
  const apiPorts = [];
  for (let i = 0; i < API_COPIES; i++) apiPorts.push(await freePort());
  const apis = apiPorts.map((port) =>
    startProcess(`${dist}apps/api/src/main.js`, { ...env, PORT: String(port) }),
  );
  const workers = [];
  const pids = { api: apis.map((a) => a.pid), worker: [] };
  const rss = rssSampler(pids);
  const measuredPhase = async (count, task) => {
    const before = cpuSnapshot(pids);
    const phase = await runPhase(count, C, task);
    return { ...phase, cpu: cpuShare(before, cpuSnapshot(pids), phase.seconds) };
  };
  for (const port of apiPorts) await waitFor(`http://127.0.0.1:${port}/api/ready`);
  const balancers = [];
  const entry = BALANCED ? await startBalancer(apiPorts, balancers) : apiPorts[0];
  const events = await watchGradeEvents();

  const ceilingPort = await freePort();
  const bare = fork(new URL('./bare-fastify.mjs', import.meta.url).pathname, [String(ceilingPort)], {
    stdio: 'inherit',
  });
  await new Promise((r) => bare.once('message', r));
  const bareClient = createClient(`http://127.0.0.1:${ceilingPort}`, C);
  const ceiling = await runPhase(Number(args['ceiling-requests']), C, () =>
    bareClient.request('POST', '/echo', { answers: [{ position: 1, option: 2, seq: 3 }] }),
  );
  bareClient.close();
  log(
    `ceiling (bare Fastify POST)  ${ceiling.rate.toFixed(0)}/s  p50 ${ceiling.p50.toFixed(1)} ms  p99 ${ceiling.p99.toFixed(1)} ms`,
  );
  // What the balancer's own hop costs: the same bare route behind HAProxy (not the ratios' base).
  let ceilingThroughBalancer = null;
  if (BALANCED) {
    const ceilingBalancer = [];
    const lbClient = createClient(
      `http://127.0.0.1:${await startBalancer([ceilingPort], ceilingBalancer)}`,
      C,
    );
    ceilingThroughBalancer = await runPhase(Number(args['ceiling-requests']), C, () =>
      lbClient.request('POST', '/echo', { answers: [{ position: 1, option: 2, seq: 3 }] }),
    );
    lbClient.close();
    await stopAll(ceilingBalancer);
    log(`ceiling through HAProxy      ${fmt(ceilingThroughBalancer, ceiling)}`);
  }
  bare.kill();

  const client = createClient(`http://127.0.0.1:${entry}`, C);
  const attempts = new Array(N);
  const starts = await measuredPhase(N, async (i) => {
    const r = await client.request('POST', `/api/rounds/${roundId}/attempts`, undefined, {
      cookie: cookies[i],
    });
    if (r.status === 201)
      attempts[i] = { id: r.body.id, optionCounts: r.body.questions.map((q) => q.options.length) };
    return r;
  });
  log(`starts     ${fmt(starts, ceiling)}`);
  if (args['starts-only']) {
    client.close();
    rss.stop();
    events.close();
    await stopAll([...apis, ...balancers]);
    await pg.end();
    process.exit(starts.failures.length ? 1 : 0);
  }

  const saves = await measuredPhase(N * questionCount, async (k) => {
    const i = k % N;
    const position = Math.floor(k / N);
    const a = attempts[i];
    if (!a) return { status: 0, ms: 0, error: 'no attempt' };
    const option = (i + position) % a.optionCounts[position];
    return client.request(
      'PUT',
      `/api/attempts/${a.id}/answers`,
      { answers: [{ position, option, seq: position + 1 }] },
      { cookie: cookies[i] },
    );
  });
  log(`autosaves  ${fmt(saves, ceiling)}`);

  const accepted = new Set();
  const firstSubmitAt = Date.now();
  const submits = await measuredPhase(N, async (i) => {
    const a = attempts[i];
    if (!a) return { status: 0, ms: 0, error: 'no attempt' };
    const r = await client.request(
      'POST',
      `/api/attempts/${a.id}/submit`,
      { prediction: { value: i % 500, seq: 99 } },
      { cookie: cookies[i] },
    );
    if (r.status === 200) accepted.add(a.id);
    return r;
  });
  log(`submits    ${fmt(submits, ceiling)}`);
  client.close();

  // The worker starts only now, so the whole round waits in the queue and the drain is measured alone.
  const workerStartedAt = Date.now();
  const cpuBeforeGrading = cpuSnapshot(pids);
  for (let i = 0; i < WORKER_COPIES; i++) {
    const worker = startProcess(`${dist}apps/worker/src/main.js`, env);
    workers.push(worker);
    pids.worker.push(worker.pid);
  }
  // Progress is followed through the grade events, so the watching costs Postgres nothing; the
  // database is asked only now and then, in case events were missed, and once at the end.
  const until = Date.now() + 300_000;
  let lastDbCheck = Date.now();
  while (Date.now() < until && events.counts.size < accepted.size) {
    await new Promise((r) => setTimeout(r, 20));
    if (Date.now() - lastDbCheck > 5000) {
      lastDbCheck = Date.now();
      const { rows } = await pg.query(
        `SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1) AND status = 'graded'`,
        [[...accepted]],
      );
      if (rows[0].n >= accepted.size) break;
    }
  }
  const firstGradedAt = events.firstAt ?? Date.now();
  const lastGradedAt = events.lastAt ?? Date.now();
  const gradingCpu = cpuShare(cpuBeforeGrading, cpuSnapshot(pids), (lastGradedAt - workerStartedAt) / 1000);
  const { rows: notGraded } = await pg.query(
    `SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1) AND status <> 'graded'`,
    [[...accepted]],
  );
  await new Promise((r) => setTimeout(r, 500));
  const doubleGraded = [...events.counts.values()].filter((n) => n > 1).length;
  // What the round left on disk (attempts and their answers, with indexes), for capacity sizing.
  const { rows: storage } = await pg.query(
    `SELECT pg_total_relation_size('attempts') + pg_total_relation_size('attempt_answers') AS bytes`,
  );
  const drainSeconds = (lastGradedAt - firstGradedAt) / 1000;

  rss.stop();
  events.close();
  await stopAll([...workers, ...apis, ...balancers]);
  await pg.end();

  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    participants: N,
    concurrency: C,
    apiCopies: API_COPIES,
    workerCopies: WORKER_COPIES,
    balancer: BALANCED ? 'haproxy' : null,
    questionsPerAttempt: questionCount,
    ceiling: pick(ceiling),
    ceilingThroughBalancer: ceilingThroughBalancer && pick(ceilingThroughBalancer),
    starts: pick(starts),
    autosaves: pick(saves),
    submits: pick(submits),
    grading: {
      attempts: accepted.size,
      drainSeconds,
      drainRate: accepted.size / drainSeconds,
      workerStartToFirstGradeSeconds: (firstGradedAt - workerStartedAt) / 1000,
      firstSubmitToAllGradedSeconds: (lastGradedAt - firstSubmitAt) / 1000,
      cpu: gradingCpu,
    },
    lost: N - accepted.size + notGraded[0].n,
    doubleGraded,
    gradeEvents: events.counts.size,
    storageBytesPerAttempt: Math.round(Number(storage[0].bytes) / N),
    peakRssMiB: { api: Math.round(rss.peak.api), worker: Math.round(rss.peak.worker) },
  };
  log(
    `grading    ${result.grading.drainRate.toFixed(0)}/s (${accepted.size} attempts in ${drainSeconds.toFixed(2)} s after the first grade)`,
  );
  log(`           cores used: ${cores(gradingCpu)}`);
  log(
    `lost ${result.lost}, double-graded ${doubleGraded}, peak RSS api ${result.peakRssMiB.api} MiB, worker ${result.peakRssMiB.worker} MiB`,
  );
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(`./results/quiz-loop-${Date.now()}.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(result, null, 2));
  log(`written to ${file.pathname}`);
  process.exit(result.lost === 0 && doubleGraded === 0 ? 0 : 1);
}

/** HAProxy in front of these ports, round robin as in production; resolves to its port. */
async function startBalancer(ports, running) {
  if (!ensureDebianTool('haproxy', ['-v'], 'haproxy', 'the benchmark through a balancer'))
    throw new Error('--api above 1 needs HAProxy (apt-get install haproxy)');
  const { haproxyConfig } = require(`${dist}libs/server/src/ops/balancer.js`);
  const port = await freePort();
  const file = `${os.tmpdir()}/bench-haproxy-${process.pid}-${port}.cfg`;
  writeFileSync(
    file,
    haproxyConfig({
      listen: { host: '127.0.0.1', port },
      apis: ports.map((p) => ({ host: '127.0.0.1', port: p })),
    }),
  );
  running.push(spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'inherit'] }));
  // Up once it sends to a copy its health check has passed.
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const status = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status && status !== 503) return port;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('HAProxy did not pass requests on');
}

async function stopAll(children) {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null)
      .map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'))),
  );
}

function pick(p) {
  return {
    count: p.count,
    seconds: +p.seconds.toFixed(2),
    rate: +p.rate.toFixed(0),
    p50: +p.p50.toFixed(1),
    p99: +p.p99.toFixed(1),
    failures: p.failures.length,
    firstFailure: p.failures[0],
    coresUsed: p.cpu,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
