import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  AGGREGATION_METHODS,
  type Criterion,
  type MethodAvailability,
  type Stage,
  type StagePhase,
  type StageSettings,
  type Track,
  type TrackCreate,
  type TrackSettings,
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

const TRACK_COLUMNS = `t.id, t.contest_id AS "contestId", c.name AS "contestName", t.kind, t.title,
  t.rules_text AS "rulesText", t.opens_at AS "opensAt", t.closes_at AS "closesAt", t.submitter,
  t.entries_per_unit AS "entriesPerUnit", t.topics, t.allow_files AS "allowFiles",
  t.allow_links AS "allowLinks", t.max_megabytes AS "maxMegabytes",
  t.max_duration_seconds AS "maxDurationSeconds", t.formats`;
const STAGE_COLUMNS = `s.id, s.track_id AS "trackId", s.position, s.kind, s.name, s.opens_at AS "opensAt",
  s.closes_at AS "closesAt", s.aggregation,
  s.judges_per_entry AS "judgesPerEntry", s.vote_points::float8 AS "votePoints",
  s.votes_open_at AS "votesOpenAt", s.votes_close_at AS "votesCloseAt", s.voters,
  s.votes_exclude_own_unit AS "votesExcludeOwnUnit", s.votes_per_account AS "votesPerAccount",
  s.votes_per_ip_per_hour AS "votesPerIpPerHour", s.tie_breaks AS "tieBreaks",
  s.prizes, s.seed, s.judging_started_at AS "judgingStartedAt", s.locked_at AS "lockedAt",
  s.published_at AS "publishedAt"`;

export type TrackRow = Omit<Track, 'opensAt' | 'closesAt' | 'phase' | 'stages'> & {
  opensAt: Date;
  closesAt: Date;
};
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
const DEFAULT_PRIZES = [
  { label: 'Giải Nhất', count: 1 },
  { label: 'Giải Nhì', count: 2 },
  { label: 'Giải Ba', count: 2 },
  { label: 'Giải Khuyến khích', count: 3 },
];

/** A call's settings in the column order of the track insert and update ($n after the key columns). */
const settingsValues = (s: TrackSettings) => [
  s.title,
  s.rulesText,
  s.opensAt,
  s.closesAt,
  s.submitter,
  s.entriesPerUnit,
  JSON.stringify(s.topics),
  s.allowFiles,
  s.allowLinks,
  s.maxMegabytes,
  s.maxDurationSeconds,
  JSON.stringify(s.formats),
];

export const trackPhase = (t: { opensAt: Date; closesAt: Date }, now = new Date()): Track['phase'] =>
  now < t.opensAt ? 'upcoming' : now < t.closesAt ? 'open' : 'closed';

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

