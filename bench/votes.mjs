#!/usr/bin/env node
// Public votes at contest size, against the real api process:
//  1. the ceiling: a bare Fastify route on the same box, measured in the same run;
//  2. a voting rush: N accounts vote for K entries each (of E accepted entries), arriving at
//     random over S seconds, while the gallery is read R times a second; p50/p99 of both, errors,
//     and how long requests waited for a pooled Postgres connection (a probe inside the api);
//  3. vote capacity: the same votes as fast as the api takes them (closed loop), × the ceiling;
//  4. the concurrency walk's worst case: 30 identical votes and 30 identical starts at once from
//     one account, the pool at its default size.
// Usage: npm run build && node bench/votes.mjs [--accounts 2000] [--entries 110] [--votes-each 5]
//        [--seconds 60] [--gallery-per-second 20]
import { fork, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';

import { createClient, runPhase } from './http-load.mjs';
import { dist, freePort, log, resetDatabase, sleep, waitFor } from './support.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '2000' },
    entries: { type: 'string', default: '110' },
    'votes-each': { type: 'string', default: '5' },
    seconds: { type: 'string', default: '60' },
    'gallery-per-second': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '64' },
  },
});
const N = Number(args.accounts);
const E = Number(args.entries);
const K = Number(args['votes-each']);
const S = Number(args.seconds);
const C = Number(args.concurrency);
const { Client } = require('pg');
const Redis = require('ioredis');

const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/contest_bench_votes';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/11';
const PREFIX = `benchvotes${process.pid}`;
const PROBE_FILE = `${os.tmpdir()}/pool-wait-${process.pid}.json`;

const pct = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const sessionsFor = (ids) => {
  const tokens = ids.map(() => randomBytes(24).toString('base64url'));
  return { tokens, hashes: tokens.map((t) => createHash('sha256').update(t).digest('hex')) };
};

