import type { ExportKind, ExportRequest, PrizeTier } from '@contest/contracts';
import { formatClock } from '@contest/domain';

import { formatVnSeconds } from '../common/format-vn';
import { WEEKLY_ROUND } from '../rounds/weekly-round';

/** One column of an export: its Vietnamese header, width, and how a row fills it. */
export interface ExportColumn {
  header: string;
  width: number;
  value: (row: Record<string, unknown>) => string | number | Date | null;
}

export interface ExportSheet {
  sheetName: string;
  fileName: string;
  /** Counts the rows first, so progress can be shown. */
  countSql: string;
  /** Read through a server-side cursor in batches: never all rows at once. */
  rowsSql: string;
  params: unknown[];
  columns: ExportColumn[];
}

export const PRIZE_NAMES: Record<PrizeTier, string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  encouragement: 'Giải Khuyến khích',
};

const clock = (ms: unknown) => formatClock(Number(ms) / 1000);

const RANKING_COLUMNS: ExportColumn[] = [
  { header: 'Hạng', width: 8, value: (r) => r.rank as number },
  { header: 'Họ và tên', width: 30, value: (r) => r.full_name as string },
  { header: 'Tài khoản', width: 24, value: (r) => r.login as string },
  { header: 'Mã đơn vị', width: 12, value: (r) => r.unit_code as string },
  { header: 'Đơn vị', width: 40, value: (r) => r.unit_name as string },
  { header: 'Điểm', width: 8, value: (r) => r.score as number },
  { header: 'Số câu', width: 8, value: (r) => r.question_count as number },
  { header: 'Dự đoán', width: 10, value: (r) => (r.prediction as number | null) ?? null },
  { header: 'Chênh lệch dự đoán', width: 12, value: (r) => (r.prediction_distance as number | null) ?? null },
  { header: 'Thời gian làm bài', width: 14, value: (r) => clock(r.time_taken_ms) },
  { header: 'Thời gian làm bài (ms)', width: 14, value: (r) => r.time_taken_ms as number },
  // Excel has no time zones: the time is written as people in Vietnam read it.
  { header: 'Nộp lúc (giờ Việt Nam)', width: 22, value: (r) => formatVnSeconds(r.submitted_at as Date) },
  { header: 'Giải', width: 18, value: (r) => (r.prize ? PRIZE_NAMES[r.prize as PrizeTier] : '') },
];

const RANKING_SQL = (extra: string) => `
  SELECT rr.rank, u.full_name, u.login, un.code AS unit_code, un.name AS unit_name, rr.score,
         r.question_count, rr.prediction, rr.prediction_distance, rr.time_taken_ms, rr.submitted_at, rr.prize
    FROM round_results rr JOIN rounds r ON r.id = rr.round_id JOIN users u ON u.id = rr.user_id
    LEFT JOIN units un ON un.id = rr.unit_id
   WHERE rr.round_id = $1 ${extra} ORDER BY rr.rank`;

const COUNTED_ROUND = `r.contest_id = $1 AND r.finalised_at IS NOT NULL AND ${WEEKLY_ROUND}`;

/** The contest's overall ranking: counted scores summed over its finalised weekly rounds. */
const CONTEST_SQL = `
  SELECT row_number() OVER (ORDER BY sum(rr.score) DESC, sum(rr.time_taken_ms), count(*) DESC, rr.user_id) AS rank,
         u.full_name, u.login, un.code AS unit_code, un.name AS unit_name, sum(rr.score)::int AS total_score,
         count(*)::int AS rounds, sum(rr.time_taken_ms)::bigint AS total_time_ms,
         count(rr.prize)::int AS prizes
    FROM round_results rr JOIN rounds r ON r.id = rr.round_id JOIN users u ON u.id = rr.user_id
    LEFT JOIN units un ON un.id = u.unit_id
   WHERE ${COUNTED_ROUND}
   GROUP BY rr.user_id, u.full_name, u.login, un.code, un.name
   ORDER BY rank`;

