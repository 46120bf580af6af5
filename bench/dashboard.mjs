#!/usr/bin/env node
// The live dashboard under load: S organizer sockets watch one round while R attempts/s are
// submitted and graded by the real worker for D seconds. Reports, per socket, the most updates
// in any one second, the gap between updates, and how long after the last grade the last update
// (showing every attempt graded) arrived. Baseline in the same run: a bare event emitted through
// Redis to the same sockets (the delivery floor, with no snapshot work).
// Usage: npm run build && node bench/dashboard.mjs [--sockets 1000] [--rate 1000] [--seconds 20]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';

import { dist, freePort, log, resetDatabase, sleep, waitFor } from './support.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    sockets: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
  },
});
const S = Number(args.sockets);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const domain = require(`${dist}libs/domain/src/index.js`);
const { Client } = require('pg');
const Redis = require('ioredis');
const { Queue } = require('bullmq');
const { Emitter } = require('@socket.io/redis-emitter');
const { io } = require('socket.io-client');

const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench_dash';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/11';
const PREFIX = `benchdash${process.pid}`;

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const total = RATE * SECONDS;
  log(`preparing: ${S} organizer sockets, ${RATE} attempts/s for ${SECONDS} s (${total} attempts)`);
  await resetDatabase(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const [round] = (
    await pg.query(
      `UPDATE rounds SET opens_at = now() - interval '1 hour', closes_at = now() + interval '3 hours'
        WHERE week_number = 1 RETURNING id, selection, question_count AS "questionCount"`,
    )
  ).rows;
  const { rows: units } = await pg.query('SELECT id FROM units');
  const { rows: users } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id)
     SELECT 'Thí sinh ' || i, 'dash' || i || '@bench.vn', 'scrypt$10$8$1$x$y', 'participant', (($1::int[])[1 + i % $2])
       FROM generate_series(1, $3) AS i RETURNING id`,
    [units.map((u) => u.id), units.length, total],
  );
  const [{ id: organizerId }] = (await pg.query(`SELECT id FROM users WHERE role = 'organizer' LIMIT 1`))
    .rows;
  const tokens = Array.from({ length: S }, () => randomBytes(24).toString('base64url'));
  await pg.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     SELECT t, $2, now() + interval '1 day' FROM unnest($1::text[]) AS x(t)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), organizerId],
  );
  const { rows: questions } = await pg.query('SELECT id, topic, options FROM questions');
  const pool = questions.map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length }));
  const papers = users.map((_, i) =>
    JSON.stringify(
      domain
        .drawPaper(
          pool,
          {
            selection: round.selection,
            questionCount: round.questionCount,
            shuffleQuestions: true,
            shuffleOptions: true,
          },
          `d${i}`,
        )
        .map((it) => ({ q: it.questionId, o: it.optionOrder })),
    ),
  );
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();

  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  const api = spawn(process.execPath, [`${dist}apps/api/src/main.js`], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const worker = spawn(process.execPath, [`${dist}apps/worker/src/main.js`], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const queue = new Queue('grading', {
    connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }),
    prefix: PREFIX,
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`);
    const sockets = [];
    const updates = tokens.map(() => []);
    const pings = tokens.map(() => null);
    for (let i = 0; i < S; i++) {
      const socket = io(`http://127.0.0.1:${port}`, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: { cookie: `sid=${tokens[i]}` },
      });
      socket.on('dashboard.update', (s) => updates[i].push({ at: Date.now(), graded: s.attempts.graded }));
      socket.on('bench.ping', () => (pings[i] = Date.now()));
      sockets.push(socket);
    }
    await Promise.all(sockets.map((s) => new Promise((r) => (s.connected ? r() : s.on('connect', r)))));
    const acks = await Promise.all(
      sockets.map((s) => s.emitWithAck('dashboard.join', { roundId: round.id })),
    );
    if (acks.some((a) => !a.ok)) throw new Error(`join refused: ${JSON.stringify(acks.find((a) => !a.ok))}`);
    log(`${S} sockets connected and joined`);

    // Baseline: one bare event through Redis to the same room, no snapshot work.
    const emitter = new Emitter(redis, { key: `${PREFIX}:socket.io` });
    const sentAt = Date.now();
    emitter.to(`dashboard:round:${round.id}`).emit('bench.ping', {});
    while (pings.some((p) => p === null) && Date.now() - sentAt < 10_000) await sleep(10);
    const pingLag = pings.map((p) => (p ?? Infinity) - sentAt);

    for (const u of updates) u.length = 0;
    const started = Date.now();
    const tick = 100;
    const perTick = Math.round((RATE * tick) / 1000);
    for (let t = 0, next = 0; next < total; t++) {
      const ids = users.slice(next, next + perTick).map((u) => u.id);
      const slice = papers.slice(next, next + perTick);
      next += perTick;
      const { rows: inserted } = await pg.query(
        `INSERT INTO attempts (round_id, user_id, attempt_no, seed, paper, status, started_at, deadline, submitted_at,
                               submitted_by, time_taken_ms)
         SELECT $1, u, 1, 'dash', p::jsonb, 'submitted', now() - interval '5 minutes', now() + interval '1 hour', now(),
                'participant', 300000
           FROM unnest($2::int[], $3::text[]) AS x(u, p) RETURNING id`,
        [round.id, ids, slice],
      );
      await queue.addBulk(
        inserted.map((r) => ({
          name: 'grade-attempt',
          data: { attemptId: r.id },
          opts: { jobId: `attempt-${r.id}` },
        })),
      );
      const wait = started + (t + 1) * tick - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const submitSeconds = (Date.now() - started) / 1000;
    let lastGradeAt;
    for (;;) {
      const [{ waiting, last }] = (
        await pg.query(
          `SELECT count(*) FILTER (WHERE status <> 'graded')::int AS waiting, max(graded_at) AS last FROM attempts WHERE round_id = $1`,
          [round.id],
        )
      ).rows;
      if (waiting === 0) {
        lastGradeAt = last.getTime();
        break;
      }
      await sleep(50);
    }
    const gradeSeconds = (lastGradeAt - started) / 1000;
    await sleep(3000);

    const maxPerSecond = updates.map((u) => {
      let most = 0;
      for (let i = 0, j = 0; i < u.length; i++) {
        while (u[i].at - u[j].at >= 1000) j++;
        most = Math.max(most, i - j + 1);
      }
      return most;
    });
    const gaps = updates.flatMap((u) => u.slice(1).map((x, i) => x.at - u[i].at));
    const lastLag = updates.map((u) => {
      const done = u.find((x) => x.graded === total);
      return done ? done.at - lastGradeAt : Infinity;
    });
    const counts = updates.map((u) => u.length);
    console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`);
    console.log(
      `load: ${total} attempts submitted in ${submitSeconds.toFixed(1)} s (${(total / submitSeconds).toFixed(0)}/s), all graded ${gradeSeconds.toFixed(1)} s after the first`,
    );
    console.log(
      `baseline bare emit to ${S} sockets: p50 ${pct(pingLag, 50)} ms, max ${Math.max(...pingLag)} ms`,
    );
    console.log(
      `updates per socket: min ${Math.min(...counts)}, max ${Math.max(...counts)}; most in any 1 s window: ${Math.max(...maxPerSecond)} (target ≤ 1)`,
    );
    console.log(`gap between updates: min ${Math.min(...gaps)} ms, p50 ${pct(gaps, 50)} ms`);
    console.log(
      `last update (all graded) after the last grade: p50 ${pct(lastLag, 50)} ms, max ${Math.max(...lastLag)} ms (target ≤ 2000 ms)`,
    );
    sockets.forEach((s) => s.close());
  } finally {
    api.kill('SIGTERM');
    worker.kill('SIGTERM');
    await queue.close();
    redis.disconnect();
    await pg.end();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
