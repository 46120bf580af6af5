import { Injectable } from '@nestjs/common';

import type { AggregationMethod, LockRequest, Stage, StageResults, Standing } from '@contest/contracts';
import {
  aggregateJudgeTotals,
  allocateEntryPrizes,
  normalisedJudgeTotals,
  rankEntries,
  round2,
  votePoints,
  type JudgeTotal,
} from '@contest/domain';

import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { conflict } from '../http/api-error';
import { inStage } from './stage-membership';
import { RegisterService } from '../originality/register.service';
import { StagesService } from './stages.service';

interface SheetRow {
  assignmentId: number;
  entryId: number;
  judgeId: number;
  judgeName: string;
  scores: { criterionId: number; points: number; comment: string | null }[];
}

/**
 * A stage's totals: each judge's complete sheet summed, aggregated by the stage's method, plus
 * the capped vote points, ranked with the published tie-breaks, and prizes by the configured
 * counts. Computed from Postgres each time until publishing freezes it, and every number on the
 * page can be traced to the sheets and the vote count beside it.
 */
@Injectable()
export class StageResultsService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
    private readonly register: RegisterService,
  ) {}

  async standings(stage: Stage, on?: Queryable): Promise<{ standings: Standing[]; incomplete: number }> {
    const entries = await this.sql.query<{
      id: number;
      title: string;
      unitName: string;
      votes: number;
      submittedAt: Date | null;
      fileId: number | null;
    }>(
      'stage-standing-entries',
      `SELECT e.id, e.title, un.name AS "unitName", m.votes, e.submitted_at AS "submittedAt", e.file_id AS "fileId"
       FROM entries e JOIN units un ON un.id = e.unit_id JOIN stage_entries m ON m.stage_id = $1 AND m.entry_id = e.id
       WHERE e.status = 'submitted' AND ${inStage('$1', 'e.id')}`,
      [stage.id],
      on,
    );
    const sheets = await this.sql.query<SheetRow>(
      'stage-sheets',
      `SELECT a.id AS "assignmentId", a.entry_id AS "entryId", a.judge_id AS "judgeId", u.full_name AS "judgeName",
         coalesce(jsonb_agg(jsonb_build_object('criterionId', s.criterion_id, 'points', s.points::float8,
           'comment', s.comment)) FILTER (WHERE s.criterion_id IS NOT NULL), '[]') AS scores
       FROM judge_assignments a JOIN users u ON u.id = a.judge_id
       LEFT JOIN judge_scores s ON s.assignment_id = a.id
       WHERE a.stage_id = $1 AND a.conflict_reason IS NULL
       GROUP BY a.id, u.full_name ORDER BY a.entry_id, u.full_name, a.judge_id`,
      [stage.id],
      on,
    );
    const accepted = new Set(entries.map((e) => e.id));
    const criteria = stage.criteria;
    const complete = (s: SheetRow) => criteria.every((c) => s.scores.some((x) => x.criterionId === c.id));
    const live = sheets.filter((s) => accepted.has(s.entryId));
    const totals: JudgeTotal[] = live.filter(complete).map((s) => ({
      entryId: s.entryId,
      judgeId: s.judgeId,
      points: s.scores.reduce((sum, x) => sum + x.points, 0),
    }));
    const judged = aggregateJudgeTotals(stage.aggregation as AggregationMethod, totals, stage.judgePoints);
    const normalised = stage.aggregation === 'z_score' ? normalisedJudgeTotals(totals) : null;
    const counted = await this.publicCounts(stage, on);
    const publicCount = (e: { id: number; votes: number }) => {
      const c = counted?.get(e.id);
      return counted ? (c ? c.likes + c.shares : 0) : e.votes;
    };
    const votes = votePoints(new Map(entries.map((e) => [e.id, publicCount(e)])), stage.votePoints);
    const ranked = rankEntries(
      entries.map((e) => ({
        entryId: e.id,
        judgePoints: judged.get(e.id) ?? 0,
        votePoints: votes.get(e.id) ?? 0,
        submittedAt: e.submittedAt ?? new Date(0),
      })),
      stage.tieBreaks,
    );
    const prizes = allocateEntryPrizes(ranked, stage.prizes);
    const incomplete = entries.filter((e) => {
      const own = live.filter((s) => s.entryId === e.id);
      return own.length === 0 || !own.every(complete);
    }).length;
    const standings = ranked.map((r, i): Standing => {
      const e = entries.find((x) => x.id === r.entryId)!;
      return {
        rank: r.rank,
        entryId: e.id,
        title: e.title,
        unitName: e.unitName,
        thumbnailUrl: e.fileId ? `/api/entries/${e.id}/thumbnail?v=${e.fileId}` : null,
        judgePoints: r.judgePoints,
        votes: publicCount(e),
        likes: counted ? (counted.get(e.id)?.likes ?? 0) : null,
        shares: counted ? (counted.get(e.id)?.shares ?? 0) : null,
        votePoints: r.votePoints,
        total: r.total,
        prize: prizes[i],
        submittedAt: e.submittedAt?.toISOString() ?? null,
        sheets: live
          .filter((s) => s.entryId === e.id)
          .map((s) => {
            const done = complete(s);
            const total = done ? round2(s.scores.reduce((sum, x) => sum + x.points, 0)) : null;
            const n = normalised?.get(`${s.entryId}:${s.judgeId}`);
            return {
              judgeId: s.judgeId,
              judgeName: s.judgeName,
              scores: criteria.map((c) => {
                const x = s.scores.find((k) => k.criterionId === c.id);
                return { criterionId: c.id, points: x?.points ?? null, comment: x?.comment ?? null };
              }),
              total,
              normalised: done && n !== undefined ? round2(n) : null,
            };
          }),
      };
    });
    return { standings, incomplete };
  }

  /** Likes and shares counted on a social page, where the stage takes its public points from them. */
  private async publicCounts(
    stage: Stage,
    on?: Queryable,
  ): Promise<Map<number, { likes: number; shares: number }> | null> {
    if (stage.publicSource !== 'counts') return null;
    const rows = await this.sql.query<{ entryId: number; likes: number; shares: number }>(
      'stage-interaction-counts',
      'SELECT entry_id AS "entryId", likes, shares FROM interaction_counts WHERE stage_id = $1',
      [stage.id],
      on,
    );
    return new Map(rows.map((r) => [r.entryId, r]));
  }

  /** The standings exactly as publishing stored them. */
  async frozenStandings(stageId: number): Promise<Standing[]> {
    const [frozen] = await this.sql.query<{ standings: Standing[] }>(
      'stage-result-frozen',
      'SELECT standings FROM stage_results WHERE stage_id = $1',
      [stageId],
    );
    return frozen.standings;
  }

  /**
   * Organizers see the live ranking at any time; the stage's judges once it is locked (before,
   * they would see each other's scores); everyone once it is published, from the frozen copy.
   */
  async results(user: SessionUser | undefined, stageId: number): Promise<StageResults> {
    const track = await this.tracks.track((await this.stages.stageRow(stageId)).trackId);
    const stage = track.stages.find((s) => s.id === stageId)!;
    const advancement = await this.advancement(track.stages, stage);
    if (stage.publishedAt) {
      const standings = this.access.redactComments(user, await this.frozenStandings(stageId));
      return {
        track,
        stage,
        criteria: stage.criteria,
        incomplete: 0,
        standings,
        published: true,
        advancement,
      };
    }
    const judgeOfStage =
      user?.role === 'judge' &&
      (
        await this.sql.query(
          'judge-of-stage',
          'SELECT 1 FROM judge_assignments WHERE stage_id = $1 AND judge_id = $2 LIMIT 1',
          [stageId, user.id],
        )
      ).length > 0;
    this.access.requireStageResults(user, stage, judgeOfStage);
    const computed = await this.standings(stage);
    const standings = this.access.redactComments(user, computed.standings);
    return {
      track,
      stage,
      criteria: stage.criteria,
      incomplete: computed.incomplete,
      standings,
      published: false,
      advancement,
    };
  }

  /**
   * Who this stage sent on to the next one, and the rule they carry: the next stage's members
   * (shortlisted entries enter it with the rule as their reason; those held back are out of it).
   */
  private async advancement(stages: Stage[], stage: Stage): Promise<StageResults['advancement']> {
    const next = stages.find((s) => s.position === stage.position + 1);
    if (!next) return null;
    const moved = await this.sql.query<{ entryId: number; reason: string }>(
      'stage-advanced-entries',
      `SELECT entry_id AS "entryId", reason FROM stage_entries WHERE stage_id = $1 AND state = 'in' ORDER BY entry_id`,
      [next.id],
    );
    if (moved.length === 0) return null;
    return {
      nextStage: { id: next.id, name: next.name },
      entryIds: moved.map((m) => m.entryId),
      reason: moved[0].reason,
    };
  }

  /** After the lock no score, assignment or screening changes; refused while sheets are unfinished. */
  async lock(user: SessionUser, stageId: number, request: LockRequest): Promise<Stage> {
    await this.sql.transaction(async (client) => {
      const row = await this.stages.stageRow(stageId, client, true);
      if (row.lockedAt) throw conflict('stage_locked', { lockedAt: row.lockedAt });
      const stage = await this.stages.stage(stageId, client);
      const { standings, incomplete } = await this.standings(stage, client);
      if (incomplete > 0) throw conflict('stage_scores_incomplete', { count: incomplete });
      await this.sql.query(
        'stage-lock',
        'UPDATE entry_stages SET locked_at = now(), locked_by = $2 WHERE id = $1',
        [stageId, user.id],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.lock',
        entityType: 'stage',
        entityId: stageId,
        reason: request.reason,
        after: standings.map((s) => ({ entryId: s.entryId, rank: s.rank, total: s.total })),
      });
    });
    return this.stages.stage(stageId);
  }

  async publish(user: SessionUser, stageId: number): Promise<Stage> {
    await this.sql.transaction(async (client) => {
      const row = await this.stages.stageRow(stageId, client, true);
      if (!row.lockedAt) throw conflict('stage_not_locked');
      if (row.publishedAt) throw conflict('stage_already_published');
      const stage = await this.stages.stage(stageId, client);
      const { standings } = await this.standings(stage, client);
      await this.sql.query(
        'stage-result-insert',
        'INSERT INTO stage_results (stage_id, standings, published_by) VALUES ($1, $2, $3)',
        [stageId, JSON.stringify(standings), user.id],
        client,
      );
      await this.sql.query(
        'stage-publish',
        'UPDATE entry_stages SET published_at = now() WHERE id = $1',
        [stageId],
        client,
      );
      await this.register.addWinners(
        standings.filter((s) => s.prize !== null).map((s) => s.entryId),
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.publish',
        entityType: 'stage',
        entityId: stageId,
        after: standings.map((s) => ({ entryId: s.entryId, rank: s.rank, total: s.total, prize: s.prize })),
      });
    });
    return this.stages.stage(stageId);
  }
}
