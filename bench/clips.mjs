#!/usr/bin/env node
// The clip track at contest size, against the real api and worker processes:
//  1. uploads N clips of a few MB each with the tus client, as units would, and waits for the
//     worker to process them all; per clip, the worker's whole job time beside the time ffmpeg
//     itself takes for the same web copy run alone on the same file (the baseline);
//  2. the ranking of N entries × 5 judges (every criterion scored), computed by the api, beside
//     the plain read of the same score rows (the baseline);
//  3. one big upload's throughput through tus, as a ratio to copying the same file on disk.
// Usage: npm run build && node bench/clips.mjs [--clips 110] [--seconds 12] [--big-mb 256]
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';

import { dist, freePort, log, resetDatabase, server, waitFor } from './support.mjs';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const { values: args } = parseArgs({
  options: {
    clips: { type: 'string', default: '110' },
    seconds: { type: 'string', default: '12' },
    'big-mb': { type: 'string', default: '256' },
  },
});
const N = Number(args.clips);
const { Client } = require('pg');
const Redis = require('ioredis');
const tus = require('tus-js-client');

const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench_clips';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/12';
const PREFIX = `benchclips${process.pid}`;
const PATTERNS = [
  'testsrc2',
  'smptehdbars',
  'rgbtestsrc',
  'testsrc',
  'mandelbrot',
  'cellauto',
  'life',
  'smptebars',
];
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function signIn(base, login, password) {
  const r = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (r.status !== 200) throw new Error(`login ${login}: ${r.status}`);
  return r.headers.get('set-cookie').split(';')[0];
}

