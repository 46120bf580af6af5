import type { DataSource } from 'typeorm';

import { initiativeTemplate, type InitiativeDetails } from '@contest/contracts';
import { foldForComparison, originalityKeys, originalityText, seededRandom } from '@contest/domain';

import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { hashPassword } from '../accounts/password';
import { AuditService } from '../audit/audit.service';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { AdvanceService } from '../judging/advance.service';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { StageResultsService } from '../judging/stage-results.service';
import { StagesService } from '../judging/stages.service';
import { RegisterService } from '../originality/register.service';
import { DEMO_PASSWORD } from './demo-seed';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** The nine initiatives the preliminary stage judged; the best six are in today's final. */
const FINALISTS = [
  {
    unitCode: 'QA-S03',
    title: 'Số hóa hồ sơ hộ tịch từ năm 1975 đến nay',
    author: 'Trần Thị Mai',
    group: true,
  },
  {
    unitCode: 'QA-S04',
    title: 'Tổ công nghệ số cộng đồng ở mỗi thôn',
    author: 'Nguyễn Đức Long',
    group: true,
  },
  {
    unitCode: 'QA-S06',
    title: 'Một đầu mối cấp phép kinh doanh rượu, thuốc lá',
    author: 'Lý Thị Hạnh',
    group: false,
  },
  {
    unitCode: 'QA-S07',
    title: 'Hẹn giờ nộp hồ sơ đất đai qua tổng đài',
    author: 'Vũ Minh Tuấn',
    group: true,
  },
  {
    unitCode: 'QA-S08',
    title: 'Bản đồ số doanh nghiệp trên địa bàn xã',
    author: 'Đặng Thu Hà',
    group: false,
  },
  {
    unitCode: 'QA-S09',
    title: 'Kiosk tra cứu hồ sơ bằng căn cước công dân',
    author: 'Hồ Văn Phúc',
    group: true,
  },
  {
    unitCode: 'QA-S10',
    title: 'Nhắc lịch tiêm chủng qua tin nhắn tự động',
    author: 'Phan Ngọc Ánh',
    group: false,
  },
  {
    unitCode: 'QA-S11',
    title: 'Sổ liên lạc điện tử giữa xã và người dân',
    author: 'Cao Văn Bình',
    group: true,
  },
  { unitCode: 'QA-S12', title: 'Ký số văn bản của trưởng thôn', author: 'Mai Thị Lan', group: false },
];

/** A group's other authors, two each, from this list in turn. */
const CO_AUTHORS = [
  'Nguyễn Thị Thanh',
  'Lê Quốc Việt',
  'Đinh Thu Trang',
  'Bùi Văn Hải',
  'Tạ Minh Ngọc',
  'Vương Đức Anh',
  'Trương Thị Yến',
  'Lâm Quang Huy',
  'Kiều Thị Nga',
  'Phùng Văn Sơn',
];

/** Judges of the preliminary (scored a month ago) and of today's final (the demo judge among them). */
const PRELIMINARY_PANEL = [
  'giamkhao2@quangan.gov.vn',
  'giamkhao4@quangan.gov.vn',
  'giamkhao5@quangan.gov.vn',
];
const FINAL_PANEL = ['giamkhao@quangan.gov.vn', 'giamkhao4@quangan.gov.vn', 'giamkhao5@quangan.gov.vn'];
const PANEL_NAMES: Record<string, string> = {
  'giamkhao2@quangan.gov.vn': 'Phan Thị Thu Hà',
  'giamkhao4@quangan.gov.vn': 'Trịnh Thị Hồng',
  'giamkhao5@quangan.gov.vn': 'Lý Văn Khoa',
};

const TEXT =
  'Đã áp dụng hơn một năm, có quy trình, người chịu trách nhiệm và số liệu theo dõi hằng tháng; được đơn vị bạn đến học tập.';

/**
 * The city's models contest (its template) on the day of its live final: the call closed weeks
 * ago, the preliminary judged nine initiatives out of 70 beside 30 points of fan-page likes and
 * shares, and was published; the best six are shortlisted into the live final
 * open today, with the demo judge and two others on its panel and the running order set. The
 * control screen and the projector are ready to run; nothing is on stage yet. Does nothing when a
 * live final exists.
 */
