import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';

import type { PersonStatus, UnitPeople, UnitPerson } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { ReviewClock } from '../rounds/review-clock';
import { scoresVisible } from '../rounds/round-snapshot';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { sheetRow } from '../spreadsheets/sheet-text';
import { UnitsService } from './units.service';

const STATUS_WORDS: Record<PersonStatus, string> = {
  taken_part: 'Đã tham gia',
  in_progress: 'Đang làm bài',
  not_yet: 'Chưa tham gia',
};

/**
 * Who in a unit's subtree has taken part in a round: everyone on the roster, and every account
 * registered there that no roster entry names. An attempt submitted (or past its deadline, which
 * the closer is about to submit) counts as taken part; one still running as in progress.
 */
@Injectable()
export class UnitPeopleService {
  constructor(
    private readonly sql: Sql,
    private readonly units: UnitsService,
    private readonly snapshots: RoundSnapshotCache,
    private readonly reviewClock: ReviewClock,
  ) {}

  async people(user: SessionUser, unitId: number, roundId: number): Promise<UnitPeople> {
    const unit = await this.units.getLive(unitId, user);
    const snapshot = await this.snapshots.get(roundId);
    const showScores = scoresVisible(snapshot, (await this.reviewClock.ofRound(roundId))!);
    const people = await this.sql.query<UnitPerson>(
      'unit-people',
      `WITH sub AS (SELECT id, name FROM units WHERE path LIKE $1 || '%' AND merged_into_id IS NULL),
            roster AS (
              SELECT e.id AS entry_id, e.full_name, e.unit_id, coalesce(e.phone, e.email) AS contact, e.user_id
                FROM roster_entries e JOIN sub ON sub.id = e.unit_id),
            accounts AS (
              SELECT us.id AS user_id, us.full_name, us.unit_id FROM users us JOIN sub ON sub.id = us.unit_id
               WHERE (us.role = 'participant' OR (us.role = 'unit_admin' AND $3))
                 AND NOT EXISTS (SELECT 1 FROM roster r WHERE r.user_id = us.id)),
            people AS (
              SELECT entry_id, full_name, unit_id, contact, user_id FROM roster
              UNION ALL SELECT NULL, full_name, unit_id, NULL, user_id FROM accounts),
            tries AS (
              SELECT a.user_id, count(*)::int AS attempts,
                     bool_or(a.status <> 'in_progress' OR a.deadline <= now()) AS done,
                     bool_or(a.status = 'in_progress' AND a.deadline > now()) AS running
                FROM attempts a
               WHERE a.round_id = $2 AND a.user_id IN (SELECT user_id FROM people WHERE user_id IS NOT NULL)
               GROUP BY a.user_id)
       SELECT p.full_name AS "fullName", p.unit_id AS "unitId", sub.name AS "unitName", p.contact,
              p.entry_id AS "rosterEntryId", p.user_id AS "userId", coalesce(t.attempts, 0) AS attempts,
              CASE WHEN t.done THEN 'taken_part' WHEN t.running THEN 'in_progress' ELSE 'not_yet' END AS status,
              CASE WHEN $4 THEN rp.score::int END AS score
         FROM people p JOIN sub ON sub.id = p.unit_id
         LEFT JOIN tries t ON t.user_id = p.user_id
         LEFT JOIN round_participants rp ON rp.round_id = $2 AND rp.user_id = p.user_id
        ORDER BY sub.name, p.full_name, p.entry_id`,
      [unit.path, roundId, snapshot.unitAdminsCompete, showScores],
    );
    const [{ headcount }] = await this.sql.query<{ headcount: number }>(
      'unit-subtree-headcount',
      `SELECT coalesce(sum(h.headcount), 0)::int AS headcount
         FROM units u JOIN unit_headcounts h ON h.unit_id = u.id AND h.contest_id = $2 WHERE u.path LIKE $1 || '%'`,
      [unit.path, snapshot.contestId],
    );
    const count = (status: PersonStatus) => people.filter((p) => p.status === status).length;
    const [view] = await this.units.withAncestry([unit]);
    return {
      unit: view,
      roundId,
      headcount,
      counts: {
        takenPart: count('taken_part'),
        inProgress: count('in_progress'),
        notYet: count('not_yet'),
        unlisted: Math.max(0, headcount - people.length),
      },
      people,
    };
  }

  async workbook(
    user: SessionUser,
    unitId: number,
    roundId: number,
  ): Promise<{ book: ExcelJS.Workbook; name: string }> {
    const report = await this.people(user, unitId, roundId);
    const snapshot = await this.snapshots.get(roundId);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.addRow(sheetRow([`${report.unit.name} — ${snapshot.name}`])).font = { bold: true };
    sheet.addRow(
      sheetRow([
        `Đã tham gia: ${report.counts.takenPart}; đang làm bài: ${report.counts.inProgress}; chưa tham gia: ${report.counts.notYet}; ` +
          `số CBCCVC: ${report.headcount}`,
      ]),
    );
    sheet.addRow(sheetRow(['Đơn vị', 'Họ và tên', 'Liên hệ', 'Trạng thái', 'Số lượt', 'Điểm'])).font = {
      bold: true,
    };
    sheet.columns = [
      { width: 40 },
      { width: 30 },
      { width: 28 },
      { width: 16 },
      { width: 10 },
      { width: 10 },
    ];
    for (const p of report.people)
      sheet.addRow(
        sheetRow([
          p.unitName,
          p.fullName,
          p.contact ?? '',
          STATUS_WORDS[p.status],
          p.attempts,
          p.score ?? '',
        ]),
      );
    return { book, name: `danh-sach-${report.unit.code}-tuan-${snapshot.weekNumber}` };
  }
}
