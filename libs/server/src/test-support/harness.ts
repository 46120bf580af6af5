import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { hashPassword } from '../accounts/password';
import { createDataSource } from '../database/data-source';
import { seedDemoIfEmpty } from '../seed/demo-seed';
import { TEST_ENV } from './test-env';

Object.assign(process.env, TEST_ENV);

/** A database connection for arranging and checking facts directly. */
export async function testDb(): Promise<DataSource> {
  const db = createDataSource({ DATABASE_URL: TEST_ENV.DATABASE_URL, DATABASE_POOL_SIZE: 4 });
  await db.initialize();
  await seedDemoIfEmpty(db, Number(TEST_ENV.SCRYPT_LOG_N));
  return db;
}

/** A port nothing listens on now, for a process a test starts. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Polls until `check` returns a truthy value; never a fixed sleep. */
export async function pollUntil<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let counter = 0;
export async function createUser(
  db: DataSource,
  options: { role?: string; unitCode?: string; password?: string } = {},
): Promise<{ id: number; login: string; password: string }> {
  const login = `u${process.pid}x${++counter}x${Date.now()}@test.vn`;
  const password = options.password ?? 'Mat-khau-123';
  const [unit] = await db.query('SELECT id FROM units WHERE code = $1', [options.unitCode ?? 'QA-S02']);
  const [{ id }] = await db.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      `Người thử ${counter}`,
      login,
      await hashPassword(password, Number(TEST_ENV.SCRYPT_LOG_N)),
      options.role ?? 'participant',
      unit?.id ?? null,
    ],
  );
  return { id, login, password };
}

export interface RoundOptions {
  opensAt?: Date;
  closesAt?: Date;
  timeLimitSeconds?: number;
  attemptsAllowed?: number;
  questionCount?: number;
  predictionEnabled?: boolean;
}

/** A round of the demo contest drawing `questionCount` questions from one topic. */
export async function createRound(db: DataSource, o: RoundOptions = {}): Promise<number> {
  const [{ contestId, topic }] = await db.query(
    // The demo contest's biggest topic: banks other tests build in their own contests never change it.
    `SELECT contest_id AS "contestId", topic FROM questions WHERE contest_id = (SELECT min(id) FROM contests)
      GROUP BY contest_id, topic ORDER BY count(*) DESC, topic LIMIT 1`,
  );
  const [{ week }] = await db.query('SELECT coalesce(max(week_number), 0) + 1 AS week FROM rounds');
  const now = Date.now();
  const count = o.questionCount ?? 5;
  const [{ id }] = await db.query(
    `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds,
                         selection, attempts_allowed, prediction_enabled, prediction_prompt)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Dự đoán?') RETURNING id`,
    [
      contestId,
      week,
      `Vòng thử ${week}`,
      o.opensAt ?? new Date(now - 60_000),
      o.closesAt ?? new Date(now + 3600_000),
      count,
      o.timeLimitSeconds ?? 600,
      JSON.stringify({ mode: 'quota', quotas: [{ topic, count }] }),
      o.attemptsAllowed ?? 1,
      o.predictionEnabled ?? false,
    ],
  );
  return id;
}

/** The answer key of an attempt in the order it was shown: what a perfect participant picks. */
export async function shownKey(db: DataSource, attemptId: number): Promise<number[]> {
  const [{ paper }] = await db.query('SELECT paper FROM attempts WHERE id = $1', [attemptId]);
  const keys: { id: number; correct: number }[] = await db.query(
    'SELECT id, correct_option AS correct FROM questions WHERE id = ANY($1)',
    [paper.map((p: { q: number }) => p.q)],
  );
  const byId = new Map(keys.map((k) => [k.id, k.correct]));
  return paper.map((p: { q: number; o: number[] }) => p.o.indexOf(byId.get(p.q)!));
}

/**
 * A child's output, drained as it comes: an unread pipe fills at 64 KiB and then blocks the
 * child's next log line, which froze a worker logging Redis reconnects on a slow machine. The
 * last lines are kept for a failing test to show.
 */
const outputs = new WeakMap<ChildProcess, string[]>();
const OUTPUT_LINES = 200;

