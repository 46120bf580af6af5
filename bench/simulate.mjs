#!/usr/bin/env node
// A whole contest replayed through the real HTTP API, queue and worker, then the system's own
// report printed beside the figures it was asked for (and checked: the exit code is 1 on any gap).
//
// Usage: npm run simulate -- [--weeks 4] [--units 189] [--attempts 83200]
//          [--week 1:184:20058] [--week 4:189:21008]   (week:participating units:participants; others interpolated)
//          [--concurrency 48] [--time-scale 0.01] [--seed tinh-2024] [--serve] [--port 3000]
// Defaults are one real contest's published figures. It generates a province (units with levels
// and headcounts, staff rosters, accounts), uploads the tree, the question bank and every roster
// through the api, then opens each week's round in turn: its participants start, think (real
// minutes × --time-scale), answer with a skill of their own, predict and submit; some take a second
// attempt. Rounds open and close by setting their times in Postgres: the calendar is compressed,
// nothing else is. With --serve the api and worker stay up afterwards for browsing the result.
// Uses its own database (contest_sim) and Redis prefix; needs the built server (npm run build).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { createClient } from './http-load.mjs';
import {
  apiCaller,
  dist,
  freePort,
  log,
  server,
  signedInAccount,
  sleep,
  timeIt,
  waitFor,
} from './support.mjs';

// The initiative contest's replay is its own script: `npm run simulate -- --initiatives`.
if (process.argv.includes('--initiatives')) await import('./simulate-initiatives.mjs');

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const ExcelJS = require('exceljs');
const { seededRandom } = require(`${dist}libs/domain/src/random.js`);

const { values: args } = parseArgs({
  options: {
    weeks: { type: 'string', default: '4' },
    units: { type: 'string', default: '189' },
    attempts: { type: 'string', default: '83200' },
    week: { type: 'string', multiple: true, default: ['1:184:20058', '4:189:21008'] },
    concurrency: { type: 'string', default: '48' },
    'time-scale': { type: 'string', default: '0.01' },
    seed: { type: 'string', default: 'tinh-2024' },
    serve: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
  },
});
const WEEKS = Number(args.weeks);
const UNITS = Number(args.units);
const ATTEMPTS = Number(args.attempts);
const C = Number(args.concurrency);
const TIME_SCALE = Number(args['time-scale']);
const DATABASE_URL = process.env.SIM_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_sim';
const REDIS_URL = process.env.SIM_REDIS_URL ?? 'redis://127.0.0.1:6379/12';
const PREFIX = `sim${process.pid}`;
const PASSWORD = 'Mophong@2026';
const random = seededRandom(args.seed);
const between = (lo, hi) => lo + (hi - lo) * random();
const pick = (items) => items[Math.floor(random() * items.length)];

// ── The plan: what the province looks like and who takes part when ─────────────────────────────

function weeklyTargets() {
  const given = new Map(
    args.week.map((spec) => {
      const [w, units, participants] = spec.split(':').map(Number);
      return [w, { units, participants }];
    }),
  );
  const known = [...given.keys()].sort((a, b) => a - b);
  if (known.length === 0) throw new Error('give at least one --week w:units:participants');
  const targets = [];
  for (let w = 1; w <= WEEKS; w++) {
    if (given.has(w)) {
      targets.push({ week: w, ...given.get(w) });
      continue;
    }
    const before = known.filter((k) => k < w).at(-1) ?? known[0];
    const after = known.find((k) => k > w) ?? known.at(-1);
    const t = after === before ? 0 : (w - before) / (after - before);
    const lerp = (key) =>
      Math.round(given.get(before)[key] + t * (given.get(after)[key] - given.get(before)[key]));
    targets.push({ week: w, units: lerp('units'), participants: lerp('participants') });
  }
  for (const t of targets) {
    if (t.units > UNITS) throw new Error(`week ${t.week}: ${t.units} participating units of only ${UNITS}`);
    if (t.participants < t.units)
      throw new Error(`week ${t.week}: fewer participants than participating units`);
  }
  const retakes = ATTEMPTS - targets.reduce((n, t) => n + t.participants, 0);
  if (retakes < 0) throw new Error(`${ATTEMPTS} attempts are fewer than the participants of all weeks`);
  return { targets, retakes };
}

