import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  AGGREGATION_METHODS,
  type Criterion,
  type MethodAvailability,
  type Stage,
  type StageKind,
  type StagePhase,
  type StageSettings,
  type StageWindow,
  type TrackKind,
  HALL_PARTS,
  HALL_RUBRIC,
  type InitiativeTemplate,
  type LivePart,
} from '@contest/contracts';
import {
  aggregationAvailability,
  TRIMMED_MEAN_MIN_JUDGES,
  Z_SCORE_MIN_ENTRIES_PER_JUDGE,
} from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { stageKind } from './stage-kinds';

const STAGE_COLUMNS = `s.id, s.track_id AS "trackId", s.position, s.kind, s.name, s.opens_at AS "opensAt",
  s.closes_at AS "closesAt", s.aggregation,
  s.judges_per_entry AS "judgesPerEntry", s.vote_points::float8 AS "votePoints",
  s.votes_open_at AS "votesOpenAt", s.votes_close_at AS "votesCloseAt", s.voters,
  s.votes_exclude_own_unit AS "votesExcludeOwnUnit", s.votes_per_account AS "votesPerAccount",
  s.votes_per_ip_per_hour AS "votesPerIpPerHour", s.tie_breaks AS "tieBreaks",
  s.prizes, s.seed, s.judging_started_at AS "judgingStartedAt", s.locked_at AS "lockedAt",
  s.published_at AS "publishedAt", s.allows_material AS "allowsMaterial", s.parts,
  s.public_source AS "publicSource",
  (SELECT count(*)::int FROM stage_entries m WHERE m.stage_id = s.id AND m.state = 'in') AS members`;

export type StageRow = Omit<
  Stage,
  | 'criteria'
  | 'judgePoints'
  | 'phase'
  | 'opensAt'
  | 'closesAt'
  | 'votesOpenAt'
  | 'votesCloseAt'
  | 'judgingStartedAt'
  | 'lockedAt'
  | 'publishedAt'
> & {
  seed: string;
  opensAt: Date | null;
  closesAt: Date | null;
  votesOpenAt: Date | null;
  votesCloseAt: Date | null;
  judgingStartedAt: Date | null;
  lockedAt: Date | null;
  publishedAt: Date | null;
};

/** The rubric a new clip track starts with (the shape of the real contest's scale); organizers edit it. */
const DEFAULT_CRITERIA = [
  {
    name: 'Nội dung, thông điệp',
    maxPoints: 40,
    guidance: 'Đúng chủ đề, thông tin chính xác, thông điệp rõ ràng.',
  },
  { name: 'Sáng tạo', maxPoints: 30, guidance: 'Ý tưởng mới, cách kể chuyện hấp dẫn, gần gũi.' },
  {
    name: 'Kỹ thuật hình ảnh, âm thanh',
    maxPoints: 20,
    guidance: 'Hình ảnh rõ nét, âm thanh tốt, dựng mạch lạc.',
  },
  { name: 'Tính lan tỏa', maxPoints: 10, guidance: 'Khả năng lan tỏa, dễ chia sẻ tới người dân.' },
];
/** The rubric an initiative track's judged stages start with: new, effective, feasible, well argued. */
const INITIATIVE_CRITERIA = [
  {
    name: 'Tính mới, sáng tạo',
    maxPoints: 30,
    guidance: 'Chưa được áp dụng ở đơn vị, địa phương; cách làm mới so với hiện tại.',
  },
  {
    name: 'Tính hiệu quả',
    maxPoints: 30,
    guidance: 'Kết quả đo được: thời gian, chi phí tiết kiệm, số người dân, doanh nghiệp được phục vụ.',
  },
  {
    name: 'Tính khả thi, khả năng nhân rộng',
    maxPoints: 25,
    guidance: 'Áp dụng được trong điều kiện hiện có; nhân rộng được ra đơn vị, địa phương khác.',
  },
  {
    name: 'Chất lượng trình bày',
    maxPoints: 15,
    guidance: 'Bố cục rõ, lập luận chặt chẽ, số liệu dẫn chứng đầy đủ.',
  },
];
/** A judged stage's public points and material, or a live final's parts. */
interface JudgedOptions {
  parts?: readonly LivePart[];
  publicPoints?: number;
  allowsMaterial?: boolean;
}

