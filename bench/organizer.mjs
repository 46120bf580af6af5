#!/usr/bin/env node
// Finalising and exporting a contest-sized round, against the real api and worker processes.
// Arranges a closed round with N graded attempts (10 questions each, with their answers), then:
//  - finalises it over HTTP (prediction value, ranking, prizes, item statistics), several times;
//  - exports its full ranking to XLSX as a worker job, sampling the worker's RSS;
//  - as the baseline in the same run, does the naive export in this process (every row in
//    memory, then one in-memory workbook), measuring its time and memory the same way.
// Usage: npm run build && node bench/organizer.mjs [--participants 21000] [--repeats 3]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';

import { dist, freePort, log, resetDatabase, server, waitFor } from './support.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '21000' },
    repeats: { type: 'string', default: '3' },
  },
});
const N = Number(args.participants);
const domain = require(`${dist}libs/domain/src/index.js`);
const { Client } = require('pg');
const ExcelJS = require('exceljs');
const Redis = require('ioredis');

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench_org';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/12';
const PREFIX = `benchorg${process.pid}`;
const rssOf = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** A closed round of the demo contest with N graded attempts, their answers, and an organizer session. */
async function arrange(pg) {
  const { rows: units } = await pg.query('SELECT id FROM units');
  const [round] = (
    await pg.query(
      `UPDATE rounds SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 hour',
              question_count = 10, prediction_enabled = true
        WHERE week_number = 1 RETURNING id, selection`,
    )
  ).rows;
  await pg.query(`UPDATE contests SET prize_counts = '{"first":1,"second":2,"third":3,"encouragement":10}'`);
  const { rows: questions } = await pg.query(
    'SELECT id, topic, options, correct_option AS correct FROM questions',
  );
  const pool = questions.map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length }));
  const key = new Map(questions.map((q) => [q.id, q.correct]));
  const { rows: users } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id)
     SELECT 'Thí sinh ' || i, 'bench' || i || '@bench.vn', 'scrypt$10$8$1$x$y', 'participant', (($1::int[])[1 + i % $2])
       FROM generate_series(1, $3) AS i RETURNING id`,
    [units.map((u) => u.id), units.length, N],
  );
  const chunk = 3000;
  for (let from = 0; from < users.length; from += chunk) {
    const part = users.slice(from, from + chunk);
    const attempts = part.map((u, i) => {
      const paper = domain.drawPaper(
        pool,
        { selection: round.selection, questionCount: 10, shuffleQuestions: true, shuffleOptions: true },
        `b${from + i}`,
      );
      // Skill varies by participant, so scores spread and item statistics mean something.
      const skill = ((from + i) % 100) / 100;
      const answers = paper.map((item) => {
        const right = item.optionOrder.indexOf(key.get(item.questionId));
        return Math.random() < 0.35 + 0.6 * skill ? right : (right + 1) % item.optionOrder.length;
      });
      const score = domain.gradePaper(paper, new Map(answers.map((a, p) => [p, a])), (id) => key.get(id));
      return { userId: u.id, paper, answers, score, time: 60_000 + (((from + i) * 7919) % 500_000) };
    });
    const { rows: ids } = await pg.query(
      `INSERT INTO attempts (round_id, user_id, attempt_no, seed, paper, status, started_at, deadline, submitted_at,
                             submitted_by, prediction, score, time_taken_ms, graded_at)
       SELECT $1, u, 1, 'bench', p::jsonb, 'graded', now() - interval '1 day', now() - interval '23 hours',
              now() - interval '1 day' + make_interval(secs => t / 1000.0), 'participant', pr, s, t, now()
         FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[]) AS x(u, p, s, t, pr) RETURNING id`,
      [
        round.id,
        attempts.map((a) => a.userId),
        attempts.map((a) => JSON.stringify(a.paper.map((it) => ({ q: it.questionId, o: it.optionOrder })))),
        attempts.map((a) => a.score),
        attempts.map((a) => a.time),
        attempts.map((a, i) => (from + i) % 3000),
      ],
    );
    const flat = ids.flatMap((r, i) =>
      attempts[i].answers.map((option, position) => [r.id, position, option]),
    );
    await pg.query(
      `INSERT INTO attempt_answers (attempt_id, position, option, seq, saved_at)
       SELECT a, p, o, 1, now() - interval '1 day' FROM unnest($1::int[], $2::int[], $3::int[]) AS x(a, p, o)`,
      [flat.map((f) => f[0]), flat.map((f) => f[1]), flat.map((f) => f[2])],
    );
  }
  const token = randomBytes(24).toString('base64url');
  const [{ id: organizerId }] = (
    await pg.query(`SELECT id FROM users WHERE role = 'organizer' ORDER BY id LIMIT 1`)
  ).rows;
  await pg.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), organizerId],
  );
  await pg.query('VACUUM ANALYZE');
  return { roundId: round.id, cookie: `sid=${token}` };
}

async function main() {
  log(`preparing a closed round with ${N} graded attempts`);
  await resetDatabase(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const { roundId, cookie } = await arrange(pg);
  await new Redis(REDIS_URL).flushdb();

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
  const base = `http://127.0.0.1:${port}/api`;
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json();
    if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  try {
    await waitFor(`${base}/health`);

    const finaliseMs = [];
    let summary;
    for (let i = 0; i < Number(args.repeats); i++) {
      const t0 = performance.now();
      summary = await call(
        'POST',
        `/rounds/${roundId}/finalise`,
        i === 0 ? {} : { refinalise: true, reason: 'bench' },
      );
      finaliseMs.push(performance.now() - t0);
    }
    const t1 = performance.now();
    await call('POST', `/rounds/${roundId}/finalise`, {});
    const idempotentMs = performance.now() - t1;

    // Baseline floor in the same run: only reading the graded attempts the finalise has to read.
    const t2 = performance.now();
    await pg.query(
      `SELECT id, user_id, score, time_taken_ms, submitted_at, prediction, paper FROM attempts WHERE round_id = $1 AND status = 'graded'`,
      [roundId],
    );
    const readFloorMs = performance.now() - t2;

    const workerIdle = rssOf(worker.pid);
    let workerPeak = workerIdle;
    const sampler = setInterval(() => (workerPeak = Math.max(workerPeak, rssOf(worker.pid))), 50);
    const t3 = performance.now();
    const job = await call('POST', '/exports', { kind: 'round_ranking', roundId });
    let state;
    do {
      await new Promise((r) => setTimeout(r, 50));
      state = await call('GET', `/exports/${job.id}`);
    } while (state.status === 'queued' || state.status === 'running');
    const exportMs = performance.now() - t3;
    clearInterval(sampler);
    if (state.status !== 'done') throw new Error(`export ${state.status}`);

    // Baseline: the naive export (all rows, then a workbook in memory), in this process.
    global.gc?.();
    const naiveBefore = process.memoryUsage().rss / 1024 / 1024;
    let naivePeak = naiveBefore;
    const naiveSampler = setInterval(
      () => (naivePeak = Math.max(naivePeak, process.memoryUsage().rss / 1024 / 1024)),
      20,
    );
    const t4 = performance.now();
    const sheet = server('exports/export-sheets.js').exportSheet({ kind: 'round_ranking', roundId }, 'x');
    const { rows } = await pg.query(sheet.rowsSql, sheet.params);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet.sheetName);
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    for (const r of rows) ws.addRow(sheet.columns.map((c) => c.value(r)));
    const bytes = (await wb.xlsx.writeBuffer()).byteLength;
    const naiveMs = performance.now() - t4;
    clearInterval(naiveSampler);

    const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`);
    console.log(
      `round: ${N} graded attempts, 10 questions each; ${summary.participants} ranked, true value ${summary.trueValue}, ${summary.winners.length} winners, ${summary.flaggedQuestions} questions flagged`,
    );
    console.log(`finalise (HTTP, whole): ${finaliseMs.map(f).join(', ')}  (target < 5 s)`);
    console.log(`finalise again without change (idempotent answer): ${f(idempotentMs)}`);
    console.log(`baseline floor, reading the attempts once: ${f(readFloorMs)}`);
    console.log(
      `export ${state.rows} rows (job, streamed): ${f(exportMs)}, ${(state.byteSize / 1024 / 1024).toFixed(1)} MiB file; worker RSS ${workerIdle.toFixed(0)} → peak ${workerPeak.toFixed(0)} MiB (target < 10 s)`,
    );
    console.log(
      `baseline naive export in memory: ${f(naiveMs)}, ${(bytes / 1024 / 1024).toFixed(1)} MiB; RSS ${naiveBefore.toFixed(0)} → peak ${naivePeak.toFixed(0)} MiB`,
    );
  } finally {
    api.kill('SIGTERM');
    worker.kill('SIGTERM');
    await pg.end();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