const LEVEL_SHARES = [
  ['central_agency', 0.05, [60, 120]],
  ['department', 0.11, [80, 200]],
  ['district', 0.06, [60, 150]],
  ['school', 0.04, [40, 90]],
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu', 'Thanh', 'Đức', 'Kim', 'Xuân', 'Hoài'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
];
const PLACE = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Tân',
  'Thạnh',
  'Vĩnh',
  'Long',
  'Mỹ',
  'Phước',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
];

/** Units (a province and its agencies, districts, communes, schools) with headcounts and people. */
function planProvince(targets) {
  const units = [
    { code: 'SIM', name: 'UBND tỉnh Mô Phỏng', level: 'province', parent: null, headcount: between(30, 60) },
  ];
  const rest = UNITS - 1;
  const counts = LEVEL_SHARES.map(([level, share, range]) => [
    level,
    Math.max(1, Math.round(rest * share)),
    range,
  ]);
  const communes = rest - counts.reduce((n, [, c]) => n + c, 0);
  const districts = [];
  for (const [level, count, range] of counts)
    for (let i = 1; i <= count; i++) {
      const code = `SIM-${level.slice(0, 2).toUpperCase()}${String(i).padStart(2, '0')}`;
      const name =
        level === 'central_agency'
          ? `Cơ quan Trung ương số ${i} tại tỉnh`
          : level === 'department'
            ? `Sở số ${i}`
            : level === 'district'
              ? `Huyện ${pick(PLACE)} ${pick(PLACE)} ${i}`
              : `Trường THPT số ${i}`;
      const unit = {
        code,
        name,
        level,
        parent: level === 'school' ? null : 'SIM',
        headcount: between(...range),
      };
      if (level === 'district') districts.push(unit);
      units.push(unit);
    }
  for (const school of units.filter((u) => u.level === 'school')) school.parent = pick(districts).code;
  for (let i = 1; i <= communes; i++)
    units.push({
      code: `SIM-XA${String(i).padStart(3, '0')}`,
      name: `${random() < 0.3 ? 'Phường' : 'Xã'} ${pick(PLACE)} ${pick(PLACE)} ${i}`,
      level: 'commune',
      parent: pick(districts).code,
      headcount: between(30, 80),
    });
  // Headcounts scaled so the busiest week is about 80 % of the province's staff.
  const busiest = Math.max(...targets.map((t) => t.participants));
  const raw = units.reduce((n, u) => n + u.headcount, 0);
  for (const u of units) u.headcount = Math.max(5, Math.round((u.headcount * busiest) / 0.8 / raw));
  let phone = 910_000_000;
  for (const u of units) {
    u.enthusiasm = between(0.55, 1);
    u.people = Array.from({ length: u.headcount }, () => ({
      fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      phone: `0${++phone}`,
      unit: u,
      diligence: random(),
      skill: between(0.45, 0.98),
    }));
  }
  return units;
}

/** Splits `total` over `weights` in whole numbers, each between its min and cap (largest remainder). */
function apportion(total, weights, mins, caps) {
  const out = mins.slice();
  let left = total - out.reduce((n, v) => n + v, 0);
  while (left > 0) {
    const room = weights.map((w, i) => (out[i] < caps[i] ? w : 0));
    const sum = room.reduce((n, v) => n + v, 0);
    if (sum === 0) throw new Error(`cannot place ${left} more participants: headcounts too small`);
    const shares = room.map((w) => (w / sum) * left);
    const floors = shares.map((s, i) => Math.min(Math.floor(s), caps[i] - out[i]));
    let placed = floors.reduce((n, v) => n + v, 0);
    floors.forEach((f, i) => (out[i] += f));
    const order = shares.map((s, i) => [s - Math.floor(s), i]).sort((a, b) => b[0] - a[0]);
    for (const [, i] of order) {
      if (placed >= left) break;
      if (out[i] < caps[i] && room[i] > 0) {
        out[i] += 1;
        placed += 1;
      }
    }
    left -= placed;
  }
  return out;
}