/** A clip track voting now, E accepted entries from departments, N voters from communes. */
async function arrange(pg) {
  const {
    rows: [contest],
  } = await pg.query('SELECT min(id) AS id FROM contests');
  const { rows: depts } = await pg.query(`SELECT id FROM units WHERE level = 'department' ORDER BY id`);
  const { rows: communes } = await pg.query(`SELECT id FROM units WHERE level = 'commune' ORDER BY id`);
  const {
    rows: [organizer],
  } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role) VALUES ('BTC', 'btc@bench.vn', 'scrypt$10$8$1$x$y', 'organizer') RETURNING id`,
  );
  const {
    rows: [track],
  } = await pg.query(
    `INSERT INTO entry_tracks (contest_id, kind, title, rules_text, opens_at, closes_at, submitter, entries_per_unit,
                               topics, allow_files, allow_links, max_megabytes, max_duration_seconds, formats)
     VALUES ($1, 'clip', 'Bình chọn thử tải', '', now() - interval '10 days', now() - interval '1 day', 'unit_admin', 10,
             '[]', false, true, 100, 300, '["mp4"]') RETURNING id`,
    [contest.id],
  );
  const {
    rows: [stage],
  } = await pg.query(
    `INSERT INTO entry_stages (track_id, position, name, aggregation, judges_per_entry, vote_points, votes_open_at,
                               votes_close_at, tie_breaks, prizes, seed, votes_per_ip_per_hour)
     VALUES ($1, 1, 'Sơ khảo', 'mean', 3, 30, now() - interval '1 hour', now() + interval '1 day', '[]', '[]', 'bench', 1000000)
     RETURNING id`,
    [track.id],
  );
  const { rows: entries } = await pg.query(
    `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, authors, link_url, status, screening, submitted_at)
     SELECT $1, ($2::int[])[1 + i % cardinality($2::int[])], $3, 'Clip ' || i, 'Mô tả', '["Tác giả"]',
            'https://video.example.vn/' || i, 'submitted', 'accepted', now() - interval '2 days'
       FROM generate_series(1, $4) AS i RETURNING id`,
    [track.id, depts.map((d) => d.id), organizer.id, E],
  );
  await pg.query(
    `INSERT INTO stage_entries (stage_id, entry_id, state, reason)
     SELECT $1, unnest($2::int[]), 'in', 'Được nhận khi sàng lọc'`,
    [stage.id, entries.map((e) => e.id)],
  );
  const { rows: voters } = await pg.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id)
     SELECT 'Cử tri ' || i, 'voter' || i || '@bench.vn', 'scrypt$10$8$1$x$y', 'participant', ($1::int[])[1 + i % cardinality($1::int[])]
       FROM generate_series(1, $2) AS i RETURNING id`,
    [communes.map((c) => c.id), N * 2 + 1],
  );
  const ids = [organizer.id, ...voters.map((v) => v.id)];
  const { tokens, hashes } = sessionsFor(ids);
  await pg.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) SELECT t, u, now() + interval '1 day' FROM unnest($1::text[], $2::int[]) AS x(t, u)`,
    [hashes, ids],
  );
  const cookies = tokens.map((t) => `sid=${t}`);
  // Half the voters rush, the other half measure capacity; the last one takes the walk's worst case.
  return {
    trackId: track.id,
    stageId: stage.id,
    entryIds: entries.map((e) => e.id),
    organizer: cookies[0],
    rush: cookies.slice(1, N + 1),
    capacity: cookies.slice(N + 1, 2 * N + 1),
    lone: cookies[2 * N + 1],
  };
}

/** K distinct entries for voter i, spread evenly. */
const choices = (i) => Array.from({ length: K }, (_, k) => (i * 7 + k * 13) % E);

async function poolWaits(api) {
  rmSync(PROBE_FILE, { force: true });
  api.kill('SIGUSR2');
  for (let i = 0; i < 50; i++) {
    await sleep(20);
    try {
      return JSON.parse(readFileSync(PROBE_FILE, 'utf8'));
    } catch {
      // not written yet
    }
  }
  return null;
}

async function main() {
  log(`preparing: ${N} voters × ${K} votes over ${E} entries in ${S} s`);
  await resetDatabase(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const facts = await arrange(pg);
  await new Redis(REDIS_URL).flushdb();

  const port = await freePort();
  const api = spawn(
    process.execPath,
    ['--require', new URL('./pool-wait-probe.cjs', import.meta.url).pathname, `${dist}apps/api/src/main.js`],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL,
        REDIS_URL,
        REDIS_PREFIX: PREFIX,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        RATE_START_PER_IP: '100000000',
        POOL_PROBE_FILE: PROBE_FILE,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitFor(`http://127.0.0.1:${port}/api/health`);

  const ceilingPort = await freePort();
  const bare = fork(new URL('./bare-fastify.mjs', import.meta.url).pathname, [String(ceilingPort)], {
    stdio: 'inherit',
  });
  await new Promise((r) => bare.once('message', r));
  const bareClient = createClient(`http://127.0.0.1:${ceilingPort}`, C);
  const ceiling = await runPhase(20_000, C, () => bareClient.request('POST', '/echo', { entryId: 1 }));
  bareClient.close();
  bare.kill();
  log(
    `ceiling (bare Fastify POST)   ${ceiling.rate.toFixed(0)}/s  p50 ${ceiling.p50.toFixed(1)} ms  p99 ${ceiling.p99.toFixed(1)} ms`,
  );

  // 2. The rush: open loop, each voter arrives at a random moment and casts K votes a second apart.
  const client = createClient(`http://127.0.0.1:${port}`, 512);
  await poolWaits(api);
  const votes = { ms: [], statuses: {} };
  const gallery = { ms: [], statuses: {} };
  const count = (into, r) => {
    const key = r.status >= 400 ? `${r.status} ${r.body?.code ?? ''}` : String(r.status);
    into.statuses[key] = (into.statuses[key] ?? 0) + 1;
    into.ms.push(r.ms);
  };
  const started = Date.now();
  let reading = true;
  const readers = (async () => {
    const every = 1000 / Number(args['gallery-per-second']);
    const pending = [];
    for (let next = Date.now(); reading; next += every) {
      await sleep(Math.max(0, next - Date.now()));
      pending.push(
        client
          .request('GET', `/api/gallery/${facts.trackId}`, undefined, { cookie: facts.rush[0] })
          .then((r) => count(gallery, r)),
      );
    }
    await Promise.all(pending);
  })();
  await Promise.all(
    facts.rush.map(async (cookie, i) => {
      await sleep(Math.random() * (S - K) * 1000);
      for (const e of choices(i)) {
        count(
          votes,
          await client.request('POST', `/api/entries/${facts.entryIds[e]}/vote`, undefined, { cookie }),
        );
        await sleep(1000);
      }
    }),
  );
  reading = false;
  await readers;
  const rushSeconds = (Date.now() - started) / 1000;
  const rushPool = await poolWaits(api);
  const {
    rows: [tally],
  } = await pg.query(
    `SELECT (SELECT coalesce(sum(votes), 0)::int FROM stage_entries WHERE stage_id = $1) AS counted,
            (SELECT count(*)::int FROM entry_votes WHERE stage_id = $1 AND voided_at IS NULL) AS rows`,
    [facts.stageId],
  );
  const line = (name, x) =>
    log(
      `${name.padEnd(28)} ${x.ms.length} requests  p50 ${pct(x.ms, 50).toFixed(1)} ms  p99 ${pct(x.ms, 99).toFixed(1)} ms  ${JSON.stringify(x.statuses)}`,
    );
  log(`rush: ${rushSeconds.toFixed(1)} s, ${(votes.ms.length / rushSeconds).toFixed(0)} votes/s offered`);
  line('votes (rush)', votes);
  line('gallery reads (rush)', gallery);
  log(`pool wait (rush): ${JSON.stringify(rushPool)}`);
  log(`counts: ${tally.counted} on the entries, ${tally.rows} vote rows`);

  // 3. Capacity: the other half of the voters, as fast as the api takes them.
  const tasks = facts.capacity.flatMap((cookie, i) =>
    choices(i + 1).map((e) => ({ cookie, entryId: facts.entryIds[e] })),
  );
  const capClient = createClient(`http://127.0.0.1:${port}`, C);
  const capacity = await runPhase(tasks.length, C, (i) =>
    capClient.request('POST', `/api/entries/${tasks[i].entryId}/vote`, undefined, {
      cookie: tasks[i].cookie,
    }),
  );
  const capPool = await poolWaits(api);
  log(
    `vote capacity (closed loop)  ${capacity.rate.toFixed(0)}/s = ${(capacity.rate / ceiling.rate).toFixed(3)} × ceiling  p50 ${capacity.p50.toFixed(1)} ms  p99 ${capacity.p99.toFixed(1)} ms  failures ${capacity.failures.length}`,
  );
  log(`pool wait (capacity): ${JSON.stringify(capPool)}`);

  // 4. The walk's worst case: one account, 30 identical requests at once.
  const burst = async (method, path) => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => capClient.request(method, path, undefined, { cookie: facts.lone })),
    );
    const statuses = {};
    for (const a of answers) {
      const key = a.status >= 400 ? `${a.status} ${a.body?.code ?? ''}` : String(a.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    const ms = answers.map((a) => a.ms);
    log(
      `30 × ${method} ${path.padEnd(24)} p50 ${pct(ms, 50).toFixed(1)} ms  p99 ${pct(ms, 99).toFixed(1)} ms  ${JSON.stringify(statuses)}`,
    );
  };
  await burst('POST', `/api/entries/${facts.entryIds[0]}/vote`);
  const {
    rows: [round],
  } = await pg.query(
    `UPDATE rounds SET opens_at = now() - interval '1 minute', closes_at = now() + interval '1 hour'
      WHERE week_number = 1 RETURNING id`,
  );
  await burst('POST', `/api/rounds/${round.id}/attempts`);
  log(`pool wait (bursts): ${JSON.stringify(await poolWaits(api))}`);
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );

  client.close();
  capClient.close();
  api.kill('SIGTERM');
  await pg.end();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
