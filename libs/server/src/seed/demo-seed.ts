import type { DataSource, EntityManager } from 'typeorm';

import type { CollectiveRule } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { hashPassword } from '../accounts/password';
import { rebuildRollups } from '../stats/rollups';
import { seedOpenWeekSoFar, seedPracticeRound } from './demo-practice-round';
import { DEMO_QUESTIONS, DEMO_SELECTION, TOPICS } from './demo-questions';
import { demoUnitTree, type DemoUnit } from './demo-units';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoLogin {
  role: string;
  login: string;
  password: string;
  unit: string | null;
}

/** Five collective prizes, as in the real contest the demo is modelled on. */
const DEMO_COLLECTIVE_RULE: CollectiveRule = {
  weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
  minHeadcount: 20,
  levels: ['central_agency', 'department', 'district', 'commune', 'school', 'other'],
  prizes: [
    { name: 'Giải Nhất', count: 1, amount: 5_000_000 },
    { name: 'Giải Nhì', count: 2, amount: 3_000_000 },
    { name: 'Giải Ba', count: 2, amount: 2_000_000 },
  ],
  tieBreak: ['participationRate', 'averageScore', 'participants'],
};

const DEMO_ACCOUNTS = [
  { role: 'organizer', login: 'btc@quangan.gov.vn', fullName: 'Ban Tổ chức Cuộc thi', unitCode: 'QA' },
  { role: 'unit_admin', login: 'noivu@quangan.gov.vn', fullName: 'Trần Thị Hạnh', unitCode: 'QA-S02' },
  { role: 'judge', login: 'giamkhao@quangan.gov.vn', fullName: 'Lê Văn Minh', unitCode: null },
  { role: 'participant', login: '0912345678', fullName: 'Nguyễn Văn An', unitCode: 'QA-S02' },
] as const;

/** Demo civil servants who took the closed practice round, ready to be finalised. */
const PRACTICE_PARTICIPANTS = 400;

const COLLEAGUES = [
  'Phạm Thu Trang',
  'Hoàng Minh Đức',
  'Vũ Thị Lan',
  'Đặng Quốc Huy',
  'Bùi Thị Mai',
  'Đỗ Văn Nam',
];

/**
 * Fills an empty database with a demo contest: a province's unit tree, a question bank on
 * administrative reform, four weekly rounds of which the first is open now, a practice round
 * closed yesterday with 400 graded attempts (not yet finalised), and one account per role. Does nothing (and returns null) when any unit exists.
 */
export async function seedDemoIfEmpty(
  db: DataSource,
  scryptLogN: number,
  now = new Date(),
): Promise<DemoLogin[] | null> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM units');
  if (n > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD, scryptLogN);
  await db.transaction(async (tx) => {
    const unitIds = new Map<string, number>();
    const headcounts = new Map<number, number>();
    await insertUnit(tx, demoUnitTree(), null, '/', unitIds, headcounts);
    const [{ id: contestId }] = await tx.query(
      `INSERT INTO contests (name, year, topics, prize_counts, one_prize_per_person)
       VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [
        `Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm ${now.getFullYear()}`,
        now.getFullYear(),
        JSON.stringify(Object.values(TOPICS)),
        { first: 1, second: 2, third: 3, encouragement: 10 },
      ],
    );
    await tx.query(
      `INSERT INTO unit_headcounts (contest_id, unit_id, headcount) SELECT $1, u, h FROM unnest($2::int[], $3::int[]) AS x(u, h)`,
      [contestId, [...headcounts.keys()], [...headcounts.values()]],
    );
    for (const question of DEMO_QUESTIONS) {
      await tx.query(
        `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          contestId,
          question.text,
          JSON.stringify(question.options),
          question.correct,
          question.topic,
          question.difficulty,
        ],
      );
    }
    await insertRounds(tx, contestId, now);
    for (const account of DEMO_ACCOUNTS) {
      await tx.query(
        `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, $4, $5)`,
        [
          account.fullName,
          account.login,
          passwordHash,
          account.role,
          account.unitCode ? unitIds.get(account.unitCode) : null,
        ],
      );
    }
    for (const [i, fullName] of COLLEAGUES.entries()) {
      await tx.query(
        `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, 'participant', $4)`,
        [fullName, `09000000${String(i).padStart(2, '0')}`, passwordHash, unitIds.get('QA-S02')],
      );
    }
    await seedPracticeRound(tx, contestId, [...unitIds.values()], passwordHash, PRACTICE_PARTICIPANTS, now);
    await seedOpenWeekSoFar(tx, contestId, now);
    // Last year's contest ran before the system: its published totals, to compare with.
    await tx.query(
      `INSERT INTO earlier_contests (name, year, units, participants, attempts, weeks) VALUES ($1, $2, 171, NULL, 26915, 4)`,
      [
        `Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm ${now.getFullYear() - 1}`,
        now.getFullYear() - 1,
      ],
    );
    await tx.query(`UPDATE contests SET collective_rule = $2 WHERE id = $1`, [
      contestId,
      JSON.stringify(DEMO_COLLECTIVE_RULE),
    ]);
    await rebuildRollups((text, values) => tx.query(text, values));
  });
  return DEMO_ACCOUNTS.map((a) => ({
    role: a.role,
    login: a.login,
    password: DEMO_PASSWORD,
    unit: a.unitCode,
  }));
}

async function insertUnit(
  tx: EntityManager,
  unit: DemoUnit,
  parentId: number | null,
  parentPath: string,
  ids: Map<string, number>,
  headcounts: Map<number, number>,
): Promise<void> {
  const [{ id }] = await tx.query(
    `INSERT INTO units (code, name, name_folded, level, parent_id, path) VALUES ($1, $2, $3, $4, $5, '') RETURNING id`,
    [unit.code, unit.name, foldForSearch(unit.name), unit.level, parentId],
  );
  headcounts.set(id, unit.headcount);
  const path = `${parentPath}${id}/`;
  await tx.query('UPDATE units SET path = $1 WHERE id = $2', [path, id]);
  ids.set(unit.code, id);
  for (const child of unit.children ?? []) await insertUnit(tx, child, id, path, ids, headcounts);
}

async function insertRounds(tx: EntityManager, contestId: number, now: Date): Promise<void> {
  const week = 7 * 24 * 3600_000;
  // Week 1 opened at the start of this hour and stays open a week; the others follow weekly.
  const firstOpen = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000 - 3600_000);
  for (let w = 1; w <= 4; w++) {
    const opensAt = new Date(firstOpen.getTime() + (w - 1) * week);
    await tx.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds,
                           selection, shuffle_questions, shuffle_options, attempts_allowed, counted_attempt,
                           prediction_enabled, prediction_prompt)
       VALUES ($1, $2, $3, $4, $5, 10, 900, $6, true, true, 2, 'best', true, $7)`,
      [
        contestId,
        w,
        `Vòng ${w}`,
        opensAt,
        new Date(opensAt.getTime() + week - 60_000),
        JSON.stringify(DEMO_SELECTION),
        'Theo bạn, tuần này có bao nhiêu người trả lời đúng tất cả các câu hỏi?',
      ],
    );
  }
}