/** Who takes part in each week: exactly the asked units and participants, the retakes spread over the weeks. */
function planWeeks(units, targets, retakes) {
  const resting = targets.map((t) => {
    const order = units.map((u, i) => [random() / u.enthusiasm, i]).sort((a, b) => b[0] - a[0]);
    return new Set(order.slice(0, UNITS - t.units).map(([, i]) => i));
  });
  // A unit resting every week would leave the contest a participating unit short: swap it, in some
  // week, with a unit that takes part in another week as well.
  units.forEach((_, i) => {
    if (!resting.every((r) => r.has(i))) return;
    for (const [w, r] of resting.entries()) {
      const j = units.findIndex((_, k) => !r.has(k) && resting.some((other, v) => v !== w && !other.has(k)));
      if (j >= 0) {
        r.delete(i);
        r.add(j);
        return;
      }
    }
  });
  const retakesPerWeek = apportion(
    retakes,
    targets.map((t) => t.participants),
    targets.map(() => 0),
    targets.map((t) => t.participants),
  );
  return targets.map((t, w) => {
    const active = units.map((_, i) => !resting[w].has(i));
    const perUnit = apportion(
      t.participants,
      units.map((u, i) => (active[i] ? u.enthusiasm * u.headcount : 0)),
      active.map((a) => (a ? 1 : 0)),
      units.map((u, i) => (active[i] ? u.headcount : 0)),
    );
    const people = units.flatMap((u, i) =>
      u.people
        .map((p) => [p.diligence + 0.35 * random(), p])
        .sort((a, b) => b[0] - a[0])
        .slice(0, perUnit[i])
        .map(([, p]) => p),
    );
    const retakers = new Set(
      people
        .map((p) => [random(), p])
        .sort((a, b) => a[0] - b[0])
        .slice(0, retakesPerWeek[w])
        .map(([, p]) => p),
    );
    return { ...t, people, retakers, perUnit };
  });
}

// ── The question bank, known to the simulation so people can answer with a skill ──────────────

const TOPICS = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Chính quyền số', 'Công vụ, công chức'];
function questionBank() {
  const questions = [];
  for (const topic of TOPICS)
    for (let i = 1; i <= 15; i++) {
      const options = ['A', 'B', 'C', 'D'].map((l) => `${topic}: phương án ${l} của câu ${i}`);
      questions.push({ text: `${topic} — câu hỏi mô phỏng số ${i}?`, options, correct: i % 4, topic });
    }
  return questions;
}
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows) => Buffer.from(rows.map((r) => r.map(csvCell).join(',')).join('\n'), 'utf8');

// ── Running the system ─────────────────────────────────────────────────────────────────────────

function startProcess(script, env, name) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (d) => process.stderr.write(`[${name}] ${d}`));
  return child;
}

async function resetDatabase() {
  const prepare = server('database/prepare-database.js');
  await prepare.dropDatabase(DATABASE_URL);
  await prepare.migrateDatabase({ DATABASE_URL, DATABASE_POOL_SIZE: 2 });
}

const staffAccount = (pg, role, fullName, login, unitId) =>
  signedInAccount(pg, { role, fullName, login, unitId, password: PASSWORD });

