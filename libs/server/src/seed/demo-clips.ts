import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { DataSource } from 'typeorm';

import type { Stage } from '@contest/contracts';

import { assignJudges, judgeEntryOrder, seededRandom } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { hashPassword } from '../accounts/password';
import { AuditService } from '../audit/audit.service';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { EntryFileProcessor } from '../entries/entry-file-processor.service';
import { TracksService } from '../entries/tracks.service';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { StagesService } from '../judging/stages.service';
import type { MediaStorage } from '../media/media-storage';
import { DEMO_PASSWORD, type DemoLogin } from './demo-seed';

const run = promisify(execFile);
const DAY = 24 * 3600 * 1000;

const MORE_JUDGES = [
  { login: 'giamkhao2@quangan.gov.vn', fullName: 'Phan Thị Thu Hà', unitCode: 'QA-S02' },
  { login: 'giamkhao3@quangan.gov.vn', fullName: 'Ngô Quang Vinh', unitCode: 'QA-S05' },
  { login: 'giamkhao4@quangan.gov.vn', fullName: 'Trịnh Thị Hồng', unitCode: null },
  { login: 'giamkhao5@quangan.gov.vn', fullName: 'Lý Văn Khoa', unitCode: null },
];

/** Clips the demo units sent: a test pattern stands in for each unit's footage. */
const CLIPS = [
  { title: 'Một cửa liên thông: nhanh hơn, gọn hơn', pattern: 'testsrc2', tone: 440, quality: 0.9 },
  { title: 'Chuyển đổi số ở xã Tân Lập', pattern: 'smptehdbars', tone: 520, quality: 0.8 },
  { title: 'Dịch vụ công trực tuyến trong tầm tay', pattern: 'rgbtestsrc', tone: 330, quality: 0.75 },
  { title: 'Cán bộ tận tụy, người dân hài lòng', pattern: 'testsrc', tone: 600, quality: 0.7 },
  { title: 'Hành trình một hồ sơ đất đai', pattern: 'mandelbrot', tone: 392, quality: 0.65 },
  { title: 'Kho bạc số: thanh toán không dùng tiền mặt', pattern: 'cellauto', tone: 494, quality: 0.6 },
  { title: 'Bảo hiểm xã hội điện tử cho mọi nhà', pattern: 'life', tone: 262, quality: 0.55 },
  { title: 'Trường học thân thiện, thủ tục đơn giản', pattern: 'smptebars', tone: 349, quality: 0.5 },
];
const LINKS = [
  { title: 'Dân vận khéo ở vùng cao', url: 'https://www.youtube.com/watch?v=demo-danvan', quality: 0.85 },
  {
    title: 'Phường văn minh, thủ tục văn minh',
    url: 'https://www.youtube.com/watch?v=demo-phuong',
    quality: 0.45,
  },
];
const AUTHORS = ['Nguyễn Thị Thanh', 'Trần Quốc Bảo', 'Lê Hoài Nam', 'Phạm Minh Châu', 'Võ Thị Kim'];

/**
 * The clip track of the demo contest, as it stands a few days after its 15-day window closed:
 * units' clips (real little videos, processed by the same code as an upload) screened — one
 * rejected, one flagged as the same file sent twice — five judges assigned three to an entry,
 * the demo judge half-way through, public voting open. A second call is open now, so the demo
 * unit admin can send a clip. Needs ffmpeg; does nothing when a track exists.
 */