function drained(child: ChildProcess): ChildProcess {
  const lines: string[] = [];
  outputs.set(child, lines);
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > OUTPUT_LINES) lines.splice(0, lines.length - OUTPUT_LINES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** The last lines a spawned api or worker printed (for a failure's message). */
export const outputOf = (child: ChildProcess): string => (outputs.get(child) ?? []).join('\n');

/** Resolves with the exit code once `child` has exited, at once when it already has. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Kills `child` at once, as a crash would, and resolves once it has exited. */
export async function killNow(child: ChildProcess): Promise<void> {
  const exited = exitOf(child);
  child.kill('SIGKILL');
  await exited;
}

/** The worker as its own process (built code), so a test can kill it like a crash would. */
export function spawnWorker(extraEnv: Record<string, string> = {}): ChildProcess {
  const main = join(__dirname, '../../../../dist/server/apps/worker/src/main.js');
  return drained(
    spawn(process.execPath, [main], {
      env: { ...process.env, ...TEST_ENV, ...extraEnv },
      stdio: 'pipe',
    }),
  );
}

/** The api as its own process (built code) on `port`, so a test can restart what it stands on or signal it. */
export function spawnApi(port: number, extraEnv: Record<string, string> = {}): ChildProcess {
  const main = join(__dirname, '../../../../dist/server/apps/api/src/main.js');
  return drained(
    spawn(process.execPath, [main], {
      env: { ...process.env, ...TEST_ENV, PORT: String(port), HOST: '127.0.0.1', ...extraEnv },
      stdio: 'pipe',
    }),
  );
}

/** The worker's modules in this process, for tests that do not need to kill it. */
export async function startWorkerInProcess(
  overrides: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const { NestFactory } = await import('@nestjs/core');
  const { Module } = await import('@nestjs/common');
  const { CoreModule } = await import('../core.module');
  const { GradingModule } = await import('../grading/grading.module');
  @Module({ imports: [CoreModule, GradingModule] })
  class TestWorkerModule {}
  const saved = { ...process.env };
  Object.assign(process.env, TEST_ENV, overrides);
  const ctx = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
  process.env = saved;
  return ctx;
}

export interface SeedSpread {
  /** Units the participants belong to, taken in turn; without them, nobody has a unit. */
  unitIds?: number[];
  /** Every n-th participant also has a second attempt, with other answers. */
  retakeEvery?: number;
}

/**
 * Arranges `count` participants with submitted (or still open, past their deadline) attempts
 * and random answers, straight in Postgres, and returns the score each attempt must get.
 */
export async function seedAttempts(
  db: DataSource,
  roundId: number,
  count: number,
  status: 'submitted' | 'in_progress' = 'submitted',
  spread: SeedSpread = {},
): Promise<Map<number, number>> {
  const { drawPaper, gradePaper } = await import('@contest/domain');
  const [round] = await db.query(
    'SELECT selection, question_count AS "questionCount" FROM rounds WHERE id = $1',
    [roundId],
  );
  const questions: { id: number; topic: string; options: string[]; correct: number }[] = await db.query(
    `SELECT id, topic, options, correct_option AS correct FROM questions
      WHERE contest_id = (SELECT contest_id FROM rounds WHERE id = $1)`,
    [roundId],
  );
  const key = new Map(questions.map((q) => [q.id, q.correct]));
  const pool = questions.map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length }));
  const tag = `${process.pid}${Date.now()}`;
  const unitOf = (i: number) => (spread.unitIds?.length ? spread.unitIds[i % spread.unitIds.length] : null);
  const userIds: number[] = (
    await db.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id)
       SELECT 'Thí sinh ' || i, 'seed' || $1 || '-' || i || '@test.vn', 'scrypt$10$8$1$x$y', 'participant', ($3::int[])[i]
         FROM generate_series(1, $2) AS i RETURNING id`,
      [tag, count, Array.from({ length: count }, (_, i) => unitOf(i))],
    )
  ).map((r: { id: number }) => r.id);
  const tries = userIds.map((userId, i) => ({ userId, unitId: unitOf(i), no: 1, n: i }));
  if (spread.retakeEvery)
    userIds.forEach((userId, i) => {
      if (i % spread.retakeEvery! === 0) tries.push({ userId, unitId: unitOf(i), no: 2, n: count + i });
    });
  const papers = tries.map((t) =>
    drawPaper(
      pool,
      {
        selection: round.selection,
        questionCount: round.questionCount,
        shuffleQuestions: true,
        shuffleOptions: true,
      },
      `${tag}-${t.n}`,
    ),
  );
  const attemptIds: number[] = (
    await db.query(
      `INSERT INTO attempts (round_id, user_id, unit_id, attempt_no, seed, paper, status, started_at, deadline,
                             submitted_at, submitted_by, time_taken_ms)
       SELECT $1, u, un, no, 'seed', p::jsonb, $4::varchar, now() - interval '10 minutes', now() - interval '1 minute',
              CASE WHEN $4::varchar = 'submitted' THEN now() - interval '2 minutes' + no * interval '1 second' END,
              CASE WHEN $4::varchar = 'submitted' THEN 'participant' END,
              CASE WHEN $4::varchar = 'submitted' THEN 480000 - n END
         FROM unnest($2::int[], $3::text[], $5::int[], $6::int[], $7::int[]) AS t(u, p, un, no, n) RETURNING id`,
      [
        roundId,
        tries.map((t) => t.userId),
        papers.map((p) => JSON.stringify(p.map((x) => ({ q: x.questionId, o: x.optionOrder })))),
        status,
        tries.map((t) => t.unitId),
        tries.map((t) => t.no),
        tries.map((t) => t.n),
      ],
    )
  ).map((r: { id: number }) => r.id);
  const expected = new Map<number, number>();
  const rows: [number, number, number][] = [];
  attemptIds.forEach((attemptId, i) => {
    const answers = new Map<number, number>();
    const n = tries[i].n;
    papers[i].forEach((item, position) => {
      if ((n + position) % 7 === 0) return; // some questions left blank
      const option = (n * 31 + position * 17) % item.optionOrder.length;
      answers.set(position, option);
      rows.push([attemptId, position, option]);
    });
    expected.set(
      attemptId,
      gradePaper(papers[i], answers, (id) => key.get(id)!),
    );
  });
  await db.query(
    `INSERT INTO attempt_answers (attempt_id, position, option, seq, saved_at)
     SELECT a, p, o, 1, now() - interval '5 minutes' FROM unnest($1::int[], $2::int[], $3::int[]) AS t(a, p, o)`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
  return expected;
}
