import type { EntityManager } from 'typeorm';

import { drawPaper, gradePaper, seededRandom } from '@contest/domain';

import { DEMO_SELECTION } from './demo-questions';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu', 'Thanh', 'Đức', 'Kim'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Long'];
const GIVEN_MORE = ['Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vy', 'Yến'];
const QUESTIONS = 10;

/**
 * A practice round that closed yesterday, with graded attempts from a few hundred demo civil
 * servants across the units, left unfinalised: so an organizer trying the demo can finalise,
 * publish, read the statistics and export at once. Deterministic (seeded), like the rest of the demo.
 */
export async function seedPracticeRound(
  tx: EntityManager,
  contestId: number,
  unitIds: number[],
  passwordHash: string,
  participants: number,
  now: Date,
): Promise<void> {
  const random = seededRandom('demo-practice');
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const day = 24 * 3600_000;
  const closesAt = new Date(now.getTime() - day);
  const selection = DEMO_SELECTION;
  const [{ id: roundId }] = await tx.query(
    `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds,
                         selection, attempts_allowed, counted_attempt, prediction_enabled, prediction_prompt)
     VALUES ($1, 0, 'Vòng thi thử', $2, $3, $4, 900, $5, 1, 'best', true, $6) RETURNING id`,
    [
      contestId,
      new Date(closesAt.getTime() - 3 * day),
      closesAt,
      QUESTIONS,
      JSON.stringify(selection),
      'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi của vòng thi thử?',
    ],
  );
  const users: { id: number }[] = await tx.query(
    `INSERT INTO users (full_name, login, password_hash, role, unit_id)
     SELECT n, l, $3, 'participant', u FROM unnest($1::text[], $2::text[], $4::int[]) AS x(n, l, u) RETURNING id`,
    [
      Array.from(
        { length: participants },
        () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick([...GIVEN, ...GIVEN_MORE])}`,
      ),
      Array.from({ length: participants }, (_, i) => `thu${String(i + 1).padStart(3, '0')}@quangan.gov.vn`),
      passwordHash,
      Array.from({ length: participants }, () => pick(unitIds)),
    ],
  );
  await insertGradedAttempts(tx, {
    contestId,
    roundId,
    userIds: users.map((u) => u.id),
    random,
    seedTag: 'demo',
    startedAt: () => new Date(closesAt.getTime() - (2 * day * random() + 3600_000)),
    takenMs: () => Math.round(180_000 + 600_000 * random()),
  });
}

/**
 * Graded attempts for demo people, each with a skill of its own, so scores, times and
 * predictions spread the way a real round's do. Deterministic through the caller's `random`.
 */
export async function insertGradedAttempts(
  tx: EntityManager,
  o: {
    contestId: number;
    roundId: number;
    userIds: number[];
    random: () => number;
    seedTag: string;
    startedAt: () => Date;
    takenMs: () => number;
  },
): Promise<void> {
  const { random, roundId } = o;
  const selection = DEMO_SELECTION;
  const questions: { id: number; topic: string; options: string[]; correct: number }[] = await tx.query(
    'SELECT id, topic, options, correct_option AS correct FROM questions WHERE contest_id = $1',
    [o.contestId],
  );
  const key = new Map(questions.map((q) => [q.id, q.correct]));
  const pool = questions.map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length }));
  const rows = o.userIds.map((userId, i) => {
    const paper = drawPaper(
      pool,
      { selection, questionCount: QUESTIONS, shuffleQuestions: true, shuffleOptions: true },
      `${o.seedTag}-${i}`,
    );
    const skill = 0.45 + 0.5 * random();
    const answers = paper.map((item) => {
      const right = item.optionOrder.indexOf(key.get(item.questionId)!);
      return random() < skill ? right : (right + 1 + Math.floor(random() * 3)) % item.optionOrder.length;
    });
    const score = gradePaper(paper, new Map(answers.map((a, p) => [p, a])), (id) => key.get(id)!);
    const started = o.startedAt();
    const taken = o.takenMs();
    return { userId, paper, answers, score, started, taken, prediction: Math.round(5 + 60 * random()) };
  });
  const attemptIds: { id: number }[] = await tx.query(
    `INSERT INTO attempts (round_id, user_id, unit_id, attempt_no, seed, paper, status, started_at, deadline,
                           submitted_at, submitted_by, prediction, score, time_taken_ms, graded_at)
     SELECT $1, u, (SELECT unit_id FROM users WHERE id = u), 1, $8 || '-' || u, p::jsonb, 'graded', s, s + interval '15 minutes',
            s + make_interval(secs => t / 1000.0), 'participant', pr, sc, t, s + make_interval(secs => t / 1000.0 + 2)
       FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::int[], $6::int[], $7::int[]) AS x(u, p, s, t, pr, sc)
     RETURNING id`,
    [
      roundId,
      rows.map((r) => r.userId),
      rows.map((r) => JSON.stringify(r.paper.map((it) => ({ q: it.questionId, o: it.optionOrder })))),
      rows.map((r) => r.started),
      rows.map((r) => r.taken),
      rows.map((r) => r.prediction),
      rows.map((r) => r.score),
      o.seedTag,
    ],
  );
  const flat = attemptIds.flatMap(({ id }, i) =>
    rows[i].answers.map((option, position) => ({ id, position, option, at: rows[i].started })),
  );
  await tx.query(
    `INSERT INTO attempt_answers (attempt_id, position, option, seq, saved_at)
     SELECT a, p, o, p + 1, s + interval '1 minute' FROM unnest($1::int[], $2::int[], $3::int[], $4::timestamptz[]) AS x(a, p, o, s)`,
    [flat.map((f) => f.id), flat.map((f) => f.position), flat.map((f) => f.option), flat.map((f) => f.at)],
  );
}

/**
 * Week 1 is open in the demo: most of the practice round's people have already taken it, so the
 * dashboard, the unit admin's lists, the reports and the public board of units have figures.
 */
export async function seedOpenWeekSoFar(tx: EntityManager, contestId: number, now: Date): Promise<void> {
  const random = seededRandom('demo-week-1');
  const [round] = await tx.query(
    `SELECT id, opens_at AS "opensAt" FROM rounds WHERE contest_id = $1 AND week_number = 1`,
    [contestId],
  );
  const people: { id: number }[] = await tx.query(
    `SELECT id FROM users WHERE login LIKE 'thu%@quangan.gov.vn' ORDER BY id`,
  );
  const taking = people.filter(() => random() < 0.7).map((p) => p.id);
  const since = Math.max(0, now.getTime() - 60_000 - round.opensAt.getTime());
  await insertGradedAttempts(tx, {
    contestId,
    roundId: round.id,
    userIds: taking,
    random,
    seedTag: 'demo-week-1',
    startedAt: () => new Date(round.opensAt.getTime() + since * random()),
    takenMs: () => Math.round(Math.min(600_000, 120_000 + 480_000 * random())),
  });
}