/** One line, rewritten in place on a terminal: the week's progress. */
function progressBar(label, total) {
  const tty = process.stdout.isTTY;
  let last = 0;
  return (done, graded, extra = '') => {
    const now = Date.now();
    if (!tty && now - last < 5000 && done < total) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} nộp, ${graded.toLocaleString('vi-VN')} đã chấm ${extra}`;
    if (tty) process.stdout.write(`\r${line.padEnd(110)}`);
    else console.log(line);
  };
}

async function runWeek(plan, ctx) {
  const { pg, client, contestId, bank } = ctx;
  const { rows } = await pg.query(
    `UPDATE rounds SET opens_at = now() - interval '1 second', closes_at = now() + interval '3 hours'
      WHERE contest_id = $1 AND week_number = $2 RETURNING id`,
    [contestId, plan.week],
  );
  const roundId = rows[0].id;
  const total = plan.people.length + plan.retakers.size;
  const bar = progressBar(`tuần ${plan.week}`, total);
  let submitted = 0;
  let graded = 0;
  const failures = [];
  const correctOf = new Map(bank.map((q) => [q.text, q.options[q.correct]]));
  const expectedFullMarks = Math.round(plan.people.length * 0.12);
  let slots = C;
  const waiting = [];
  const withSlot = async (fn) => {
    if (slots === 0) await new Promise((r) => waiting.push(r));
    else slots -= 1;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else slots += 1;
    }
  };
  const attempt = async (person) => {
    const started = await withSlot(() =>
      client.request('POST', `/api/rounds/${roundId}/attempts`, undefined, { cookie: person.cookie }),
    );
    if (started.status !== 201)
      return failures.push(`start ${started.status} ${JSON.stringify(started.body)}`);
    // Real minutes of reading and answering, compressed by --time-scale.
    const minutes = Math.min(
      14,
      Math.max(2, 3 + 4 * (1 - person.skill) + 3 * Math.log(1 / Math.max(0.05, random()))),
    );
    await sleep(minutes * 60_000 * TIME_SCALE);
    const answers = started.body.questions.map((q, position) => {
      const right = q.options.indexOf(correctOf.get(q.text));
      const option =
        random() < person.skill ? right : (right + 1 + Math.floor(random() * 3)) % q.options.length;
      return { position, option, seq: 1 };
    });
    const prediction = Math.max(0, Math.round(expectedFullMarks * between(0.5, 1.5)));
    const done = await withSlot(() =>
      client.request(
        'POST',
        `/api/attempts/${started.body.id}/submit`,
        { answers, prediction: { value: prediction, seq: 1 } },
        { cookie: person.cookie },
      ),
    );
    if (done.status !== 200) return failures.push(`submit ${done.status} ${JSON.stringify(done.body)}`);
    submitted += 1;
  };
  const started = Date.now();
  const watcher = setInterval(async () => {
    const { rows: g } = await pg.query(
      `SELECT count(*)::int AS n FROM attempts WHERE round_id = $1 AND status = 'graded'`,
      [roundId],
    );
    graded = g[0].n;
    const rate = submitted / Math.max(1, (Date.now() - started) / 1000);
    bar(submitted, graded, `(${rate.toFixed(0)}/s)`);
  }, 1000);
  await Promise.all(
    plan.people.map(async (person) => {
      await attempt(person);
      if (plan.retakers.has(person)) await attempt(person);
    }),
  );
  while (graded < submitted) {
    await sleep(250);
    const { rows: g } = await pg.query(
      `SELECT count(*)::int AS n FROM attempts WHERE round_id = $1 AND status = 'graded'`,
      [roundId],
    );
    graded = g[0].n;
  }
  clearInterval(watcher);
  bar(submitted, graded, `(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (process.stdout.isTTY) process.stdout.write('\n');
  await pg.query(`UPDATE rounds SET closes_at = now() WHERE id = $1`, [roundId]);
  if (failures.length)
    throw new Error(`week ${plan.week}: ${failures.length} failed requests, e.g. ${failures[0]}`);
  return { roundId, seconds: (Date.now() - started) / 1000 };
}

// ── Reading the system's own figures back, in every form a person would see them ───────────────

async function xlsxRows(bytes, sheetName) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const sheet = book.getWorksheet(sheetName);
  const rows = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push(row.values.slice(1));
  });
  return rows;
}