export async function seedDemoClips(
  db: DataSource,
  storage: MediaStorage,
  env: Env,
  now = new Date(),
): Promise<DemoLogin[]> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM entry_tracks');
  if (n > 0) return [];
  const [contest] = await db.query(`SELECT min(id) AS id FROM contests WHERE year = $1`, [now.getFullYear()]);
  // Only into the demo contest (its organizer account is the sign), never into a real one.
  const [organizer] = await db.query(`SELECT id FROM users WHERE login = 'btc@quangan.gov.vn'`);
  if (!contest?.id || !organizer) return [];
  const contestId: number = contest.id;
  // Every clip is made before anything is written, so a missing ffmpeg leaves no half demo behind.
  const work = await mkdtemp(join(tmpdir(), 'demo-clips-'));
  try {
    for (const [i, clip] of CLIPS.entries())
      await run(env.FFMPEG_PATH, [
        ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `${clip.pattern}=size=640x360:rate=25`],
        ...['-f', 'lavfi', '-i', `sine=frequency=${clip.tone}`, '-t', '6'],
        ...[
          '-c:v',
          'libx264',
          '-preset',
          'ultrafast',
          '-pix_fmt',
          'yuv420p',
          '-c:a',
          'aac',
          join(work, `clip-${i}.mp4`),
        ],
      ]);
    return await seedTracks(db, storage, env, now, contestId, organizer.id, work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function seedTracks(
  db: DataSource,
  storage: MediaStorage,
  env: Env,
  now: Date,
  contestId: number,
  organizerId: number,
  work: string,
): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD, env.SCRYPT_LOG_N);
  for (const j of MORE_JUDGES)
    await db.query(
      `INSERT INTO users (full_name, login, password_hash, role, unit_id)
       VALUES ($1, $2, $3, 'judge', (SELECT id FROM units WHERE code = $4))`,
      [j.fullName, j.login, passwordHash, j.unitCode],
    );

  const sql = new Sql(db);
  const audit = new AuditService(sql);
  const stages = new StagesService(sql, audit);
  const tracks = new TracksService(sql, audit, stages);
  const organizer = { id: organizerId, role: 'organizer' } as SessionUser;
  const closed = await openCall(tracks, organizer, contestId, {
    title: 'Video clip “Cải cách hành chính – Vì nhân dân phục vụ”',
    opensAt: new Date(now.getTime() - 18 * DAY),
    closesAt: new Date(now.getTime() - 3 * DAY),
    entriesPerUnit: 2,
  });
  // 70 points for the judges beside 30 for the public, as the real contest scored it.
  const { stage } = closed;
  await stages.updateStage(organizer, stage.id, {
    allowsMaterial: false,
    name: 'Chấm sơ khảo',
    opensAt: null,
    closesAt: null,
    aggregation: stage.aggregation,
    judgesPerEntry: 3,
    tieBreaks: stage.tieBreaks,
    prizes: stage.prizes,
    parts: [],
    publicSource: 'votes',
    criteria: [
      {
        name: 'Nội dung, thông điệp',
        maxPoints: 30,
        guidance: 'Đúng chủ đề cải cách hành chính, thông tin chính xác, thông điệp rõ ràng.',
        part: null,
      },
      {
        name: 'Sáng tạo',
        maxPoints: 20,
        guidance: 'Ý tưởng mới, cách kể chuyện hấp dẫn, gần gũi với người dân.',
        part: null,
      },
      {
        name: 'Kỹ thuật hình ảnh, âm thanh',
        maxPoints: 10,
        guidance: 'Hình ảnh rõ nét, âm thanh tốt, dựng mạch lạc, phụ đề đúng chính tả.',
        part: null,
      },
      {
        name: 'Tính lan tỏa',
        maxPoints: 10,
        guidance: 'Khả năng lan tỏa trên mạng xã hội, dễ chia sẻ.',
        part: null,
      },
    ],
    votePoints: 30,
    votesOpenAt: new Date(now.getTime() - 2 * DAY).toISOString(),
    votesCloseAt: new Date(now.getTime() + 5 * DAY).toISOString(),
    voters: 'registered',
    votesExcludeOwnUnit: true,
    votesPerAccount: null,
    votesPerIpPerHour: 300,
  });

  const units: { id: number; code: string }[] = await db.query(
    `SELECT id, code FROM units WHERE merged_into_id IS NULL AND code = ANY($1::text[]) ORDER BY code`,
    [
      [
        'QA-TW01',
        'QA-TW02',
        'QA-S02',
        'QA-S04',
        'QA-S07',
        'QA-S11',
        'QA-S14',
        'QA-S16',
        'QA-H01',
        'QA-H02',
        'QA-H03',
      ],
    ],
  );
  const admins = new Map<number, number>();
  const adminOf = async (unitId: number, code: string) => {
    if (!admins.has(unitId)) {
      const [existing] = await db.query(
        `SELECT id FROM users WHERE role = 'unit_admin' AND unit_id = $1 LIMIT 1`,
        [unitId],
      );
      const id =
        existing?.id ??
        (
          await db.query(
            `INSERT INTO users (full_name, login, password_hash, role, unit_id)
             VALUES ($1, $2, $3, 'unit_admin', $4) RETURNING id`,
            [`Quản trị ${code}`, `qt.${code.toLowerCase()}@quangan.gov.vn`, passwordHash, unitId],
          )
        )[0].id;
      admins.set(unitId, id);
    }
    return admins.get(unitId)!;
  };

  const membership = new StageMembership(sql);
  const processor = new EntryFileProcessor(sql, membership, storage, env);
  const quality = new Map<number, number>();
  const accepted: number[] = [];
  for (const [i, clip] of CLIPS.entries()) {
    const unit = units[i % units.length];
    const entryId = await insertEntry(
      db,
      closed.trackId,
      unit.id,
      await adminOf(unit.id, unit.code),
      clip.title,
      i,
      null,
    );
    const source = join(work, `clip-${i}.mp4`);
    await processUpload(
      db,
      storage,
      processor,
      entryId,
      await adminOf(unit.id, unit.code),
      source,
      `${clip.title}.mp4`,
    );
    quality.set(entryId, clip.quality);
  }
  for (const [i, link] of LINKS.entries()) {
    const unit = units[(CLIPS.length + i) % units.length];
    const entryId = await insertEntry(
      db,
      closed.trackId,
      unit.id,
      await adminOf(unit.id, unit.code),
      link.title,
      CLIPS.length + i,
      link.url,
    );
    quality.set(entryId, link.quality);
  }
  // The same file sent again by another unit: screening flags it by its hash.
  const twice = units[units.length - 1];
  const twiceId = await insertEntry(
    db,
    closed.trackId,
    twice.id,
    await adminOf(twice.id, twice.code),
    'Một cửa liên thông - nhanh hơn, gọn hơn',
    20,
    null,
  );
  await processUpload(
    db,
    storage,
    processor,
    twiceId,
    await adminOf(twice.id, twice.code),
    join(work, 'clip-0.mp4'),
    'mot-cua.mp4',
  );

  const entries: { id: number; unitId: number; unitPath: string; title: string }[] = await db.query(
    `SELECT e.id, e.unit_id AS "unitId", un.path AS "unitPath", e.title FROM entries e JOIN units un ON un.id = e.unit_id
      WHERE e.track_id = $1 AND e.status = 'submitted' ORDER BY e.id`,
    [closed.trackId],
  );
  for (const e of entries) {
    if (!quality.has(e.id)) continue; // the one sent twice stays pending, for the organizer to see
    const reject = e.title.startsWith('Phường văn minh');
    await db.query(
      `UPDATE entries SET screening = $2, screening_reason = $3, screened_by = $4, screened_at = $5 WHERE id = $1`,
      [
        e.id,
        reject ? 'rejected' : 'accepted',
        reject
          ? 'Đường liên kết không xem được công khai (video để chế độ riêng tư); đề nghị đơn vị kiểm tra lại.'
          : null,
        organizerId,
        new Date(now.getTime() - 2 * DAY),
      ],
    );
    if (reject) continue;
    accepted.push(e.id);
    await membership.enter(stage.id, e.id, organizerId, MOVE_REASONS.accepted);
  }

  const judges: { id: number; unitPath: string | null; login: string }[] = await db.query(
    `SELECT u.id, un.path AS "unitPath", u.login FROM users u LEFT JOIN units un ON un.id = u.unit_id
      WHERE u.role = 'judge' ORDER BY u.id`,
  );
  const { added } = assignJudges({
    entries: entries.filter((e) => accepted.includes(e.id)).map((e) => ({ id: e.id, unitPath: e.unitPath })),
    judges,
    perEntry: 3,
    existing: [],
    declared: new Set(),
    seed: 'demo',
  });
  const [{ seed }] = await db.query('SELECT seed FROM entry_stages WHERE id = $1', [stage.id]);
  const criteria: { id: number; max: number }[] = await db.query(
    `SELECT id, max_points::float8 AS max FROM rubric_criteria WHERE stage_id = $1 ORDER BY position`,
    [stage.id],
  );
  const random = seededRandom('demo-scores');
  const demoJudge = judges.find((j) => j.login === 'giamkhao@quangan.gov.vn');
  for (const pair of added) {
    const [{ id: assignmentId }] = await db.query(
      `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source) VALUES ($1, $2, $3, 'auto') RETURNING id`,
      [stage.id, pair.entryId, pair.judgeId],
    );
    // The demo judge has scored the first half of their own order; the others are done.
    if (pair.judgeId === demoJudge?.id) {
      const order = judgeEntryOrder(
        added.filter((p) => p.judgeId === pair.judgeId).map((p) => p.entryId),
        pair.judgeId,
        seed,
      );
      if (order.indexOf(pair.entryId) >= order.length / 2) continue;
    }
    const q = quality.get(pair.entryId) ?? 0.5;
    for (const c of criteria) {
      const share = Math.min(1, Math.max(0.3, q + (random() - 0.5) * 0.2));
      await db.query(
        `INSERT INTO judge_scores (assignment_id, criterion_id, entry_id, points, comment) VALUES ($1, $2, $3, $4, $5)`,
        [assignmentId, c.id, pair.entryId, Math.round(share * c.max * 4) / 4, null],
      );
    }
  }
  await db.query(`UPDATE entry_stages SET judging_started_at = $2 WHERE id = $1`, [
    stage.id,
    new Date(now.getTime() - DAY),
  ]);

  // Public votes from the demo's participants, more for the better clips, as the stage's policy
  // allows them: never from the entry's own unit line, over the two days voting has been open,
  // from a handful of office addresses, by accounts registered for the quiz weeks before.
  const voters: { id: number }[] = await db.query(
    `SELECT id FROM users WHERE role = 'participant' ORDER BY id LIMIT 300`,
  );
  await db.query(`UPDATE users SET created_at = $2 WHERE id = ANY($1::int[])`, [
    voters.map((v) => v.id),
    new Date(now.getTime() - 20 * DAY),
  ]);
  const offices = ['113.160.12.7', '14.231.88.19', '171.244.5.9', '27.72.100.3', '203.162.4.190'];
  for (const entryId of accepted) {
    const count = Math.round((quality.get(entryId) ?? 0.5) ** 2 * voters.length * 0.5);
    const cast: { userId: number }[] = await db.query(
      `INSERT INTO entry_votes (stage_id, entry_id, user_id, ip, created_at)
       SELECT $5, $1, v.id, ($3::text[])[1 + v.id % cardinality($3::text[])],
              $4::timestamptz + (v.id * 7919 % 2880) * interval '1 minute'
         FROM unnest($2::int[]) AS v(id)
         JOIN users u ON u.id = v.id JOIN units vu ON vu.id = u.unit_id
         JOIN entries e ON e.id = $1 JOIN units eu ON eu.id = e.unit_id
        WHERE NOT (vu.path LIKE eu.path || '%' OR (eu.path LIKE vu.path || '%' AND vu.parent_id IS NOT NULL))
       RETURNING user_id AS "userId"`,
      [
        entryId,
        voters.slice(0, count).map((v) => v.id),
        offices,
        new Date(now.getTime() - 2 * DAY),
        stage.id,
      ],
    );
    await db.query('UPDATE stage_entries SET votes = $3 WHERE stage_id = $1 AND entry_id = $2', [
      stage.id,
      entryId,
      cast.length,
    ]);
  }

  const open = await openCall(tracks, organizer, contestId, {
    title: 'Clip tuyên truyền “Chuyển đổi số vì người dân”',
    opensAt: new Date(now.getTime() - 2 * DAY),
    closesAt: new Date(now.getTime() + 12 * DAY),
    entriesPerUnit: 1,
  });
  const early = units[0];
  await insertEntry(
    db,
    open.trackId,
    early.id,
    await adminOf(early.id, early.code),
    'Kho bạc số trong 60 giây',
    0,
    'https://www.youtube.com/watch?v=demo-khobac',
  );

  return MORE_JUDGES.map((j) => ({
    role: 'judge',
    login: j.login,
    password: DEMO_PASSWORD,
    unit: j.unitCode,
  }));
}

