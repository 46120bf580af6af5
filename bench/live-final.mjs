#!/usr/bin/env node
// A live final at its real size: 9 teams, 7 judges on phones, three parts each, two api copies
// sharing Postgres and Redis. Measures, from the organizer's reveal (sent to copy A) to the
// projector's socket (on copy B) receiving the board with that team's total:
//  1. with the hall quiet (the baseline, same run), and the api's bare round trip beside it;
//  2. while all 7 judges of 9 teams keep saving their sheets at once (the load the target names).
// Target: revealed total on the projector within 1 s of the reveal.
// Usage: npm run build && node bench/live-final.mjs [--reveals 40] [--judges 7] [--teams 9]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import {
  apiCaller,
  dist,
  freePort,
  log,
  resetDatabase,
  signedInAccount,
  sleep,
  timeIt,
  waitFor,
} from './support.mjs';

const require = createRequire(import.meta.url);
const { io } = require('socket.io-client');
const { Client } = require('pg');
const Redis = require('ioredis');

const { values: args } = parseArgs({
  options: {
    reveals: { type: 'string', default: '40' },
    judges: { type: 'string', default: '7' },
    teams: { type: 'string', default: '9' },
  },
});
const REVEALS = Number(args.reveals);
const JUDGES = Number(args.judges);
const TEAMS = Number(args.teams);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench_live';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/12';
const PREFIX = `benchlive${process.pid}`;

const pct = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};