async function main() {
  const wall = Date.now();
  const { targets, retakes } = weeklyTargets();
  const units = planProvince(targets);
  const weeks = planWeeks(units, targets, retakes);
  log(
    `plan: ${UNITS} units, ${units.reduce((n, u) => n + u.headcount, 0).toLocaleString('vi-VN')} staff, ` +
      `${ATTEMPTS.toLocaleString('vi-VN')} attempts (${retakes} second attempts), weeks: ` +
      weeks.map((w) => `${w.week}: ${w.units} units/${w.participants}`).join(', '),
  );

  await resetDatabase();
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const port = Number(args.port) || (await freePort());
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_START_PER_IP: '100000000',
    SCRYPT_LOG_N: '10',
  };
  const api = startProcess(`${dist}apps/api/src/main.js`, env, 'api');
  const worker = startProcess(`${dist}apps/worker/src/main.js`, env, 'worker');
  const stop = () => {
    api.kill();
    worker.kill();
  };
  process.on('SIGINT', () => (stop(), process.exit(130)));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);

  // Setting up, through the api as an organizer would.
  const setupStarted = Date.now();
  const organizer = await staffAccount(pg, 'organizer', 'Ban Tổ chức (mô phỏng)', 'btc@mophong.gov.vn', null);
  const call = apiCaller(base, organizer.cookie);
  const bank = questionBank();
  const contest = await call('POST', '/contests', {
    name: `Cuộc thi mô phỏng ${WEEKS} tuần, ${UNITS} đơn vị`,
    year: new Date().getFullYear(),
    topics: TOPICS,
    firstOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
    openHours: 168,
    weeks: WEEKS,
    questionsPerRound: 10,
    timeLimitSeconds: 1800,
    quotas: TOPICS.map((topic, i) => ({ topic, count: i < 2 ? 3 : 2 })),
    attemptsAllowed: 2,
    countedAttempt: 'best',
    predictionEnabled: true,
    predictionPrompt: 'Có bao nhiêu người trả lời đúng tất cả các câu hỏi?',
    prizeCounts: { first: 1, second: 2, third: 3, encouragement: 10 },
    onePrizePerPerson: true,
  });
  const contestId = contest.id;
  const questions = await call(
    'POST',
    `/contests/${contestId}/questions/import?format=csv`,
    undefined,
    csv([
      [
        'Câu hỏi',
        'Phương án A',
        'Phương án B',
        'Phương án C',
        'Phương án D',
        'Đáp án đúng',
        'Chủ đề',
        'Độ khó',
      ],
      ...bank.map((q) => [q.text, ...q.options, 'ABCD'[q.correct], q.topic, 'Trung bình']),
    ]),
  );
  if (!questions.ok) throw new Error(`question import: ${JSON.stringify(questions.problems.slice(0, 3))}`);
  const tree = await call(
    'POST',
    `/units/import?format=csv&contestId=${contestId}`,
    undefined,
    csv([
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Mã đơn vị cấp trên', 'Số CBCCVC'],
      ...units.map((u) => [u.code, u.name, u.level, u.parent ?? '', u.headcount]),
    ]),
  );
  if (!tree.ok) throw new Error(`unit import: ${JSON.stringify(tree.problems.slice(0, 3))}`);
  const { rows: unitRows } = await pg.query('SELECT id, code FROM units');
  const unitId = new Map(unitRows.map((r) => [r.code, r.id]));
  for (const u of units) u.id = unitId.get(u.code);

  // Accounts of everyone who takes part some week, each with a session (signing in 24,000 people
  // one by one would measure scrypt, not the contest).
  const takers = [...new Set(weeks.flatMap((w) => w.people))];
  for (let i = 0; i < takers.length; i += 5000) {
    const batch = takers.slice(i, i + 5000);
    const tokens = batch.map(() => randomBytes(24).toString('base64url'));
    const { rows: ids } = await pg.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id)
       SELECT n, l, 'scrypt$10$8$1$x$y', 'participant', u FROM unnest($1::text[], $2::text[], $3::int[]) AS x(n, l, u) RETURNING id`,
      [batch.map((p) => p.fullName), batch.map((p) => p.phone), batch.map((p) => p.unit.id)],
    );
    await pg.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at)
       SELECT t, u, now() + interval '1 day' FROM unnest($1::text[], $2::int[]) AS x(t, u)`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex')), ids.map((r) => r.id)],
    );
    batch.forEach((p, k) => {
      p.userId = ids[k].id;
      p.cookie = `sid=${tokens[k]}`;
    });
  }
  // Every unit's roster, uploaded like a unit admin would; it links the accounts above.
  let linked = 0;
  for (const u of units) {
    const r = await call(
      'POST',
      `/units/${u.id}/roster?format=csv`,
      undefined,
      csv([
        ['Họ và tên', 'Số điện thoại', 'Email', 'Đơn vị trực thuộc'],
        ...u.people.map((p) => [p.fullName, p.phone, '', '']),
      ]),
    );
    if (!r.ok) throw new Error(`roster of ${u.code}: ${JSON.stringify(r.problems.slice(0, 3))}`);
    linked += r.linked;
  }
  await call('PUT', `/contests/${contestId}/collective-rule`, {
    weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
    minHeadcount: 20,
    levels: ['central_agency', 'department', 'district', 'commune', 'school'],
    prizes: [
      { name: 'Giải Nhất', count: 1, amount: 10_000_000 },
      { name: 'Giải Nhì', count: 2, amount: 7_000_000 },
      { name: 'Giải Ba', count: 2, amount: 5_000_000 },
    ],
    tieBreak: ['participationRate', 'averageScore', 'participants'],
  });
  const district = units.find((u) => u.level === 'district');
  const unitAdmin = await staffAccount(
    pg,
    'unit_admin',
    'Quản trị huyện (mô phỏng)',
    'huyen@mophong.gov.vn',
    district.id,
  );
  log(
    `set up through the api in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s: contest ${contestId}, ` +
      `${bank.length} questions, ${UNITS} units, ${takers.length.toLocaleString('vi-VN')} accounts, ` +
      `${units.reduce((n, u) => n + u.people.length, 0).toLocaleString('vi-VN')} roster entries (${linked.toLocaleString('vi-VN')} linked)`,
  );

  const client = createClient(base, C);
  const ctx = { pg, client, contestId, bank };
  const weekRuns = [];
  for (const plan of weeks) weekRuns.push(await runWeek(plan, ctx));
  client.close();
  const replaySeconds = (Date.now() - wall) / 1000;

  // The system's own figures: the organizer's report, its XLSX, a unit admin's report and lists,
  // the public board, and a rebuild of the roll-ups from the attempts.
  const report = await call('GET', `/reports/contests/${contestId}`);
  const weekSheet = await xlsxRows(await call('GET', `/reports/contests/${contestId}/xlsx`), 'Theo tuần');
  const totalSheet = await xlsxRows(await call('GET', `/reports/contests/${contestId}/xlsx`), 'Tổng hợp');
  const board = await call('GET', `/units-board?contestId=${contestId}`);
  const adminCall = apiCaller(base, unitAdmin.cookie);
  const districtReport = await adminCall('GET', `/reports/units/${district.id}?contestId=${contestId}`);
  const districtPeople = await adminCall(
    'GET',
    `/units/${district.id}/people?roundId=${weekRuns[0].roundId}`,
  );
  const inDistrict = (u) => u === district || units.find((p) => p.code === u.parent) === district;
  const districtPlanned = weeks.map((w) => w.people.filter((p) => inDistrict(p.unit)).length);
  const rebuild = await new Promise((resolve) => {
    const child = spawn(process.execPath, [`${dist}apps/worker/src/rebuild-stats.js`], {
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', () => resolve(out.trim()));
  });

  const rows = [];
  const gaps = [];
  /** `shown`: the figure as the api gives it, and as the XLSX (or a second page) shows it, if any. */
  const check = (what, asked, api, page = api) => {
    const ok = api === asked && page === asked;
    if (!ok) gaps.push(what);
    rows.push([what, asked, api, page, ok ? '✓' : '✗']);
  };
  weeks.forEach((w, i) => {
    const t = report.trend[i];
    const x = weekSheet[i];
    check(`tuần ${w.week}: đơn vị tham gia`, w.units, t.participatingUnits, x[2]);
    check(`tuần ${w.week}: người tham gia`, w.participants, t.participants, x[4]);
    check(`tuần ${w.week}: lượt thi`, w.participants + w.retakers.size, t.attempts, x[5]);
    check(
      `tuần ${w.week}: huyện ${district.code} (quản trị đơn vị)`,
      districtPlanned[i],
      districtReport.byRound[i].participants,
    );
  });
  const participatingAnyWeek = new Set(weeks.flatMap((w) => w.people.map((p) => p.unit))).size;
  check(
    'cả cuộc thi: đơn vị tham gia',
    participatingAnyWeek,
    report.totals.participatingUnits,
    totalSheet[0][2],
  );
  check('cả cuộc thi: lượt thi', ATTEMPTS, report.totals.attempts, totalSheet[0][5]);
  const root = (list) => list.find((r) => r.code === 'SIM');
  check(
    `bảng công khai: tuần ${WEEKS}, người tham gia`,
    weeks.at(-1).participants,
    root(board.current).participants,
  );
  check(
    'bảng công khai: cả cuộc thi, lượt người',
    weeks.reduce((n, w) => n + w.participants, 0),
    root(board.overall).participants,
    report.totals.participants,
  );
  check('danh sách tuần 1 của huyện: đã tham gia', districtPlanned[0], districtPeople.counts.takenPart);
  check('dựng lại roll-up: số dòng khác', 0, Number(/(\d+) rows differed/.exec(rebuild)?.[1] ?? -1));

  console.log('\n  figure                                        asked   report/api   page/xlsx');
  for (const [what, asked, a, b, ok] of rows)
    console.log(
      `  ${what.padEnd(44)} ${String(asked).padStart(7)} ${String(a).padStart(12)} ${String(b).padStart(11)}  ${ok}`,
    );
  log(
    `replay: ${replaySeconds.toFixed(0)} s in all (${weekRuns.map((w, i) => `week ${i + 1} ${w.seconds.toFixed(0)} s`).join(', ')})`,
  );

  // Report queries at this size, beside a scan of the attempts computing the same per-unit figures.
  const timings = {
    'contest report (whole contest)': await timeIt(() => call('GET', `/reports/contests/${contestId}`)),
    'contest report (one week)': await timeIt(() =>
      call('GET', `/reports/contests/${contestId}?roundId=${weekRuns[0].roundId}`),
    ),
    "unit admin's report (district)": await timeIt(() =>
      adminCall('GET', `/reports/units/${district.id}?contestId=${contestId}`),
    ),
    "unit admin's lists (district, week 1)": await timeIt(() =>
      adminCall('GET', `/units/${district.id}/people?roundId=${weekRuns[0].roundId}`),
    ),
    'public board of units': await timeIt(() => call('GET', `/units-board?contestId=${contestId}`)),
    'collective prizes (preview)': await timeIt(() =>
      call('GET', `/contests/${contestId}/collective-prizes`),
    ),
    'scan of the attempts (SQL, same per-unit figures)': await timeIt(() =>
      pg.query(
        `SELECT b.round_id, b.unit_id, count(*) AS participants, sum(b.n) AS attempts, sum(b.best) AS score_sum
           FROM (SELECT a.round_id, a.unit_id, a.user_id, count(*) AS n, max(a.score) AS best
                   FROM attempts a JOIN rounds r ON r.id = a.round_id
                  WHERE r.contest_id = $1 AND a.status = 'graded' GROUP BY 1, 2, 3) b
          GROUP BY 1, 2`,
        [contestId],
      ),
    ),
  };
  console.log('\n  request (HTTP, end to end)                          p50 ms    max ms');
  for (const [what, t] of Object.entries(timings))
    console.log(`  ${what.padEnd(50)} ${t.p50.toFixed(1).padStart(7)} ${t.max.toFixed(1).padStart(9)}`);

  await pg.end();
  if (args.serve) {
    log(
      `serving on ${base} — organizer btc@mophong.gov.vn, unit admin huyen@mophong.gov.vn, password ${PASSWORD}; Ctrl-C stops`,
    );
    return;
  }
  stop();
  if (gaps.length) {
    console.error(`\n${gaps.length} figures differ from the plan: ${gaps.join('; ')}`);
    process.exit(1);
  }
  log('every figure matches');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
