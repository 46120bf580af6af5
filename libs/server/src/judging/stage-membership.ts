import { Injectable } from '@nestjs/common';

import { Sql, type Queryable } from '../database/sql';

/**
 * The one SQL condition for "entry `entry` is held by stage `stage`": every query that asks what
 * a stage judges (assignments, sheets, standings, the gallery, votes) uses it, and nothing else
 * decides it. `stage` and `entry` are SQL expressions (a parameter, a column).
 */
export const inStage = (stage: string, entry: string): string =>
  `EXISTS (SELECT 1 FROM stage_entries m WHERE m.stage_id = ${stage} AND m.entry_id = ${entry} AND m.state = 'in')`;

/**
 * Why an entry moved into or out of a stage, as the organizer and the entry's unit read it: every
 * move stores one of these (in Vietnamese, the interface's first language).
 */
export const MOVE_REASONS = {
  accepted: 'Được nhận khi sàng lọc',
  rejected: (reason: string) => `Bị loại khi sàng lọc: ${reason}`,
  changed: 'Đơn vị đã sửa bài: cần sàng lọc lại',
  withdrawn: 'Đơn vị đã rút bài',
  replaced: 'Tệp mới thay tệp đã sàng lọc: cần sàng lọc lại',
  top: (count: number, stage: string) => `Nằm trong ${count} bài cao điểm nhất ở «${stage}»`,
  threshold: (minTotal: number, stage: string) =>
    `Đạt từ ${String(minTotal).replace('.', ',')} điểm trở lên ở «${stage}»`,
  picked: (reason: string, stage: string) => `Ban tổ chức chọn ở «${stage}»: ${reason}`,
  notAdvanced: (rule: string) => `Chưa vào vòng sau; quy tắc xét: ${rule}`,
  sent: 'Tác giả gửi bài tới đơn vị',
  returned: (comment: string) => `Đơn vị trả lại: ${comment}`,
  forwarded: (head: string, position: string) =>
    `Đơn vị chuyển lên; ${position} ${head} xác nhận hiệu quả và khả thi`,
} as const;

/**
 * Moves entries into and out of a stage, each move with who made it (null: the system) and why.
 * A track's first stage takes what screening accepted; an entry rejected, withdrawn or changed by
 * its unit (so screened again) leaves it. Later stages take what a shortlist advances.
 */
@Injectable()
export class StageMembership {
  constructor(private readonly sql: Sql) {}

  /** The track's first judged stage: the one screening feeds. */
  async firstJudgedStage(trackId: number, on?: Queryable): Promise<number | null> {
    const [row] = await this.sql.query<{ id: number }>(
      'track-first-judged-stage',
      `SELECT id FROM entry_stages WHERE track_id = $1 AND kind = 'judged' ORDER BY position LIMIT 1`,
      [trackId],
      on,
    );
    return row?.id ?? null;
  }

  async enter(
    stageId: number,
    entryId: number,
    by: number | null,
    reason: string,
    on?: Queryable,
  ): Promise<void> {
    await this.move(stageId, entryId, 'in', by, reason, on);
  }

  /** Recorded as not in the stage, with why (an entry returned by its unit, one not advanced). */
  async leave(
    stageId: number,
    entryId: number,
    by: number | null,
    reason: string,
    on?: Queryable,
  ): Promise<void> {
    await this.move(stageId, entryId, 'out', by, reason, on);
  }

  private async move(
    stageId: number,
    entryId: number,
    state: 'in' | 'out',
    by: number | null,
    reason: string,
    on?: Queryable,
  ): Promise<void> {
    // Where it is now, and one more line of how it got there, in one statement.
    await this.sql.query(
      'stage-entry-move',
      `WITH moved AS (
         INSERT INTO stage_entries (stage_id, entry_id, state, moved_by, reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (stage_id, entry_id) DO UPDATE
           SET state = excluded.state, moved_by = excluded.moved_by, reason = excluded.reason, moved_at = now()
         RETURNING stage_id, entry_id, state, moved_by, reason)
       INSERT INTO stage_moves (stage_id, entry_id, state, moved_by, reason) SELECT * FROM moved`,
      [stageId, entryId, state, by, reason],
      on,
    );
  }

  /** Out of every stage of its track that holds it (an entry replaced before judging starts again). */
  async leaveTrack(entryId: number, by: number | null, reason: string, on?: Queryable): Promise<void> {
    await this.sql.query(
      'stage-entry-out',
      `WITH moved AS (
         UPDATE stage_entries SET state = 'out', moved_by = $2, reason = $3, moved_at = now()
          WHERE entry_id = $1 AND state = 'in'
         RETURNING stage_id, entry_id, state, moved_by, reason)
       INSERT INTO stage_moves (stage_id, entry_id, state, moved_by, reason) SELECT * FROM moved`,
      [entryId, by, reason],
      on,
    );
  }

  /** Whether the stage holds the entry now. */
  async holds(stageId: number, entryId: number, on?: Queryable): Promise<boolean> {
    const [row] = await this.sql.query<{ held: boolean }>(
      'stage-holds-entry',
      `SELECT ${inStage('$1', '$2')} AS held`,
      [stageId, entryId],
      on,
    );
    return row.held;
  }
}
