import type { DataSource } from 'typeorm';

import { REFORM_AREA_PRESETS, type InitiativeDetails } from '@contest/contracts';
import { foldForComparison, originalityKeys, originalityText } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { hashPassword } from '../accounts/password';
import { AuditService } from '../audit/audit.service';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { StagesService } from '../judging/stages.service';
import { DEMO_PASSWORD } from './demo-seed';

const DAY = 24 * 3600 * 1000;

/** Initiatives already applied in the province: the register the demo's entries are checked against. */
const REGISTER = [
  {
    title: 'Tiếp nhận hồ sơ đất đai qua mạng và trả kết quả tại nhà',
    summary:
      'Người dân nộp hồ sơ đất đai trên Cổng dịch vụ công, cán bộ một cửa kiểm tra trực tuyến và bưu điện trả kết quả tận nhà cho người cao tuổi.',
    unit: 'UBND huyện Tân Lập',
    year: 2023,
  },
  {
    title: 'Phần mềm quản lý văn bản đi đến có ký số',
    summary: 'Văn bản đi, đến được số hóa và ký số trên một phần mềm dùng chung của tỉnh, không in giấy.',
    unit: 'Văn phòng UBND tỉnh',
    year: 2020,
  },
  {
    title: 'Đánh giá sự hài lòng bằng máy tính bảng tại bộ phận một cửa',
    summary:
      'Người dân chấm điểm cán bộ một cửa trên máy tính bảng tại quầy; kết quả gửi lãnh đạo hằng tháng.',
    unit: 'UBND thành phố',
    year: 2021,
  },
  {
    title: 'Sổ tay thủ tục hành chính điện tử cho cán bộ xã',
    summary: 'Cán bộ xã tra cứu quy trình, biểu mẫu trên điện thoại, cập nhật mỗi khi văn bản thay đổi.',
    unit: 'Sở Nội vụ',
    year: 2022,
  },
];

interface DemoInitiative {
  unitCode: string;
  author: string;
  title: string;
  area: number;
  summary: string;
  solution: string;
  state: 'draft' | 'pending' | 'returned' | 'forwarded' | 'accepted';
  group?: boolean;
}

const PART =
  'Sáng kiến đã được áp dụng thử trong sáu tháng, có quy trình rõ ràng, người chịu trách nhiệm và số liệu theo dõi hằng tháng.';

const INITIATIVES: DemoInitiative[] = [
  {
    unitCode: 'QA-S02',
    author: 'Phạm Thu Trang',
    title: 'Chatbot trả lời thủ tục hành chính trên Zalo OA của Sở',
    area: 6,
    summary: 'Trợ lý ảo trên Zalo OA trả lời câu hỏi về thủ tục hành chính của Sở cả ngày lẫn đêm.',
    solution:
      'Huấn luyện trên bộ câu hỏi thường gặp của bộ phận một cửa; câu hỏi khó chuyển tới cán bộ trực.',
    state: 'pending',
  },
  {
    unitCode: 'QA-S02',
    author: 'Hoàng Minh Đức',
    title: 'Lịch hẹn trả kết quả theo khung giờ bằng tin nhắn',
    area: 7,
    summary: 'Người dân chọn khung giờ nhận kết quả qua tin nhắn, không phải chờ ở bộ phận một cửa.',
    solution: 'Phần mềm một cửa gửi tin nhắn khi hồ sơ có kết quả, kèm đường dẫn chọn khung giờ đến nhận.',
    state: 'pending',
    group: true,
  },
  {
    unitCode: 'QA-S02',
    author: 'Vũ Thị Lan',
    title: 'Số hóa hồ sơ cán bộ, công chức của Sở',
    area: 3,
    summary: 'Toàn bộ hồ sơ giấy của cán bộ, công chức được quét, nhập liệu và tra cứu trên phần mềm.',
    solution: 'Tổ số hóa làm ngoài giờ trong ba tháng; mỗi hồ sơ có mã, cập nhật khi có quyết định mới.',
    state: 'forwarded',
  },
  {
    unitCode: 'QA-S02',
    author: 'Đặng Quốc Huy',
    title: 'Phiếu hẹn điện tử có mã QR',
    area: 1,
    summary: 'Phiếu hẹn in mã QR để người dân tự tra cứu tiến độ hồ sơ trên điện thoại.',
    solution: 'Mã QR dẫn tới trang tra cứu của phần mềm một cửa, không cần đăng nhập.',
    state: 'returned',
  },
  {
    unitCode: 'QA-S04',
    author: 'Nguyễn Thị Thanh',
    title: 'Tiep nhan ho so dat dai qua mang va tra ket qua tai nha',
    area: 1,
    summary:
      'Nguoi dan nop ho so dat dai tren Cong dich vu cong, can bo mot cua kiem tra truc tuyen va buu dien tra ket qua tan nha cho nguoi cao tuoi.',
    solution: 'Liên thông phần mềm một cửa với bưu điện tỉnh.',
    state: 'forwarded',
  },
  {
    unitCode: 'QA-S05',
    author: 'Trần Quốc Bảo',
    title: 'Họp không giấy cho Hội đồng nhân dân cấp xã',
    area: 6,
    summary:
      'Đại biểu nhận tài liệu họp trên máy tính bảng, biểu quyết điện tử, giảm in ấn hàng nghìn trang mỗi kỳ họp.',
    solution: 'Dùng phần mềm họp không giấy của tỉnh, tập huấn cho đại biểu lớn tuổi theo nhóm.',
    state: 'accepted',
  },
  {
    unitCode: 'QA-S06',
    author: 'Lê Hoài Nam',
    title: 'Một đầu mối thẩm định giấy phép xây dựng nhà ở riêng lẻ',
    area: 1,
    summary:
      'Giao một đầu mối thẩm định, bỏ bước trình ký trung gian, rút thời gian cấp phép từ 15 ngày xuống 7 ngày.',
    solution: 'Rà soát quy trình nội bộ, ủy quyền ký cho phó trưởng phòng, công khai tiến độ trên cổng.',
    state: 'accepted',
    group: true,
  },
  {
    unitCode: 'QA-S07',
    author: 'Phạm Minh Châu',
    title: 'Thanh toán học phí không dùng tiền mặt',
    area: 4,
    summary: 'Phụ huynh nộp học phí qua ứng dụng ngân hàng; nhà trường đối soát tự động, không giữ tiền mặt.',
    solution: 'Liên kết với ngân hàng thương mại, mỗi học sinh một mã thanh toán.',
    state: 'forwarded',
  },
];