function startApi(port) {
  const child = spawn(process.execPath, [`${dist}apps/api/src/main.js`], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL,
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

/** A clip track with TEAMS accepted entries, a live final holding them, JUDGES judges on its panel. */
async function arrange(pg, base) {
  const { rows: units } = await pg.query(
    `SELECT id FROM units WHERE level = 'department' AND merged_into_id IS NULL ORDER BY id LIMIT $1`,
    [TEAMS],
  );
  const organizer = await signedInAccount(pg, {
    role: 'organizer',
    fullName: 'Ban tổ chức',
    login: 'bench-btc@live.vn',
    unitId: null,
    password: 'bench-password-1',
  });
  const asOrganizer = apiCaller(base, organizer.cookie);
  const {
    rows: [contest],
  } = await pg.query('SELECT min(id) AS id FROM contests');
  const now = Date.now();
  const track = await asOrganizer('POST', `/contests/${contest.id}/tracks`, {
    kind: 'clip',
    settings: {
      title: 'Chung kết trực tiếp',
      rulesText: 'Thể lệ',
      opensAt: new Date(now - 3600_000).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
      submitter: 'unit_admin',
      entriesPerUnit: 1,
      topics: [],
      allowFiles: false,
      allowLinks: true,
      maxMegabytes: 100,
      maxDurationSeconds: 300,
      formats: ['mp4'],
    },
  });
  const entries = [];
  for (const [i, unit] of units.entries()) {
    const admin = await signedInAccount(pg, {
      role: 'unit_admin',
      fullName: `Quản trị ${i + 1}`,
      login: `bench-admin${i}@live.vn`,
      unitId: unit.id,
      password: 'bench-password-1',
    });
    const entry = await apiCaller(base, admin.cookie)('POST', `/tracks/${track.id}/entries`, {
      title: `Đội ${i + 1}`,
      description: 'Mô hình',
      topic: null,
      authors: ['Tác giả'],
      linkUrl: `https://video.example.vn/doi-${i}`,
    });
    await asOrganizer('POST', `/entries/${entry.id}/screening`, { decision: 'accepted', reason: null });
    entries.push(entry.id);
  }
  const final = await asOrganizer('POST', `/tracks/${track.id}/stages`, {
    name: 'Chung kết',
    kind: 'live_final',
  });
  // The field of the final as a shortlist would leave it (the preliminary itself is not measured).
  for (const id of entries)
    await pg.query(
      `INSERT INTO stage_entries (stage_id, entry_id, state, moved_by, reason) VALUES ($1, $2, 'in', $3, 'Vào chung kết')`,
      [final.id, id, organizer.id],
    );
  const judges = [];
  for (let j = 0; j < JUDGES; j++)
    judges.push(
      await signedInAccount(pg, {
        role: 'judge',
        fullName: `Giám khảo ${j + 1}`,
        login: `bench-judge${j}@live.vn`,
        unitId: null,
        password: 'bench-password-1',
      }),
    );
  await asOrganizer('POST', `/stages/${final.id}/assignments/auto`, {
    judgesPerEntry: JUDGES,
    judgeIds: judges.map((j) => j.id),
  });
  const sheets = [];
  for (const judge of judges) {
    const work = await apiCaller(base, judge.cookie)('GET', '/judging');
    for (const e of work.stages[0].entries)
      sheets.push({ judge, assignmentId: e.assignmentId, entryId: e.entry.id });
  }
  return { organizer, asOrganizer, final, entries, judges, sheets };
}

async function main() {
  log(`preparing: ${TEAMS} teams × ${JUDGES} judges, two api copies`);
  await resetDatabase(DATABASE_URL);
  await new Redis(REDIS_URL).flushdb();
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const [portA, portB] = [await freePort(), await freePort()];
  const copies = [startApi(portA), startApi(portB)];
  const [A, B] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  await Promise.all([waitFor(`${A}/api/health`), waitFor(`${B}/api/health`)]);
  const w = await arrange(pg, A);
  const parts = w.final.parts.map((_, i) => i);
  const partCriteria = (part) => w.final.criteria.filter((c) => c.part === part);
  for (const entryId of w.entries)
    for (const part of parts)
      await w.asOrganizer('PUT', `/stages/${w.final.id}/live/scoring`, { entryId, part, open: true });
  const save = (sheet, part, points) =>
    apiCaller(B, sheet.judge.cookie)('PUT', `/judging/assignments/${sheet.assignmentId}/scores`, {
      scores: partCriteria(part).map((c) => ({
        criterionId: c.id,
        points: Math.min(c.maxPoints, points),
        comment: null,
      })),
    });
  // Every sheet complete once, so every team may be revealed.
  await Promise.all(
    w.sheets.flatMap((sheet) => parts.map((part) => save(sheet, part, 5 + (sheet.entryId % 7)))),
  );
  log(`${w.sheets.length} sheets × ${parts.length} parts saved; the hall is ready`);

  const projector = io(B, { path: '/socket.io', transports: ['websocket'] });
  const joined = await projector.emitWithAck('live.join', { stageId: w.final.id });
  if (!joined.ok) throw new Error(`projector could not join: ${JSON.stringify(joined)}`);

  /** From sending the reveal of one team to the projector holding a board with that team revealed. */
  async function revealOnce(entryId) {
    const seen = new Promise((resolve) => {
      const on = (board) => {
        if (board.standings.some((s) => s.entryId === entryId)) {
          projector.off('live.board', on);
          resolve(performance.now());
        }
      };
      projector.on('live.board', on);
    });
    const sent = performance.now();
    await w.asOrganizer('POST', `/stages/${w.final.id}/live/reveal`, { reveal: { mode: 'team', entryId } });
    const answered = performance.now();
    const shown = await Promise.race([seen, sleep(10_000).then(() => Number.NaN)]);
    await w.asOrganizer('POST', `/stages/${w.final.id}/live/reveal`, { reveal: { mode: 'none' } });
    return { toProjector: shown - sent, toAnswer: answered - sent };
  }

  const bare = await timeIt(() => fetch(`${A}/api/health`).then((r) => r.arrayBuffer()), 30);
  const quiet = [];
  for (let i = 0; i < REVEALS; i++) quiet.push(await revealOnce(w.entries[i % w.entries.length]));

  // Under load: every judge of every team saving a part's sheet again and again, all at once.
  let loading = true;
  const saves = { ms: [], errors: 0 };
  const judgeLoops = w.sheets.map(async (sheet, k) => {
    for (let round = 0; loading; round++) {
      const t = performance.now();
      try {
        await save(sheet, round % parts.length, 4 + ((k + round) % 9));
        saves.ms.push(performance.now() - t);
      } catch {
        saves.errors++;
      }
    }
  });
  await sleep(1000);
  const loaded = [];
  const loadStarted = performance.now();
  for (let i = 0; i < REVEALS; i++) loaded.push(await revealOnce(w.entries[i % w.entries.length]));
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  loading = false;
  await Promise.all(judgeLoops);

  const report = (name, rows) =>
    log(
      `${name.padEnd(34)} reveal → projector p50 ${pct(
        rows.map((r) => r.toProjector),
        50,
      ).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.toProjector)).toFixed(
        0,
      )} ms; reveal answered p50 ${pct(
        rows.map((r) => r.toAnswer),
        50,
      ).toFixed(0)} ms`,
    );
  log(`api bare round trip (GET /api/health) p50 ${bare.p50.toFixed(1)} ms, max ${bare.max.toFixed(1)} ms`);
  report('quiet hall (baseline)', quiet);
  report(`${TEAMS} teams × ${JUDGES} judges scoring`, loaded);
  log(
    `judges' sheets during the load: ${(saves.ms.length / loadSeconds).toFixed(0)}/s, p50 ${pct(saves.ms, 50).toFixed(0)} ms, p99 ${pct(saves.ms, 99).toFixed(0)} ms, errors ${saves.errors}`,
  );
  const worst = Math.max(...loaded.map((r) => r.toProjector));
  log(worst < 1000 ? 'target met: every revealed total reached the projector within 1 s' : 'target missed');
  projector.close();
  await pg.end();
  for (const c of copies) c.kill();
  process.exit(worst < 1000 && saves.errors === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