export async function seedDemoLiveFinal(db: DataSource, env: Env, now = new Date()): Promise<void> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM entry_stages WHERE kind = 'live_final'`);
  if (n > 0) return;
  const [contest] = await db.query(`SELECT min(id) AS id FROM contests WHERE year = $1`, [now.getFullYear()]);
  const [organizerRow] = await db.query(`SELECT id FROM users WHERE login = 'btc@quangan.gov.vn'`);
  if (!contest?.id || !organizerRow) return;
  const organizer = { id: organizerRow.id, role: 'organizer' } as SessionUser;
  const sql = new Sql(db);
  const audit = new AuditService(sql);
  const stages = new StagesService(sql, audit);
  const tracks = new TracksService(sql, audit, stages);
  const membership = new StageMembership(sql);
  const results = new StageResultsService(
    sql,
    new AccessService(),
    tracks,
    stages,
    audit,
    new RegisterService(sql, audit),
  );
  const advancing = new AdvanceService(sql, stages, results, membership, audit);
  const template = initiativeTemplate('city_models')!;
  const areas = [...template.areas];

  const track = await tracks.create(organizer, contest.id, {
    kind: 'initiative',
    template: 'city_models',
    unitDeadline: new Date(now.getTime() - 35 * DAY).toISOString(),
    settings: {
      title: 'Hội thi mô hình, sáng kiến cải cách hành chính',
      rulesText: [
        'Mỗi đơn vị gửi mô hình, sáng kiến đã áp dụng (video và bài viết). Sơ khảo: lượt thích, chia sẻ trên trang của Hội thi (tối đa 30 điểm) và Ban Giám khảo (tối đa 70 điểm); 6 đội điểm cao nhất vào chung kết.',
        'Chung kết: mỗi đội thuyết trình, tranh luận với đội bạn và trả lời câu hỏi của Ban Giám khảo. Tổng điểm = điểm sơ khảo + điểm chung kết.',
      ].join('\n'),
      opensAt: new Date(now.getTime() - 70 * DAY).toISOString(),
      closesAt: new Date(now.getTime() - 40 * DAY).toISOString(),
      submitter: 'participant',
      entriesPerUnit: template.entriesPerUnit,
      topics: areas,
      allowFiles: true,
      allowLinks: false,
      maxMegabytes: 300,
      maxDurationSeconds: 600,
      formats: ['mp4', 'mov', 'm4v', 'webm'],
      scopeUnitId: null,
      initiative: template.initiative,
    },
  });
  const [unitReview, screening, preliminary, final] = track.stages;

  const passwordHash = await hashPassword(DEMO_PASSWORD, env.SCRYPT_LOG_N);
  const judgeIds = new Map<string, number>();
  for (const login of new Set([...PRELIMINARY_PANEL, ...FINAL_PANEL])) {
    // The clip demo makes these judges; without ffmpeg it is skipped, so make them here if missing.
    await db.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, 'judge', NULL)
       ON CONFLICT (login) DO NOTHING`,
      [PANEL_NAMES[login] ?? login, login, passwordHash],
    );
    const [{ id }] = await db.query('SELECT id FROM users WHERE login = $1', [login]);
    judgeIds.set(login, id);
  }

  const units: { id: number; name: string; code: string }[] = await db.query(
    'SELECT id, name, code FROM units WHERE code = ANY($1::text[])',
    [FINALISTS.map((f) => f.unitCode)],
  );
  const entryIds: number[] = [];
  for (const [i, f] of FINALISTS.entries()) {
    const unit = units.find((u) => u.code === f.unitCode)!;
    const [{ id: authorId }] = await db.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, 'participant', $4)
       ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name RETURNING id`,
      [f.author, `hoithi${i + 1}@quangan.gov.vn`, passwordHash, unit.id],
    );
    const authors = [
      {
        name: f.author,
        unitName: unit.name,
        position: 'Chuyên viên',
        phone: `09140000${String(i).padStart(2, '0')}`,
        email: `hoithi${i + 1}@quangan.gov.vn`,
        representative: true,
      },
      ...(f.group
        ? CO_AUTHORS.slice((2 * i) % CO_AUTHORS.length, ((2 * i) % CO_AUTHORS.length) + 2).map((name) => ({
            name,
            unitName: unit.name,
            position: 'Chuyên viên',
            phone: '',
            email: '',
            representative: false,
          }))
        : []),
    ];
    const details: InitiativeDetails = {
      form: 'article',
      area: areas[i % areas.length],
      summary: `${f.title}: cách làm mới giúp người dân, doanh nghiệp đỡ đi lại, đỡ chờ đợi.`,
      problem: `Trước khi có sáng kiến, người dân phải đi lại nhiều lần. ${TEXT}`,
      solution: `${f.title}. ${TEXT}`,
      application: `Áp dụng tại ${unit.name}. ${TEXT}`,
      results: `Thời gian giải quyết giảm một nửa, không còn hồ sơ trễ hẹn. ${TEXT}`,
      authors,
    };
    const keys = originalityKeys(f.title, originalityText({ title: f.title, ...details }));
    const [{ id }] = await db.query(
      `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, topic, authors, details, folded_title,
         shingles, bands, status, unit_review, unit_head_name, unit_head_position, unit_reviewed_by, unit_reviewed_at,
         screening, screened_by, screened_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'submitted', 'forwarded', 'Lê Văn Hùng',
         'Thủ trưởng đơn vị', $12, $13, 'accepted', $12, $13, $14)
       RETURNING id`,
      [
        track.id,
        unit.id,
        authorId,
        f.title,
        details.summary,
        details.area,
        JSON.stringify(authors.map((a) => a.name)),
        JSON.stringify(details),
        foldForComparison(f.title),
        keys.shingles,
        keys.bands,
        organizer.id,
        new Date(now.getTime() - 36 * DAY),
        new Date(now.getTime() - (45 + i) * DAY),
      ],
    );
    entryIds.push(id);
    const forwarded = MOVE_REASONS.forwarded('Lê Văn Hùng', 'Thủ trưởng đơn vị');
    await membership.enter(unitReview.id, id, authorId, MOVE_REASONS.sent);
    await membership.leave(unitReview.id, id, organizer.id, forwarded);
    await membership.enter(screening.id, id, organizer.id, forwarded);
    await membership.leave(screening.id, id, organizer.id, MOVE_REASONS.accepted);
    await membership.enter(preliminary.id, id, organizer.id, MOVE_REASONS.accepted);
  }

  // The preliminary: every judge scored every initiative; locked and published.
  const random = seededRandom('demo-live-final');
  for (const [i, entryId] of entryIds.entries())
    for (const login of PRELIMINARY_PANEL) {
      const [{ id: assignmentId }] = await db.query(
        `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source) VALUES ($1, $2, $3, 'manual') RETURNING id`,
        [preliminary.id, entryId, judgeIds.get(login)],
      );
      for (const c of preliminary.criteria) {
        const share = Math.min(1, 0.92 - i * 0.04 + (random() - 0.5) * 0.08);
        await db.query(
          `INSERT INTO judge_scores (assignment_id, criterion_id, entry_id, points) VALUES ($1, $2, $3, $4)`,
          [assignmentId, c.id, entryId, Math.round(c.maxPoints * share * 4) / 4],
        );
      }
    }
  // The fan page's likes and shares, typed in by the organizer: the leader takes the 30 points.
  for (const [i, entryId] of entryIds.entries())
    await db.query(
      `INSERT INTO interaction_counts (stage_id, entry_id, likes, shares, entered_by) VALUES ($1, $2, $3, $4, $5)`,
      [preliminary.id, entryId, 1500 - i * 130, 340 - i * 30, organizer.id],
    );
  await db.query('UPDATE entry_stages SET judging_started_at = $2 WHERE id = $1', [
    preliminary.id,
    new Date(now.getTime() - 30 * DAY),
  ]);
  await results.lock(organizer, preliminary.id, { reason: null });
  await results.publish(organizer, preliminary.id);

  // Today's final: the six best, the panel on every team, the running order as drawn.
  await db.query('UPDATE entry_stages SET opens_at = $2, closes_at = $3 WHERE id = $1', [
    final.id,
    new Date(now.getTime() - HOUR),
    new Date(now.getTime() + 12 * HOUR),
  ]);
  const advanced = await advancing.advance(organizer, preliminary.id, {
    rule: { kind: 'top', count: 6 },
    dryRun: false,
  });
  const finalists = advanced.advancing.map((a) => a.entryId);
  for (const entryId of finalists)
    for (const login of FINAL_PANEL)
      await db.query(
        `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source) VALUES ($1, $2, $3, 'manual')`,
        [final.id, entryId, judgeIds.get(login)],
      );
  const drawn = [...finalists].sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13) || a - b);
  await db.query('UPDATE live_finals SET running_order = $2 WHERE stage_id = $1', [final.id, drawn]);
}