function caller(base, cookie) {
  return async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

function upload(base, cookie, file, metadata) {
  return new Promise((resolve, reject) => {
    const u = new tus.Upload(file, {
      endpoint: `${base}/uploads`,
      metadata,
      headers: { cookie },
      chunkSize: 8 * 1024 * 1024,
      retryDelays: null,
      storeFingerprintForResuming: false,
      onSuccess: () => resolve(),
      onError: reject,
    });
    u.start();
  });
}

/** Distinct clips of a few MB: 854×480 test patterns with a tone, at a phone-like bit rate. */
async function makeClips(dir) {
  const files = [];
  for (let i = 0; i < N; i++) {
    const file = join(dir, `clip-${i}.mp4`);
    await run('ffmpeg', [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `${PATTERNS[i % PATTERNS.length]}=size=854x480:rate=25`],
      ...['-f', 'lavfi', '-i', `sine=frequency=${220 + i * 7}`, '-t', args.seconds],
      ...['-vf', `hue=h=${(i * 37) % 360}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '2500k'],
      ...['-pix_fmt', 'yuv420p', '-c:a', 'aac', file],
    ]);
    files.push(file);
  }
  return files;
}

/** ffmpeg alone on the same file with the worker's settings (see media/video-processing.ts). */
async function ffmpegAlone(input, output) {
  const started = performance.now();
  await run('ffmpeg', [
    ...['-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', input, '-map', '0:V:0', '-map', '0:a:0?'],
    ...[
      '-map_metadata',
      '-1',
      '-map_chapters',
      '-1',
      '-sn',
      '-dn',
      '-vf',
      "scale=-2:'trunc(min(ih,720)/2)*2'",
    ],
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23'],
    ...['-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-movflags', '+faststart', output],
  ]);
  return performance.now() - started;
}

async function main() {
  const dir = await mkdtemp(join(os.tmpdir(), 'bench-clips-'));
  const storageDir = join(dir, 'media');
  log(`making ${N} clips of ${args.seconds} s…`);
  const clips = await makeClips(dir);
  const sizes = await Promise.all(clips.map(async (f) => (await stat(f)).size));
  log(`clips: mean ${(mean(sizes) / 1e6).toFixed(1)} MB`);

  await resetDatabase(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  await new Redis(REDIS_URL).flushdb();
  const hash = await server('accounts/password.js').hashPassword('Bench-2026', 10);
  const { rows: units } = await pg.query(
    `SELECT id, code FROM units WHERE level IN ('department', 'district', 'commune', 'central_agency') ORDER BY code LIMIT $1`,
    [N],
  );
  const made = async (role, login, unitId) =>
    pg.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, $4, $5)`,
      [login, login, hash, role, unitId],
    );
  await made('organizer', 'bench-btc@bench.vn', null);
  for (const u of units) await made('unit_admin', `qt-${u.id}@bench.vn`, u.id);
  for (let j = 1; j <= 5; j++) await made('judge', `gk${j}@bench.vn`, null);

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
    STORAGE_DIR: storageDir,
    SCRYPT_LOG_N: '10',
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
  try {
    await waitFor(`${base}/health`);
    const organizer = caller(base, await signIn(base, 'bench-btc@bench.vn', 'Bench-2026'));
    const [{ id: contestId }] = (await pg.query('SELECT min(id) AS id FROM contests')).rows;
    const track = await organizer('POST', `/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: {
        title: 'Video clip cải cách hành chính (benchmark)',
        rulesText: 'Thể lệ',
        opensAt: new Date(Date.now() - 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
        submitter: 'unit_admin',
        entriesPerUnit: 2,
        topics: [],
        allowFiles: true,
        allowLinks: true,
        maxMegabytes: 4096,
        maxDurationSeconds: 600,
        formats: ['mp4'],
      },
    });

    // 1. N uploads, four at a time as units would send them, then the worker drains.
    log(`uploading ${N} clips…`);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < N) {
          const i = next++;
          const cookie = await signIn(base, `qt-${units[i % units.length].id}@bench.vn`, 'Bench-2026');
          const entry = await caller(base, cookie)('POST', `/tracks/${track.id}/entries`, {
            title: `Clip số ${i + 1} của đơn vị ${units[i % units.length].code}`,
            description: '',
            topic: null,
            authors: ['Tác giả'],
            linkUrl: null,
          });
          await upload(base, cookie, await readFile(clips[i]), {
            entryId: String(entry.id),
            filename: `clip-${i}.mp4`,
          });
        }
      }),
    );
    const uploadedMs = performance.now() - started;
    for (;;) {
      const { rows } = await pg.query(
        `SELECT count(*) FILTER (WHERE status IN ('ready', 'failed'))::int AS done FROM entry_files`,
      );
      if (rows[0].done >= N) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const drainedMs = performance.now() - started;
    const { rows: files } = await pg.query(
      `SELECT f.status, f.processing_ms AS worker, f.ffmpeg_ms AS ffmpeg, f.original_name AS name FROM entry_files f ORDER BY f.id`,
    );
    const ready = files.filter((f) => f.status === 'ready');
    log('ffmpeg alone on the same files (baseline)…');
    const alone = [];
    for (const f of ready.slice(0, Math.min(ready.length, 20))) {
      const i = Number(/clip-(\d+)/.exec(f.name)[1]);
      alone.push(await ffmpegAlone(clips[i], join(dir, `alone-${i}.mp4`)));
    }
    const workerMs = ready.map((f) => f.worker);
    const ffmpegMs = ready.map((f) => f.ffmpeg);

    // 2. The ranking: N entries × 5 judges, every criterion scored.
    const stageId = track.stages[0].id;
    await pg.query(`UPDATE entries SET screening = 'accepted' WHERE track_id = $1 AND status = 'submitted'`, [
      track.id,
    ]);
    // What screening would have done: the stage holds every accepted entry.
    await pg.query(
      `INSERT INTO stage_entries (stage_id, entry_id, state, reason)
       SELECT $1, id, 'in', 'Được nhận khi sàng lọc' FROM entries WHERE track_id = $2 AND status = 'submitted'`,
      [stageId, track.id],
    );
    await organizer('POST', `/stages/${stageId}/assignments/auto`, { judgesPerEntry: 5 });
    await pg.query(
      `INSERT INTO judge_scores (assignment_id, criterion_id, entry_id, points)
       SELECT a.id, c.id, a.entry_id, round((c.max_points * (0.4 + 0.6 * random()))::numeric * 4) / 4
         FROM judge_assignments a JOIN rubric_criteria c ON c.stage_id = a.stage_id WHERE a.stage_id = $1`,
      [stageId],
    );
    await pg.query(`UPDATE stage_entries SET votes = (random() * 500)::int WHERE stage_id = $1`, [stageId]);
    const rankingMs = [];
    const readMs = [];
    let standings = 0;
    for (let k = 0; k < 30; k++) {
      const t0 = performance.now();
      const results = await organizer('GET', `/stages/${stageId}/results`);
      rankingMs.push(performance.now() - t0);
      standings = results.standings.length;
      const t1 = performance.now();
      await pg.query(
        `SELECT s.assignment_id, s.criterion_id, s.points FROM judge_scores s
           JOIN judge_assignments a ON a.id = s.assignment_id WHERE a.stage_id = $1`,
        [stageId],
      );
      readMs.push(performance.now() - t1);
    }

    // 3. One big upload through tus against a plain disk copy of the same bytes.
    const bigMb = Number(args['big-mb']);
    const big = join(dir, 'big.bin');
    await run('sh', ['-c', `head -c ${bigMb * 1024 * 1024} /dev/urandom > ${big}`]);
    const t2 = performance.now();
    await copyFile(big, join(dir, 'big-copy.bin'));
    const copyMs = performance.now() - t2;
    await pg.query(`UPDATE entry_tracks SET entries_per_unit = 10 WHERE id = $1`, [track.id]);
    const cookie = await signIn(base, `qt-${units[0].id}@bench.vn`, 'Bench-2026');
    const bigEntry = await caller(base, cookie)('POST', `/tracks/${track.id}/entries`, {
      title: 'Clip dung lượng lớn',
      description: '',
      topic: null,
      authors: ['Tác giả'],
      linkUrl: null,
    });
    const bytes = await readFile(big);
    const t3 = performance.now();
    await upload(base, cookie, bytes, { entryId: String(bigEntry.id), filename: 'big.mp4' });
    const tusMs = performance.now() - t3;

    const f1 = (x) => x.toFixed(1);
    console.log('\n== clip processing (worker job vs ffmpeg) ==');
    console.log(
      `clips ${N} × ${args.seconds} s 854×480, mean ${(mean(sizes) / 1e6).toFixed(1)} MB; ready ${ready.length}, failed ${files.length - ready.length}`,
    );
    console.log(`all uploaded in ${f1(uploadedMs / 1000)} s, all processed in ${f1(drainedMs / 1000)} s`);
    console.log(
      `worker job per clip: p50 ${Math.round(pct(workerMs, 50))} ms, p95 ${Math.round(pct(workerMs, 95))} ms, mean ${Math.round(mean(workerMs))} ms`,
    );
    console.log(
      `  ffmpeg inside the job: p50 ${Math.round(pct(ffmpegMs, 50))} ms, mean ${Math.round(mean(ffmpegMs))} ms`,
    );
    console.log(
      `ffmpeg alone, same files (baseline, ${alone.length}): p50 ${Math.round(pct(alone, 50))} ms, mean ${Math.round(mean(alone))} ms`,
    );
    console.log(`job ÷ ffmpeg alone: ${(mean(workerMs) / mean(alone)).toFixed(2)}`);
    console.log('\n== ranking ==');
    console.log(`${standings} entries × 5 judges × ${track.stages[0].criteria.length} criteria`);
    console.log(
      `GET results (aggregate, rank, prizes, every sheet): p50 ${f1(pct(rankingMs, 50))} ms, p95 ${f1(pct(rankingMs, 95))} ms`,
    );
    console.log(`plain read of the score rows (baseline): p50 ${f1(pct(readMs, 50))} ms`);
    console.log('\n== upload throughput ==');
    console.log(
      `${bigMb} MB: disk copy ${Math.round(copyMs)} ms (${f1(bigMb / (copyMs / 1000))} MB/s), tus upload ${Math.round(tusMs)} ms (${f1(bigMb / (tusMs / 1000))} MB/s)`,
    );
    console.log(`tus ÷ disk copy throughput: ${(copyMs / tusMs).toFixed(2)}`);
    console.log(
      `\nmachine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    );
  } finally {
    api.kill('SIGTERM');
    worker.kill('SIGTERM');
    await pg.end();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
