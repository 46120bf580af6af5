import { Injectable } from '@nestjs/common';

import type { Criterion, JudgeEntry, JudgeWork, ScoreSheetInput } from '@contest/contracts';
import { judgeEntryOrder, round2 } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { ENTRY_SELECT, toEntry, type EntryRow } from '../entries/entry-view';
import { TracksService } from '../entries/tracks.service';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { LiveFinalService } from '../live-final/live-final.service';
import { stageKind } from './stage-kinds';
import { inStage } from './stage-membership';
import { toStage, type StageRow, StagesService } from './stages.service';

interface ScoreRow {
  assignmentId: number;
  criterionId: number;
  points: number;
  comment: string | null;
}

/**
 * A judge's own work: their entries in their own seeded order, the rubric, and only their own
 * scores. Nobody else's scores reach them here; the ranking shows them once the stage is locked.
 */
@Injectable()
export class JudgeWorkService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
    private readonly live: LiveFinalService,
  ) {}

  async work(judge: SessionUser): Promise<JudgeWork> {
    const assignments = await this.sql.query<{
      id: number;
      stageId: number;
      entryId: number;
      conflict: string | null;
    }>(
      'judge-assignments',
      `SELECT a.id, a.stage_id AS "stageId", a.entry_id AS "entryId", a.conflict_reason AS conflict
       FROM judge_assignments a JOIN entries e ON e.id = a.entry_id
       WHERE a.judge_id = $1 AND e.status = 'submitted' AND ${inStage('a.stage_id', 'a.entry_id')}`,
      [judge.id],
    );
    const stageIds = [...new Set(assignments.map((a) => a.stageId))].sort((a, b) => a - b);
    const entryRows = await this.sql.query<EntryRow>(
      'entries-by-ids',
      `${ENTRY_SELECT} WHERE e.id = ANY($1::int[])`,
      [assignments.map((a) => a.entryId)],
    );
    const scores = await this.sql.query<ScoreRow>(
      'judge-own-scores',
      `SELECT assignment_id AS "assignmentId", criterion_id AS "criterionId", points::float8 AS points, comment
       FROM judge_scores WHERE assignment_id = ANY($1::int[])`,
      [assignments.map((a) => a.id)],
    );
    const stages = [];
    for (const stageId of stageIds) {
      const row = await this.stages.stageRow(stageId);
      const stage = toStage(row, await this.stages.criteria(stageId));
      const track = await this.tracks.trackRow(row.trackId);
      const mine = assignments.filter((a) => a.stageId === stageId);
      const order = judgeEntryOrder(
        mine.map((a) => a.entryId),
        judge.id,
        row.seed,
      );
      const refusal = stageKind(row.kind).workRefusal(row, track, new Date());
      stages.push({
        track: { id: track.id, title: track.title, contestName: track.contestName, kind: track.kind },
        stage,
        scoringRefusal: refusal
          ? {
              code: refusal.code,
              params: Object.fromEntries(
                Object.entries(refusal.params).map(([k, v]) => [k, v.toISOString()]),
              ),
            }
          : null,
        live: row.kind === 'live_final' ? await this.live.judgeLive(stageId) : null,
        entries: order.map((entryId, i) => {
          const a = mine.find((m) => m.entryId === entryId)!;
          return this.sheet(
            a,
            i + 1,
            entryRows.find((e) => e.id === entryId)!,
            stage.criteria,
            scores,
          );
        }),
      });
    }
    return { stages };
  }

  private sheet(
    a: { id: number; conflict: string | null },
    order: number,
    entry: EntryRow,
    criteria: Criterion[],
    scores: ScoreRow[],
  ): JudgeEntry {
    const own = scores.filter((s) => s.assignmentId === a.id);
    const sheet = criteria.map((c) => {
      const s = own.find((o) => o.criterionId === c.id);
      return { criterionId: c.id, points: s?.points ?? null, comment: s?.comment ?? null };
    });
    const complete = sheet.every((s) => s.points !== null);
    return {
      assignmentId: a.id,
      order,
      entry: toEntry(entry),
      scores: sheet,
      total: complete ? round2(sheet.reduce((sum, s) => sum + (s.points ?? 0), 0)) : null,
      complete,
      conflict: a.conflict,
    };
  }

  private async ownAssignment(judge: SessionUser, assignmentId: number, on: Queryable) {
    const [a] = await this.sql.query<{
      id: number;
      stageId: number;
      entryId: number;
      conflict: string | null;
      accepted: boolean;
    }>(
      'judge-assignment-for-update',
      `SELECT a.id, a.stage_id AS "stageId", a.entry_id AS "entryId", a.conflict_reason AS conflict,
         (e.status = 'submitted' AND ${inStage('a.stage_id', 'a.entry_id')}) AS accepted
       FROM judge_assignments a JOIN entries e ON e.id = a.entry_id
       WHERE a.id = $1 AND a.judge_id = $2 FOR UPDATE OF a`,
      [assignmentId, judge.id],
      on,
    );
    // Another judge's assignment is as absent as a missing one: ids reveal nothing.
    if (!a) throw notFound('assignment_not_found');
    return a;
  }

  private requireUnlocked(stage: StageRow): void {
    if (stage.lockedAt) throw conflict('stage_locked', { lockedAt: stage.lockedAt });
  }

  /** Saves the criteria sent (others keep their points); every change is audited with before and after. */
  async score(judge: SessionUser, assignmentId: number, input: ScoreSheetInput): Promise<JudgeEntry> {
    const scored = await this.sql.transaction(async (client) => {
      const a = await this.ownAssignment(judge, assignmentId, client);
      // FOR KEY SHARE: the organizer's lock (FOR UPDATE) waits for this sheet to commit, never
      // lands half-way through it; yet judges of one stage never block each other, and marking
      // judging as started below (a non-key update) is no lock upgrade two judges could deadlock on.
      await this.sql.query(
        'stage-key-share-lock',
        'SELECT 1 FROM entry_stages WHERE id = $1 FOR KEY SHARE',
        [a.stageId],
        client,
      );
      const stage = await this.stages.stageRow(a.stageId, client);
      this.requireUnlocked(stage);
      if (a.conflict) throw conflict('scoring_conflicted');
      if (!a.accepted) throw conflict('entry_not_accepted');
      // When the stage's kind lets its entries be scored: its own window, or the call's close.
      const track = await this.tracks.trackRow(stage.trackId, client);
      const refusal = stageKind(stage.kind).workRefusal(stage, track, new Date());
      if (refusal) throw conflict(refusal.code, refusal.params);
      const criteria = await this.stages.criteria(stage.id, client);
      for (const s of input.scores) {
        const c = criteria.find((k) => k.id === s.criterionId);
        if (!c) throw unprocessable('criterion_not_in_stage', { criterionId: s.criterionId });
        if (s.points > c.maxPoints)
          throw unprocessable('score_out_of_range', { name: c.name, max: c.maxPoints });
      }
      await this.requireOpenParts(stage, a.entryId, criteria, input, client);
      const before = await this.sql.query<ScoreRow>(
        'assignment-scores',
        `SELECT assignment_id AS "assignmentId", criterion_id AS "criterionId", points::float8 AS points, comment
         FROM judge_scores WHERE assignment_id = $1`,
        [assignmentId],
        client,
      );
      const changed = input.scores.filter((s) => {
        const old = before.find((b) => b.criterionId === s.criterionId);
        return !old || old.points !== s.points || (old.comment ?? null) !== (s.comment || null);
      });
      const done = { stageId: stage.id, kind: stage.kind, entryId: a.entryId };
      if (changed.length === 0) return done;
      await this.sql.query(
        'scores-upsert',
        `INSERT INTO judge_scores (assignment_id, criterion_id, entry_id, points, comment)
         SELECT $1, c, $2, p, nullif(m, '') FROM unnest($3::int[], $4::numeric[], $5::text[]) AS s(c, p, m)
         ON CONFLICT (assignment_id, criterion_id)
         DO UPDATE SET points = excluded.points, comment = excluded.comment, updated_at = now()`,
        [
          assignmentId,
          a.entryId,
          changed.map((s) => s.criterionId),
          changed.map((s) => s.points),
          changed.map((s) => s.comment ?? ''),
        ],
        client,
      );
      await this.sql.query(
        'stage-judging-started',
        'UPDATE entry_stages SET judging_started_at = now() WHERE id = $1 AND judging_started_at IS NULL',
        [a.stageId],
        client,
      );
      await this.audit.record(client, {
        actorId: judge.id,
        action: 'score.save',
        entityType: 'score',
        entityId: assignmentId,
        before: before.filter((b) => changed.some((c) => c.criterionId === b.criterionId)),
        after: { entryId: a.entryId, scores: changed },
      });
      return done;
    });
    if (scored.kind === 'live_final') await this.live.afterScore(scored.stageId, scored.entryId);
    return this.one(judge, assignmentId);
  }

  /**
   * A live final's criteria are scored only while the organizer holds their part open for this
   * team. The window rows are read FOR SHARE: closing a part waits for sheets being saved, and
   * nothing is saved after it.
   */
  private async requireOpenParts(
    stage: StageRow,
    entryId: number,
    criteria: Criterion[],
    input: ScoreSheetInput,
    client: Queryable,
  ): Promise<void> {
    const parts = [
      ...new Set(
        input.scores.flatMap((s) => {
          const part = criteria.find((c) => c.id === s.criterionId)?.part ?? null;
          return part === null ? [] : [part];
        }),
      ),
    ];
    if (parts.length === 0) return;
    const open = await this.sql.query<{ part: number }>(
      'live-open-parts-share',
      `SELECT part FROM live_part_windows
       WHERE stage_id = $1 AND entry_id = $2 AND part = ANY($3::int[]) AND closed_at IS NULL FOR SHARE`,
      [stage.id, entryId, parts],
      client,
    );
    const closed = parts.find((p) => !open.some((o) => o.part === p));
    if (closed !== undefined)
      throw conflict('live_part_closed', { part: stage.parts[closed]?.name ?? closed + 1 });
  }

  /** A judge who knows an entry's authors too well steps off it; scores already given are set aside. */
  async declareConflict(judge: SessionUser, assignmentId: number, reason: string): Promise<JudgeEntry> {
    await this.sql.transaction(async (client) => {
      const a = await this.ownAssignment(judge, assignmentId, client);
      this.requireUnlocked(await this.stages.stageRow(a.stageId, client, true));
      if (a.conflict) return;
      const dropped = await this.sql.query<ScoreRow>(
        'assignment-scores-drop',
        `DELETE FROM judge_scores WHERE assignment_id = $1
         RETURNING assignment_id AS "assignmentId", criterion_id AS "criterionId", points::float8 AS points, comment`,
        [assignmentId],
        client,
      );
      await this.sql.query(
        'assignment-conflict',
        `UPDATE judge_assignments SET conflict_reason = $2, conflict_at = now() WHERE id = $1`,
        [assignmentId, reason],
        client,
      );
      await this.audit.record(client, {
        actorId: judge.id,
        action: 'score.conflict',
        entityType: 'score',
        entityId: assignmentId,
        reason,
        before: dropped,
        after: { entryId: a.entryId },
      });
    });
    return this.one(judge, assignmentId);
  }

  private async one(judge: SessionUser, assignmentId: number): Promise<JudgeEntry> {
    const work = await this.work(judge);
    for (const s of work.stages) {
      const found = s.entries.find((e) => e.assignmentId === assignmentId);
      if (found) return found;
    }
    throw notFound('assignment_not_found');
  }
}