/** A call for clips as an organizer opens one, through the same service as the console. */
async function openCall(
  tracks: TracksService,
  organizer: SessionUser,
  contestId: number,
  t: { title: string; opensAt: Date; closesAt: Date; entriesPerUnit: number },
): Promise<{ trackId: number; stage: Stage }> {
  const track = await tracks.create(organizer, contestId, {
    kind: 'clip',
    template: null,
    unitDeadline: null,
    settings: {
      initiative: null,
      scopeUnitId: null,
      title: t.title,
      rulesText: [
        `Mỗi đơn vị gửi tối đa ${t.entriesPerUnit} clip, thời lượng không quá 5 phút, dung lượng không quá 500 MB.`,
        'Clip do đơn vị tự thực hiện, chưa từng dự thi ở cuộc thi khác; đơn vị chịu trách nhiệm về bản quyền hình ảnh và âm nhạc.',
        'Ban Tổ chức sàng lọc trước khi chấm; bài bị từ chối được đơn vị sửa và gửi lại trong thời gian nhận bài.',
        'Điểm: giám khảo chấm theo thang điểm chi tiết; bình chọn của công chúng quy đổi tối đa 30 điểm.',
        'Xếp hạng theo tổng điểm; bằng điểm thì xét điểm giám khảo, rồi điểm bình chọn, rồi bài gửi sớm hơn.',
      ].join('\n'),
      opensAt: t.opensAt.toISOString(),
      closesAt: t.closesAt.toISOString(),
      submitter: 'unit_admin',
      entriesPerUnit: t.entriesPerUnit,
      topics: ['Cải cách thủ tục hành chính', 'Chuyển đổi số', 'Dân vận khéo'],
      allowFiles: true,
      allowLinks: true,
      maxMegabytes: 500,
      maxDurationSeconds: 300,
      formats: ['mp4', 'mov', 'm4v', 'mkv', 'webm', 'avi', '3gp'],
    },
  });
  return { trackId: track.id, stage: track.stages[0] };
}