export function exportSheet(request: ExportRequest, label: string): ExportSheet {
  switch (request.kind) {
    case 'round_ranking':
      return {
        sheetName: 'Xếp hạng',
        fileName: `xep-hang-${label}.xlsx`,
        countSql: 'SELECT count(*)::int AS n FROM round_results WHERE round_id = $1',
        rowsSql: RANKING_SQL(''),
        params: [request.roundId],
        columns: RANKING_COLUMNS,
      };
    case 'round_winners':
      return {
        sheetName: 'Đạt giải',
        fileName: `dat-giai-${label}.xlsx`,
        countSql: 'SELECT count(*)::int AS n FROM round_results WHERE round_id = $1 AND prize IS NOT NULL',
        rowsSql: RANKING_SQL('AND rr.prize IS NOT NULL'),
        params: [request.roundId],
        columns: RANKING_COLUMNS,
      };
    case 'question_stats':
      return {
        sheetName: 'Thống kê câu hỏi',
        fileName: `thong-ke-cau-hoi-${label}.xlsx`,
        countSql: 'SELECT count(*)::int AS n FROM question_stats WHERE round_id = $1',
        rowsSql: `SELECT s.question_id, q.topic, q.text, q.options, q.correct_option, s.shown, s.facility,
                         s.discrimination, s.option_counts, s.flags
                    FROM question_stats s JOIN questions q ON q.id = s.question_id
                   WHERE s.round_id = $1 ORDER BY s.question_id`,
        params: [request.roundId],
        columns: [
          { header: 'Mã câu', width: 8, value: (r) => r.question_id as number },
          { header: 'Chủ đề', width: 24, value: (r) => r.topic as string },
          { header: 'Câu hỏi', width: 60, value: (r) => r.text as string },
          {
            header: 'Đáp án đúng',
            width: 10,
            value: (r) => String.fromCharCode(65 + Number(r.correct_option)),
          },
          { header: 'Số lượt gặp', width: 10, value: (r) => r.shown as number },
          { header: 'Tỉ lệ đúng', width: 10, value: (r) => Number(r.facility) },
          { header: 'Độ phân biệt', width: 12, value: (r) => (r.discrimination as number | null) ?? null },
          {
            header: 'Số lượt chọn A/B/C/D/E/F',
            width: 26,
            value: (r) => (r.option_counts as number[]).join(' / '),
          },
          {
            header: 'Cần xem lại',
            width: 40,
            value: (r) =>
              (r.flags as string[])
                .map((f) =>
                  f === 'negative_discrimination'
                    ? 'Độ phân biệt âm'
                    : 'Phương án nhiễu được chọn nhiều hơn đáp án',
                )
                .join('; '),
          },
        ],
      };
    case 'contest_ranking':
      return {
        sheetName: 'Xếp hạng toàn cuộc thi',
        fileName: `xep-hang-toan-cuoc-thi-${label}.xlsx`,
        countSql: `SELECT count(DISTINCT rr.user_id)::int AS n FROM round_results rr JOIN rounds r ON r.id = rr.round_id
                    WHERE ${COUNTED_ROUND}`,
        rowsSql: CONTEST_SQL,
        params: [request.contestId],
        columns: [
          { header: 'Hạng', width: 8, value: (r) => Number(r.rank) },
          { header: 'Họ và tên', width: 30, value: (r) => r.full_name as string },
          { header: 'Tài khoản', width: 24, value: (r) => r.login as string },
          { header: 'Mã đơn vị', width: 12, value: (r) => r.unit_code as string },
          { header: 'Đơn vị', width: 40, value: (r) => r.unit_name as string },
          { header: 'Tổng điểm', width: 10, value: (r) => r.total_score as number },
          { header: 'Số vòng', width: 8, value: (r) => r.rounds as number },
          { header: 'Tổng thời gian', width: 14, value: (r) => clock(r.total_time_ms) },
          { header: 'Số giải', width: 8, value: (r) => r.prizes as number },
        ],
      };
    case 'stage_votes':
      return {
        sheetName: 'Phiếu bình chọn',
        fileName: `phieu-binh-chon-${label}.xlsx`,
        countSql: `SELECT count(*)::int AS n FROM entry_votes v JOIN entries e ON e.id = v.entry_id
                    WHERE v.stage_id = $1`,
        rowsSql: STAGE_VOTES_SQL,
        params: [request.stageId],
        columns: [
          {
            header: 'Thời điểm (giờ Việt Nam)',
            width: 22,
            value: (r) => formatVnSeconds(r.created_at as Date),
          },
          { header: 'Địa chỉ mạng', width: 18, value: (r) => (r.ip as string | null) ?? '' },
          { header: 'Tài khoản', width: 24, value: (r) => r.login as string },
          { header: 'Họ và tên', width: 28, value: (r) => r.full_name as string },
          {
            header: 'Đăng ký lúc (giờ Việt Nam)',
            width: 22,
            value: (r) => formatVnSeconds(r.registered_at as Date),
          },
          {
            header: 'Đơn vị người bình chọn',
            width: 32,
            value: (r) => (r.voter_unit as string | null) ?? '',
          },
          { header: 'Mã bài', width: 8, value: (r) => r.entry_id as number },
          { header: 'Tên bài', width: 40, value: (r) => r.title as string },
          { header: 'Đơn vị gửi bài', width: 32, value: (r) => r.entry_unit as string },
          {
            header: 'Đã hủy lúc',
            width: 22,
            value: (r) => (r.voided_at ? formatVnSeconds(r.voided_at as Date) : ''),
          },
          { header: 'Lý do hủy', width: 32, value: (r) => (r.void_reason as string | null) ?? '' },
        ],
      };
  }
}

/** Every vote of a stage, voided ones too, with when and from where: the organizers' evidence. */
const STAGE_VOTES_SQL = `
  SELECT v.created_at, v.ip, u.login, u.full_name, u.created_at AS registered_at, vu.name AS voter_unit,
         e.id AS entry_id, e.title, eu.name AS entry_unit, v.voided_at, v.void_reason
    FROM entry_votes v JOIN entries e ON e.id = v.entry_id JOIN users u ON u.id = v.user_id
    JOIN units eu ON eu.id = e.unit_id LEFT JOIN units vu ON vu.id = u.unit_id
   WHERE v.stage_id = $1
   ORDER BY v.created_at, v.user_id, v.entry_id`;

export const EXPORT_LABELS: Record<ExportKind, string> = {
  round_ranking: 'Bảng xếp hạng vòng thi',
  round_winners: 'Danh sách đạt giải',
  question_stats: 'Thống kê câu hỏi',
  contest_ranking: 'Xếp hạng toàn cuộc thi',
  stage_votes: 'Phiếu bình chọn',
};