/**
 * The demo contest's initiative track, with entries at every step: the demo participant's draft,
 * initiatives waiting in the demo unit admin's inbox (one returned, one forwarded), others forwarded
 * by other units (one a lazy copy of a register row, for the originality page), two accepted into
 * the preliminary stage. The call is open, the units' deadline a week away. Does nothing when an
 * initiative track exists.
 */
export async function seedDemoInitiatives(db: DataSource, env: Env, now = new Date()): Promise<void> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM entry_tracks WHERE kind = 'initiative'`);
  if (n > 0) return;
  const [contest] = await db.query(`SELECT min(id) AS id FROM contests WHERE year = $1`, [now.getFullYear()]);
  const [organizer] = await db.query(`SELECT id FROM users WHERE login = 'btc@quangan.gov.vn'`);
  if (!contest?.id || !organizer) return;
  const sql = new Sql(db);
  const audit = new AuditService(sql);
  const tracks = new TracksService(sql, audit, new StagesService(sql, audit));
  const membership = new StageMembership(sql);
  const areas = [...REFORM_AREA_PRESETS.district];
  const track = await tracks.create({ id: organizer.id, role: 'organizer' } as SessionUser, contest.id, {
    kind: 'initiative',
    template: null,
    unitDeadline: new Date(now.getTime() + 14 * DAY).toISOString(),
    settings: {
      title: 'Sáng kiến cải cách hành chính năm ' + now.getFullYear(),
      rulesText: [
        'Mỗi cán bộ, công chức gửi sáng kiến (bài viết, có thể kèm video, tài liệu) tới đơn vị mình.',
        'Thủ trưởng đơn vị xét chọn, xác nhận tính hiệu quả, khả thi và chuyển Ban Tổ chức.',
        'Mỗi sở và mỗi xã chuyển ít nhất 1 sáng kiến, tối đa 4. Giải nhóm bằng 1,5 lần giải cá nhân.',
      ].join('\n'),
      opensAt: new Date(now.getTime() - 10 * DAY).toISOString(),
      closesAt: new Date(now.getTime() + 7 * DAY).toISOString(),
      submitter: 'participant',
      entriesPerUnit: 4,
      topics: areas,
      allowFiles: true,
      allowLinks: false,
      maxMegabytes: 300,
      maxDurationSeconds: 600,
      formats: ['mp4', 'mov', 'm4v', 'webm'],
      scopeUnitId: null,
      initiative: {
        forms: ['article', 'video'],
        individual: true,
        group: true,
        maxAuthors: 6,
        quotas: [
          { level: 'department', min: 1 },
          { level: 'commune', min: 1 },
        ],
        attachmentMegabytes: 20,
      },
    },
  });
  const [unitReview, screening, preliminary] = track.stages;

  for (const r of REGISTER) {
    const keys = originalityKeys(r.title, `${r.title}\n${r.summary}`);
    await db.query(
      `INSERT INTO initiative_register (title, summary, unit_name, year, source, folded_title, folded_text, shingles, bands, added_by)
       VALUES ($1, $2, $3, $4, 'import', $5, $6, $7, $8, $9)`,
      [
        r.title,
        r.summary,
        r.unit,
        r.year,
        foldForComparison(r.title),
        foldForComparison(`${r.title}\n${r.summary}`),
        keys.shingles,
        keys.bands,
        organizer.id,
      ],
    );
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD, env.SCRYPT_LOG_N);
  const [demoAuthor] = await db.query(`SELECT id, unit_id AS "unitId" FROM users WHERE login = '0912345678'`);
  const [head] = await db.query(`SELECT id FROM users WHERE login = 'noivu@quangan.gov.vn'`);
  const drafts: DemoInitiative[] = [
    {
      unitCode: 'QA-S02',
      author: 'Nguyễn Văn An',
      title: 'Bản đồ số các điểm tiếp nhận hồ sơ',
      area: 6,
      summary: 'Bản đồ số chỉ đường tới các điểm tiếp nhận hồ sơ, giờ làm việc và số người đang chờ.',
      solution: '',
      state: 'draft',
    },
    ...INITIATIVES,
  ];
  for (const [i, e] of drafts.entries()) {
    const [unit] = await db.query('SELECT id, name FROM units WHERE code = $1', [e.unitCode]);
    const authorId =
      e.state === 'draft'
        ? demoAuthor.id
        : (
            await db.query(
              `INSERT INTO users (full_name, login, password_hash, role, unit_id) VALUES ($1, $2, $3, 'participant', $4)
               ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name RETURNING id`,
              [e.author, `sangkien${i}@quangan.gov.vn`, passwordHash, unit.id],
            )
          )[0].id;
    const authors = [
      {
        name: e.author,
        unitName: unit.name,
        position: 'Chuyên viên',
        phone: `09130000${String(i).padStart(2, '0')}`,
        email: `sangkien${i}@quangan.gov.vn`,
        representative: true,
      },
      ...(e.group
        ? [
            {
              name: 'Đỗ Văn Nam',
              unitName: unit.name,
              position: 'Chuyên viên',
              phone: '',
              email: '',
              representative: false,
            },
          ]
        : []),
    ];
    const details: InitiativeDetails = {
      form: 'article',
      area: areas[e.area],
      summary: e.summary,
      problem:
        e.state === 'draft'
          ? ''
          : `Trước đây ${e.summary.charAt(0).toLowerCase()}${e.summary.slice(1)} chưa làm được. ${PART}`,
      solution: e.solution ? `${e.solution} ${PART}` : '',
      application: e.state === 'draft' ? '' : `Áp dụng tại ${unit.name} từ đầu năm. ${PART}`,
      results: e.state === 'draft' ? '' : `Thời gian giải quyết giảm rõ rệt, người dân hài lòng hơn. ${PART}`,
      authors,
    };
    const keys = originalityKeys(e.title, originalityText({ title: e.title, ...details }));
    const sent = e.state !== 'draft';
    const forwarded = e.state === 'forwarded' || e.state === 'accepted';
    const [{ id }] = await db.query(
      `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, topic, authors, details, folded_title,
         shingles, bands, status, unit_review, unit_review_comment, unit_head_name, unit_head_position, unit_reviewed_by,
         unit_reviewed_at, screening, screened_by, screened_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
       RETURNING id`,
      [
        track.id,
        unit.id,
        authorId,
        e.title,
        e.summary,
        details.area,
        JSON.stringify(authors.map((a) => a.name)),
        JSON.stringify(details),
        foldForComparison(e.title),
        keys.shingles,
        keys.bands,
        sent && e.state !== 'returned' ? 'submitted' : 'draft',
        sent ? (e.state === 'accepted' ? 'forwarded' : e.state) : null,
        e.state === 'returned' ? 'Bổ sung số liệu hiệu quả sau khi áp dụng' : null,
        forwarded ? 'Lê Văn Hùng' : null,
        forwarded ? 'Thủ trưởng đơn vị' : null,
        sent && e.state !== 'pending' ? head.id : null,
        sent && e.state !== 'pending' ? new Date(now.getTime() - DAY) : null,
        e.state === 'accepted' ? 'accepted' : 'pending',
        e.state === 'accepted' ? organizer.id : null,
        e.state === 'accepted' ? now : null,
        sent ? new Date(now.getTime() - (2 + i) * DAY) : null,
      ],
    );
    // Through the membership service, so each entry's journey reads as it happened.
    if (sent) await membership.enter(unitReview.id, id, authorId, MOVE_REASONS.sent);
    if (e.state === 'returned')
      await membership.leave(
        unitReview.id,
        id,
        head.id,
        MOVE_REASONS.returned('Bổ sung số liệu hiệu quả sau khi áp dụng'),
      );
    const forwardReason = MOVE_REASONS.forwarded('Lê Văn Hùng', 'Thủ trưởng đơn vị');
    if (forwarded) {
      await membership.leave(unitReview.id, id, head.id, forwardReason);
      await membership.enter(screening.id, id, head.id, forwardReason);
    }
    if (e.state === 'accepted') {
      await membership.leave(screening.id, id, organizer.id, MOVE_REASONS.accepted);
      await membership.enter(preliminary.id, id, organizer.id, MOVE_REASONS.accepted);
    }
  }
}
