import type { DataSource } from 'typeorm';

import { GradeAttemptsBatchService } from '@contest/server';
import { seedAttempts, startWorkerInProcess } from '@contest/server/testing';

/** A contest of its own: two communes, two weekly rounds (the second closing in a few seconds). */
let arranged = 0;
export async function arrangeContest(db: DataSource, secondClosesInMs: number) {
  const tag = `${`${Date.now()}`.slice(-6)}${++arranged}`;
  const [{ id: contestId }] = await db.query(
    `INSERT INTO contests (name, year, topics, prize_counts) SELECT 'Giải tập thể ' || $1::text, 2026, topics, prize_counts
       FROM contests WHERE id = (SELECT min(id) FROM contests) RETURNING id`,
    [tag],
  );
  await db.query(
    `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
     SELECT $1::int, text || ' ' || $1::text, options, correct_option, topic, difficulty FROM questions
      WHERE contest_id = (SELECT min(id) FROM contests)`,
    [contestId],
  );
  const [{ topic }] = await db.query(
    'SELECT topic FROM questions WHERE contest_id = $1 GROUP BY topic ORDER BY count(*) DESC LIMIT 1',
    [contestId],
  );
  const selection = JSON.stringify({ mode: 'quota', quotas: [{ topic, count: 5 }] });
  const rounds: number[] = [];
  for (const [week, closesAt] of [
    [1, new Date(Date.now() - 3600_000)],
    [2, new Date(Date.now() + secondClosesInMs)],
  ] as const) {
    const [{ id }] = await db.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds, selection, attempts_allowed)
       VALUES ($1, $2, $3, now() - interval '2 days', $4, 5, 600, $5, 1) RETURNING id`,
      [contestId, week, `Tuần ${week}`, closesAt, selection],
    );
    rounds.push(id);
  }
  const units: { id: number; code: string }[] = [];
  for (const [c, headcount] of [
    ['A', 10],
    ['B', 8],
  ] as const) {
    const [u] = await db.query(
      `INSERT INTO units (code, name, name_folded, level, parent_id, path)
       VALUES ($1, $2, $3, 'commune', (SELECT id FROM units WHERE code = 'QA'), '') RETURNING id, code`,
      [`CP${tag}${c}`, `Xã ${c} ${tag}`, `xa ${c.toLowerCase()} ${tag}`],
    );
    await db.query(
      `UPDATE units SET path = (SELECT path FROM units WHERE code = 'QA') || id || '/' WHERE id = $1`,
      [u.id],
    );
    await db.query('INSERT INTO unit_headcounts (contest_id, unit_id, headcount) VALUES ($1, $2, $3)', [
      contestId,
      u.id,
      headcount,
    ]);
    units.push(u);
  }
  return { contestId, rounds, units };
}

/** Seeds `count` submitted attempts of people of these units and grades them, roll-ups included. */
export async function gradeSeeded(db: DataSource, roundId: number, unitIds: number[], count: number) {
  const expected = await seedAttempts(db, roundId, count, 'submitted', { unitIds });
  const worker = await startWorkerInProcess();
  try {
    await worker.get(GradeAttemptsBatchService).gradeAttemptsBatch([...expected.keys()]);
  } finally {
    await worker.close();
  }
  return expected;
}

const HOUR = 3600_000;

/** A clip call taking links from unit admins, open from an hour ago to an hour from now. */
export function linkCallSettings(title: string, entriesPerUnit = 1) {
  return {
    title,
    rulesText: 'Thể lệ',
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + HOUR).toISOString(),
    submitter: 'unit_admin',
    entriesPerUnit,
    topics: [],
    allowFiles: false,
    allowLinks: true,
    maxMegabytes: 100,
    maxDurationSeconds: 300,
    formats: ['mp4'],
  };
}

export { stageSettingsOf } from '@contest/contracts';

/** An initiative call open now: articles or videos, alone or in a group, a quota for departments. */
export function initiativeCallSettings(title: string, entriesPerUnit = 2) {
  return {
    ...linkCallSettings(title, entriesPerUnit),
    submitter: 'participant',
    topics: ['Cải cách thủ tục hành chính', 'Chuyển đổi số'],
    allowFiles: true,
    allowLinks: false,
    initiative: {
      forms: ['article', 'video'],
      individual: true,
      group: true,
      maxAuthors: 5,
      quotas: [{ level: 'department', min: 1 }],
      attachmentMegabytes: 1,
    },
  };
}

const PART = 'Nội dung được viết đủ dài để đơn vị và giám khảo đọc hiểu được sáng kiến này.';
/** A complete initiative draft: every part written, one author reachable by phone and e-mail. */
export function initiativeDraft(title: string, more: Record<string, unknown> = {}) {
  return {
    title,
    area: 'Cải cách thủ tục hành chính',
    form: 'article',
    summary: `${title}: ${PART}`,
    problem: PART,
    solution: PART,
    application: PART,
    results: PART,
    authors: [
      {
        name: 'Nguyễn Thị Lan',
        unitName: 'Sở Nội vụ',
        position: 'Chuyên viên',
        phone: '0912345678',
        email: 'lan@example.vn',
        representative: true,
      },
    ],
    ...more,
  };
}