interface NewCriterion {
  name: string;
  maxPoints: number;
  guidance: string;
  part?: number | null;
}

const DEFAULT_PRIZES = [
  { label: 'Giải Nhất', count: 1 },
  { label: 'Giải Nhì', count: 2 },
  { label: 'Giải Ba', count: 2 },
  { label: 'Giải Khuyến khích', count: 3 },
];

export function stagePhase(s: Pick<StageRow, 'judgingStartedAt' | 'lockedAt' | 'publishedAt'>): StagePhase {
  if (s.publishedAt) return 'published';
  if (s.lockedAt) return 'locked';
  return s.judgingStartedAt ? 'judging' : 'setup';
}

export function toStage(row: StageRow, criteria: Criterion[]): Stage {
  const { seed: _seed, ...rest } = row;
  return {
    ...rest,
    criteria,
    judgePoints: Math.round(criteria.reduce((sum, c) => sum + c.maxPoints, 0) * 100) / 100,
    phase: stagePhase(row),
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    votesOpenAt: row.votesOpenAt?.toISOString() ?? null,
    votesCloseAt: row.votesCloseAt?.toISOString() ?? null,
    judgingStartedAt: row.judgingStartedAt?.toISOString() ?? null,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/**
 * A track's stages: each one's settings, rubric, method and window, as organizers set them, and
 * the stage a new track starts with. Which entries a stage holds is `StageMembership`'s; how it
 * behaves, its kind's (`stage-kinds/`).
 */
@Injectable()
export class StagesService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  async stageRow(stageId: number, on?: Queryable, forUpdate = false): Promise<StageRow> {
    const [row] = await this.sql.query<StageRow>(
      forUpdate ? 'stage-row-for-update' : 'stage-row',
      `SELECT ${STAGE_COLUMNS} FROM entry_stages s WHERE s.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [stageId],
      on,
    );
    if (!row) throw notFound('stage_not_found');
    return row;
  }

  /** The stage of a track that takes public votes: the first, in order, with vote points. */
  async votingStage(trackId: number, on?: Queryable): Promise<StageRow | null> {
    const [row] = await this.sql.query<StageRow>(
      'track-voting-stage',
      `SELECT ${STAGE_COLUMNS} FROM entry_stages s WHERE s.track_id = $1 AND s.vote_points > 0
        ORDER BY s.position LIMIT 1`,
      [trackId],
      on,
    );
    return row ?? null;
  }

  async criteria(stageId: number, on?: Queryable): Promise<Criterion[]> {
    return this.sql.query<Criterion>(
      'stage-criteria',
      `SELECT id, position, name, max_points::float8 AS "maxPoints", guidance, part
       FROM rubric_criteria WHERE stage_id = $1 ORDER BY position, id`,
      [stageId],
      on,
    );
  }

  async stage(stageId: number, on?: Queryable): Promise<Stage> {
    const row = await this.stageRow(stageId, on);
    return toStage(row, await this.criteria(stageId, on));
  }

  /** Every stage of these tracks with its rubric, in order (two reads however many tracks). */
  async ofTracks(trackIds: number[], on?: Queryable): Promise<Stage[]> {
    const stages = await this.sql.query<StageRow>(
      'stages-of-tracks',
      `SELECT ${STAGE_COLUMNS} FROM entry_stages s WHERE s.track_id = ANY($1::int[]) ORDER BY s.position`,
      [trackIds],
      on,
    );
    const criteria = await this.sql.query<Criterion & { stageId: number }>(
      'criteria-of-stages',
      `SELECT id, stage_id AS "stageId", position, name, max_points::float8 AS "maxPoints", guidance, part
       FROM rubric_criteria WHERE stage_id = ANY($1::int[]) ORDER BY position, id`,
      [stages.map((s) => s.id)],
      on,
    );
    return stages.map((s) =>
      toStage(
        s,
        criteria.filter((c) => c.stageId === s.id).map(({ stageId: _s, ...c }) => c),
      ),
    );
  }

  /**
   * The stages a new track starts with, edited afterwards. A clip track: one judged stage with the
   * clip rubric. An initiative track: its units pre-screen until their deadline, the organizer
   * screens what they forward, then a preliminary judged stage with the initiative rubric.
   */
  async createFirst(
    trackId: number,
    kind: TrackKind,
    unitDeadline: string | null,
    on: Queryable,
    template: InitiativeTemplate | null = null,
  ): Promise<number[]> {
    if (kind === 'clip') return [await this.insertJudged(trackId, 1, 'Chấm điểm', DEFAULT_CRITERIA, on)];
    await this.insertStage(trackId, 1, 'unit_review', 'Đơn vị xét chọn', unitDeadline, on);
    await this.insertStage(trackId, 2, 'screening', 'Ban tổ chức sàng lọc', null, on);
    // A preliminary round shortlists; prizes are the track's (`awards/`), not a stage's.
    const judged: readonly (JudgedOptions & { name: string; criteria: readonly NewCriterion[] })[] =
      template?.stages ?? [{ name: 'Sơ khảo', criteria: INITIATIVE_CRITERIA }];
    const ids = [];
    for (const [i, stage] of judged.entries())
      ids.push(await this.insertJudged(trackId, 3 + i, stage.name, stage.criteria, on, [], stage));
    return ids;
  }

  private async insertStage(
    trackId: number,
    position: number,
    kind: Exclude<StageKind, 'judged'>,
    name: string,
    closesAt: string | null,
    on: Queryable,
  ): Promise<number> {
    const [stage] = await this.sql.query<{ id: number }>(
      'stage-insert-unscored',
      `INSERT INTO entry_stages (track_id, position, kind, name, closes_at, aggregation, judges_per_entry,
         tie_breaks, prizes, seed)
       VALUES ($1, $2, $3, $4, $5, 'mean', 1, '[]', '[]', $6) RETURNING id`,
      [trackId, position, kind, name, closesAt, randomBytes(12).toString('hex')],
      on,
    );
    return stage.id;
  }

  /**
   * A judged stage after the track's last one, with the default rubric to edit. Nothing enters it
   * but what the stage before it advances. The track row is locked, so two at once get two places.
   */
  async add(user: SessionUser, trackId: number, name: string, kind: 'judged' | 'live_final'): Promise<Stage> {
    const id = await this.sql.transaction(async (client) => {
      // The lock first, the last position after it: a statement that waited for a row lock still
      // reads everything else as it was when it began, so one statement would count a stale max.
      const [track] = await this.sql.query(
        'track-lock-for-stage',
        'SELECT id FROM entry_tracks WHERE id = $1 FOR UPDATE',
        [trackId],
      );
      if (!track) throw notFound('track_not_found');
      const [{ last, kind: trackKind }] = await this.sql.query<{ last: number | null; kind: TrackKind }>(
        'track-last-stage',
        `SELECT (SELECT max(position) FROM entry_stages WHERE track_id = t.id) AS last, t.kind
         FROM entry_tracks t WHERE t.id = $1`,
        [trackId],
      );
      const position = (last ?? 0) + 1;
      const stageId =
        kind === 'live_final'
          ? await this.insertJudged(trackId, position, name, HALL_RUBRIC, client, [], { parts: HALL_PARTS })
          : await this.insertJudged(
              trackId,
              position,
              name,
              trackKind === 'initiative' ? INITIATIVE_CRITERIA : DEFAULT_CRITERIA,
              client,
              trackKind === 'initiative' ? [] : DEFAULT_PRIZES,
            );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.create',
        entityType: 'stage',
        entityId: stageId,
        after: { trackId, name, kind },
      });
      return stageId;
    });
    return this.stage(id);
  }

  private async insertJudged(
    trackId: number,
    position: number,
    name: string,
    criteria: readonly NewCriterion[],
    on: Queryable,
    prizes: readonly { label: string; count: number }[] = DEFAULT_PRIZES,
    more: JudgedOptions = {},
  ): Promise<number> {
    const kind = more.parts?.length ? 'live_final' : 'judged';
    const [stage] = await this.sql.query<{ id: number }>(
      'stage-insert',
      `INSERT INTO entry_stages (track_id, position, name, aggregation, judges_per_entry, tie_breaks, prizes, seed,
           kind, parts, vote_points, public_source, allows_material)
         VALUES ($1, $2, $3, 'mean', 3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        trackId,
        position,
        name,
        JSON.stringify(['judge_points', 'vote_points', 'earliest_submission']),
        JSON.stringify(prizes),
        randomBytes(12).toString('hex'),
        kind,
        JSON.stringify(more.parts ?? []),
        more.publicPoints ?? 0,
        more.publicPoints ? 'counts' : 'votes',
        more.allowsMaterial ?? false,
      ],
      on,
    );
    // A live final's hall state: the control screen's row, locked by every action on it.
    if (kind === 'live_final')
      await this.sql.query(
        'live-final-insert',
        'INSERT INTO live_finals (stage_id) VALUES ($1)',
        [stage.id],
        on,
      );
    for (const [i, c] of criteria.entries())
      await this.sql.query(
        'criterion-insert',
        `INSERT INTO rubric_criteria (stage_id, position, name, max_points, guidance, part) VALUES ($1, $2, $3, $4, $5, $6)`,
        [stage.id, i + 1, c.name, c.maxPoints, c.guidance, c.part ?? null],
        on,
      );
    return stage.id;
  }

  /**
   * The rubric, method, votes and prizes. Once a judge has scored, the rubric and the method stay
   * as they were (a scale changed mid-way would make earlier sheets mean something else); votes,
   * tie-breaks and prizes may change until the lock.
   */
  async updateStage(user: SessionUser, stageId: number, s: StageSettings): Promise<Stage> {
    await this.sql.transaction(async (client) => {
      const row = await this.stageRow(stageId, client, true);
      if (!stageKind(row.kind).scored) throw conflict('stage_not_scored');
      if (row.lockedAt) throw conflict('stage_locked', { lockedAt: row.lockedAt });
      // Parts are a live final's alone, and a live final is scored part by part.
      if (row.kind === 'live_final' && s.parts.length === 0) throw unprocessable('live_parts_needed');
      if (row.kind !== 'live_final' && s.parts.length > 0) throw unprocessable('stage_parts_kind');
      const before = toStage(row, await this.criteria(stageId, client));
      const rubricChanged =
        s.aggregation !== row.aggregation ||
        JSON.stringify(before.parts) !== JSON.stringify(s.parts) ||
        JSON.stringify(before.criteria.map((c) => [c.id, c.name, c.maxPoints, c.guidance, c.part])) !==
          JSON.stringify(s.criteria.map((c) => [c.id ?? null, c.name, c.maxPoints, c.guidance, c.part]));
      if (row.judgingStartedAt && rubricChanged) throw conflict('stage_rubric_fixed');
      await this.checkMethod(stageId, s, client);
      if (rubricChanged) await this.replaceCriteria(stageId, before.criteria, s.criteria, client);
      await this.sql.query(
        'stage-update',
        `UPDATE entry_stages SET name = $2, aggregation = $3, judges_per_entry = $4, vote_points = $5,
           votes_open_at = $6, votes_close_at = $7, tie_breaks = $8, prizes = $9, voters = $10,
           votes_exclude_own_unit = $11, votes_per_account = $12, votes_per_ip_per_hour = $13,
           opens_at = $14, closes_at = $15, allows_material = $16, parts = $17, public_source = $18
         WHERE id = $1`,
        [
          stageId,
          s.name,
          s.aggregation,
          s.judgesPerEntry,
          s.votePoints,
          s.votesOpenAt,
          s.votesCloseAt,
          JSON.stringify(s.tieBreaks),
          JSON.stringify(s.prizes),
          s.voters,
          s.votesExcludeOwnUnit,
          s.votesPerAccount,
          s.votesPerIpPerHour,
          s.opensAt,
          s.closesAt,
          s.allowsMaterial,
          JSON.stringify(s.parts),
          s.publicSource,
        ],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.update',
        entityType: 'stage',
        entityId: stageId,
        before,
        after: s,
      });
    });
    return this.stage(stageId);
  }

  /** A stage's name and window: a unit pre-screening stage's close is the units' deadline. */
  async updateWindow(user: SessionUser, stageId: number, w: StageWindow): Promise<Stage> {
    await this.sql.transaction(async (client) => {
      const row = await this.stageRow(stageId, client, true);
      if (row.lockedAt) throw conflict('stage_locked', { lockedAt: row.lockedAt });
      await this.sql.query(
        'stage-window-update',
        'UPDATE entry_stages SET name = $2, opens_at = $3, closes_at = $4 WHERE id = $1',
        [stageId, w.name, w.opensAt, w.closesAt],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.window',
        entityType: 'stage',
        entityId: stageId,
        before: { name: row.name, opensAt: row.opensAt, closesAt: row.closesAt },
        after: w,
      });
    });
    return this.stage(stageId);
  }

  /** The track's first stage of a kind (its pre-screening, its screening, its first judged stage). */
  async firstOfKind(trackId: number, kind: StageKind, on?: Queryable): Promise<StageRow | null> {
    const [row] = await this.sql.query<StageRow>(
      'track-first-stage-of-kind',
      `SELECT ${STAGE_COLUMNS} FROM entry_stages s WHERE s.track_id = $1 AND s.kind = $2
        ORDER BY s.position LIMIT 1`,
      [trackId, kind],
      on,
    );
    return row ?? null;
  }

  /**
   * Which methods the stage's assignments can carry: trimmed mean needs 5 judges on every entry
   * (before any assignment, the planned judges per entry), z-scores 5 entries for every judge.
   * The assignment board shows the same answer the stage update enforces.
   */
  async methodAvailability(
    stageId: number,
    plannedJudgesPerEntry: number,
    on?: Queryable,
  ): Promise<MethodAvailability[]> {
    const { judgesPerEntry, entriesPerJudge } = await this.assignmentCounts(stageId, on);
    return AGGREGATION_METHODS.map((method) => {
      const check = aggregationAvailability(
        method,
        judgesPerEntry.length ? judgesPerEntry : [plannedJudgesPerEntry],
        entriesPerJudge.length ? entriesPerJudge : [0],
      );
      if (check.allowed) return { method, allowed: true, reason: null, min: null };
      const min =
        check.reason === 'trimmed_needs_judges' ? TRIMMED_MEAN_MIN_JUDGES : Z_SCORE_MIN_ENTRIES_PER_JUDGE;
      return { method, allowed: false, reason: check.reason, min };
    });
  }

  private async checkMethod(stageId: number, s: StageSettings, on: Queryable): Promise<void> {
    const check = (await this.methodAvailability(stageId, s.judgesPerEntry, on)).find(
      (m) => m.method === s.aggregation,
    )!;
    if (check.allowed) return;
    throw unprocessable(
      check.reason === 'trimmed_needs_judges'
        ? 'aggregation_trimmed_needs_judges'
        : 'aggregation_z_score_needs_entries',
      { min: check.min! },
    );
  }

  async assignmentCounts(
    stageId: number,
    on?: Queryable,
  ): Promise<{ judgesPerEntry: number[]; entriesPerJudge: number[] }> {
    const [row] = await this.sql.query<{ perEntry: number[] | null; perJudge: number[] | null }>(
      'stage-assignment-counts',
      `WITH live AS (SELECT entry_id, judge_id FROM judge_assignments WHERE stage_id = $1 AND conflict_reason IS NULL)
       SELECT (SELECT array_agg(n) FROM (SELECT count(*)::int AS n FROM live GROUP BY entry_id) e) AS "perEntry",
              (SELECT array_agg(n) FROM (SELECT count(*)::int AS n FROM live GROUP BY judge_id) j) AS "perJudge"`,
      [stageId],
      on,
    );
    return { judgesPerEntry: row?.perEntry ?? [], entriesPerJudge: row?.perJudge ?? [] };
  }

  private async replaceCriteria(
    stageId: number,
    current: Criterion[],
    next: StageSettings['criteria'],
    client: Queryable,
  ): Promise<void> {
    const kept = new Set(next.flatMap((c) => (c.id ? [c.id] : [])));
    for (const c of current)
      if (!kept.has(c.id))
        await this.sql.query('criterion-delete', 'DELETE FROM rubric_criteria WHERE id = $1', [c.id], client);
    for (const [i, c] of next.entries()) {
      if (c.id && current.some((k) => k.id === c.id)) {
        await this.sql.query(
          'criterion-update',
          `UPDATE rubric_criteria SET position = $2, name = $3, max_points = $4, guidance = $5, part = $6 WHERE id = $1`,
          [c.id, i + 1, c.name, c.maxPoints, c.guidance, c.part],
          client,
        );
      } else {
        await this.sql.query(
          'criterion-insert',
          `INSERT INTO rubric_criteria (stage_id, position, name, max_points, guidance, part) VALUES ($1, $2, $3, $4, $5, $6)`,
          [stageId, i + 1, c.name, c.maxPoints, c.guidance, c.part],
          client,
        );
      }
    }
  }
}