async function insertEntry(
  db: DataSource,
  trackId: number,
  unitId: number,
  by: number,
  title: string,
  i: number,
  linkUrl: string | null,
): Promise<number> {
  const [{ id }] = await db.query(
    `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, topic, authors, link_url, status, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $8::varchar IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [
      trackId,
      unitId,
      by,
      title,
      `Clip ngắn của đơn vị kể lại một việc làm cụ thể trong cải cách hành chính: ${title.toLowerCase()}.`,
      ['Cải cách thủ tục hành chính', 'Chuyển đổi số', 'Dân vận khéo'][i % 3],
      JSON.stringify([AUTHORS[i % AUTHORS.length], AUTHORS[(i + 2) % AUTHORS.length]]),
      linkUrl,
      linkUrl ? 'submitted' : 'processing',
    ],
  );
  return id;
}

/** The path of a real upload from the moment its last byte lands: storage, then the worker's processing. */
async function processUpload(
  db: DataSource,
  storage: MediaStorage,
  processor: EntryFileProcessor,
  entryId: number,
  by: number,
  path: string,
  name: string,
): Promise<void> {
  const uploadId = randomBytes(16).toString('hex');
  const key = `entries/${entryId}/original-${uploadId}`;
  await storage.putFile(key, path, 'application/octet-stream');
  const { size } = await stat(path);
  const [{ id }] = await db.query(
    `INSERT INTO entry_files (entry_id, upload_id, uploaded_by, original_name, bytes, status, original_key)
     VALUES ($1, $2, $3, $4, $5, 'processing', $6) RETURNING id`,
    [entryId, uploadId, by, name, size, key],
  );
  await processor.process(id);
}