/** Tracks and their judging stages: the call for entries and the rubric, as organizers set them. */
@Injectable()
export class TracksService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  async trackRow(trackId: number, on?: Queryable, forUpdate = false): Promise<TrackRow> {
    const [row] = await this.sql.query<TrackRow>(
      forUpdate ? 'track-row-for-update' : 'track-row',
      `SELECT ${TRACK_COLUMNS} FROM entry_tracks t JOIN contests c ON c.id = t.contest_id WHERE t.id = $1
       ${forUpdate ? 'FOR UPDATE OF t' : ''}`,
      [trackId],
      on,
    );
    if (!row) throw notFound('track_not_found');
    return row;
  }

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

  async criteria(stageId: number, on?: Queryable): Promise<Criterion[]> {
    return this.sql.query<Criterion>(
      'stage-criteria',
      `SELECT id, position, name, max_points::float8 AS "maxPoints", guidance
       FROM rubric_criteria WHERE stage_id = $1 ORDER BY position, id`,
      [stageId],
      on,
    );
  }

  async stage(stageId: number, on?: Queryable): Promise<Stage> {
    const row = await this.stageRow(stageId, on);
    return toStage(row, await this.criteria(stageId, on));
  }

  async track(trackId: number, on?: Queryable): Promise<Track> {
    const row = await this.trackRow(trackId, on);
    return (await this.withStages([row], on))[0];
  }

  async listForContest(contestId: number): Promise<Track[]> {
    const rows = await this.sql.query<TrackRow>(
      'tracks-of-contest',
      `SELECT ${TRACK_COLUMNS} FROM entry_tracks t JOIN contests c ON c.id = t.contest_id
       WHERE t.contest_id = $1 ORDER BY t.id`,
      [contestId],
    );
    return this.withStages(rows);
  }

  /** Every track, newest first: the public list of calls for entries and galleries. */
  async listAll(): Promise<Track[]> {
    const rows = await this.sql.query<TrackRow>(
      'tracks-all',
      `SELECT ${TRACK_COLUMNS} FROM entry_tracks t JOIN contests c ON c.id = t.contest_id ORDER BY t.opens_at DESC, t.id DESC`,
    );
    return this.withStages(rows);
  }

  /** Rows as tracks, each with its stages and their rubrics (three reads however many tracks). */
  async withStages(rows: TrackRow[], on?: Queryable): Promise<Track[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const stages = await this.sql.query<StageRow>(
      'stages-of-tracks',
      `SELECT ${STAGE_COLUMNS} FROM entry_stages s WHERE s.track_id = ANY($1::int[]) ORDER BY s.position`,
      [ids],
      on,
    );
    const criteria = await this.sql.query<Criterion & { stageId: number }>(
      'criteria-of-stages',
      `SELECT id, stage_id AS "stageId", position, name, max_points::float8 AS "maxPoints", guidance
       FROM rubric_criteria WHERE stage_id = ANY($1::int[]) ORDER BY position, id`,
      [stages.map((s) => s.id)],
      on,
    );
    return rows.map((row) => ({
      ...row,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      phase: trackPhase(row),
      stages: stages
        .filter((s) => s.trackId === row.id)
        .map((s) =>
          toStage(
            s,
            criteria.filter((c) => c.stageId === s.id).map(({ stageId: _s, ...c }) => c),
          ),
        ),
    }));
  }

  async create(user: SessionUser, contestId: number, input: TrackCreate): Promise<Track> {
    const id = await this.sql.transaction(async (client) => {
      const [contest] = await this.sql.query<{ id: number }>(
        'track-contest',
        'SELECT id FROM contests WHERE id = $1',
        [contestId],
        client,
      );
      if (!contest) throw notFound('contest_not_found');
      const [track] = await this.sql.query<{ id: number }>(
        'track-insert',
        `INSERT INTO entry_tracks (contest_id, kind, title, rules_text, opens_at, closes_at, submitter,
           entries_per_unit, topics, allow_files, allow_links, max_megabytes, max_duration_seconds, formats)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [contestId, input.kind, ...settingsValues(input.settings)],
        client,
      );
      const [stage] = await this.sql.query<{ id: number }>(
        'stage-insert',
        `INSERT INTO entry_stages (track_id, position, name, aggregation, judges_per_entry, tie_breaks, prizes, seed)
         VALUES ($1, 1, $2, 'mean', 3, $3, $4, $5) RETURNING id`,
        [
          track.id,
          'Chấm điểm',
          JSON.stringify(['judge_points', 'vote_points', 'earliest_submission']),
          JSON.stringify(DEFAULT_PRIZES),
          randomBytes(12).toString('hex'),
        ],
        client,
      );
      for (const [i, c] of DEFAULT_CRITERIA.entries())
        await this.sql.query(
          'criterion-insert',
          `INSERT INTO rubric_criteria (stage_id, position, name, max_points, guidance) VALUES ($1, $2, $3, $4, $5)`,
          [stage.id, i + 1, c.name, c.maxPoints, c.guidance],
          client,
        );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'track.create',
        entityType: 'track',
        entityId: track.id,
        after: input,
      });
      return track.id;
    });
    return this.track(id);
  }

  async update(user: SessionUser, trackId: number, s: TrackSettings): Promise<Track> {
    await this.sql.transaction(async (client) => {
      const before = await this.trackRow(trackId, client, true);
      // Once a stage is locked its field is judged: the call it came from stays as it was.
      const [locked] = await this.sql.query<{ lockedAt: Date | null }>(
        'track-locked-at',
        'SELECT max(locked_at) AS "lockedAt" FROM entry_stages WHERE track_id = $1',
        [trackId],
        client,
      );
      if (locked.lockedAt) throw conflict('stage_locked', { lockedAt: locked.lockedAt });
      await this.sql.query(
        'track-update',
        `UPDATE entry_tracks SET title = $2, rules_text = $3, opens_at = $4, closes_at = $5, submitter = $6,
           entries_per_unit = $7, topics = $8, allow_files = $9, allow_links = $10, max_megabytes = $11,
           max_duration_seconds = $12, formats = $13
         WHERE id = $1`,
        [trackId, ...settingsValues(s)],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'track.update',
        entityType: 'track',
        entityId: trackId,
        before,
        after: s,
      });
    });
    return this.track(trackId);
  }

  /**
   * The rubric, method, votes and prizes. Once a judge has scored, the rubric and the method stay
   * as they were (a scale changed mid-way would make earlier sheets mean something else); votes,
   * tie-breaks and prizes may change until the lock.
   */
  async updateStage(user: SessionUser, stageId: number, s: StageSettings): Promise<Stage> {
    await this.sql.transaction(async (client) => {
      const row = await this.stageRow(stageId, client, true);
      if (row.lockedAt) throw conflict('stage_locked', { lockedAt: row.lockedAt });
      const before = toStage(row, await this.criteria(stageId, client));
      const rubricChanged =
        s.aggregation !== row.aggregation ||
        JSON.stringify(before.criteria.map((c) => [c.id, c.name, c.maxPoints, c.guidance])) !==
          JSON.stringify(s.criteria.map((c) => [c.id ?? null, c.name, c.maxPoints, c.guidance]));
      if (row.judgingStartedAt && rubricChanged) throw conflict('stage_rubric_fixed');
      await this.checkMethod(stageId, s, client);
      if (rubricChanged) await this.replaceCriteria(stageId, before.criteria, s.criteria, client);
      await this.sql.query(
        'stage-update',
        `UPDATE entry_stages SET name = $2, aggregation = $3, judges_per_entry = $4, vote_points = $5,
           votes_open_at = $6, votes_close_at = $7, tie_breaks = $8, prizes = $9, voters = $10,
           votes_exclude_own_unit = $11, votes_per_account = $12, votes_per_ip_per_hour = $13,
           opens_at = $14, closes_at = $15
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
          `UPDATE rubric_criteria SET position = $2, name = $3, max_points = $4, guidance = $5 WHERE id = $1`,
          [c.id, i + 1, c.name, c.maxPoints, c.guidance],
          client,
        );
      } else {
        await this.sql.query(
          'criterion-insert',
          `INSERT INTO rubric_criteria (stage_id, position, name, max_points, guidance) VALUES ($1, $2, $3, $4, $5)`,
          [stageId, i + 1, c.name, c.maxPoints, c.guidance],
          client,
        );
      }
    }
  }
}
