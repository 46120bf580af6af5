import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

import { type Assignment, type AssignmentBoard, type AutoAssignResult } from '@contest/contracts';
import { assignJudges, isConflicted, pairKey } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { inStage } from './stage-membership';
import { TracksService } from '../entries/tracks.service';
import { type StageRow, StagesService } from './stages.service';

const ASSIGNMENT_COLUMNS = `a.id, a.entry_id AS "entryId", a.judge_id AS "judgeId", a.source,
  a.conflict_reason AS conflict,
  (SELECT count(*) FROM judge_scores sc WHERE sc.assignment_id = a.id)
    >= (SELECT count(*) FROM rubric_criteria c WHERE c.stage_id = a.stage_id) AS complete`;

/** Who scores what in a stage: by hand or balanced automatically, never a judge of the entry's own unit. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
  ) {}

  async board(stageId: number): Promise<AssignmentBoard> {
    const stage = await this.stages.stage(stageId);
    const [judges, entries, assignments] = await Promise.all([
      this.sql.query<AssignmentBoard['judges'][number]>(
        'judges-with-load',
        `SELECT u.id, u.full_name AS "fullName", u.login, u.unit_id AS "unitId", un.path AS "unitPath", un.name AS "unitName",
           count(a.id) FILTER (WHERE a.conflict_reason IS NULL)::int AS assigned,
           count(a.id) FILTER (WHERE a.conflict_reason IS NULL AND
             (SELECT count(*) FROM judge_scores sc WHERE sc.assignment_id = a.id)
               >= (SELECT count(*) FROM rubric_criteria c WHERE c.stage_id = $1))::int AS scored
         FROM users u LEFT JOIN units un ON un.id = u.unit_id
         LEFT JOIN judge_assignments a ON a.judge_id = u.id AND a.stage_id = $1
         WHERE u.role = 'judge' GROUP BY u.id, un.name, un.path ORDER BY u.full_name, u.id`,
        [stageId],
      ),
      this.stageEntries(stage),
      this.sql.query<Assignment>(
        'stage-assignments',
        `SELECT ${ASSIGNMENT_COLUMNS} FROM judge_assignments a WHERE a.stage_id = $1 ORDER BY a.entry_id, a.id`,
        [stageId],
      ),
    ]);
    return {
      stage,
      judges,
      entries: entries.map(({ id, title, unitId, unitPath, unitName }) => ({
        id,
        title,
        unitId,
        unitPath,
        unitName,
      })),
      assignments,
      methods: await this.stages.methodAvailability(stageId, stage.judgesPerEntry),
    };
  }

  /** What the stage judges: its members (submitted entries it holds). */
  private stageEntries(stage: { id: number; trackId: number }, on?: Queryable) {
    return this.sql.query<{ id: number; title: string; unitId: number; unitPath: string; unitName: string }>(
      'stage-member-entries',
      `SELECT e.id, e.title, e.unit_id AS "unitId", un.path AS "unitPath", un.name AS "unitName"
       FROM entries e JOIN units un ON un.id = e.unit_id
       WHERE e.track_id = $1 AND e.status = 'submitted' AND ${inStage('$2', 'e.id')} ORDER BY e.id`,
      [stage.trackId, stage.id],
      on,
    );
  }

  private judges(on: Queryable) {
    return this.sql.query<{ id: number; unitPath: string | null; fullName: string }>(
      'judge-accounts',
      `SELECT u.id, un.path AS "unitPath", u.full_name AS "fullName"
       FROM users u LEFT JOIN units un ON un.id = u.unit_id WHERE u.role = 'judge' ORDER BY u.id`,
      [],
      on,
    );
  }

  private async openStage(stageId: number, client: PoolClient): Promise<StageRow> {
    const stage = await this.stages.stageRow(stageId, client, true);
    if (stage.lockedAt) throw conflict('stage_locked', { lockedAt: stage.lockedAt });
    return stage;
  }

  private async existing(stageId: number, on: Queryable) {
    return this.sql.query<{ entryId: number; judgeId: number; conflicted: boolean }>(
      'stage-pairs',
      `SELECT entry_id AS "entryId", judge_id AS "judgeId", conflict_reason IS NOT NULL AS conflicted
       FROM judge_assignments WHERE stage_id = $1`,
      [stageId],
      on,
    );
  }

  async auto(
    user: SessionUser,
    stageId: number,
    perEntry: number,
    judgeIds?: number[],
  ): Promise<AutoAssignResult> {
    return this.sql.transaction(async (client) => {
      const stage = await this.openStage(stageId, client);
      const [entries, judges, pairs] = await Promise.all([
        this.stageEntries(stage, client),
        this.judges(client),
        this.existing(stageId, client),
      ]);
      const panel = judgeIds ? judges.filter((j) => judgeIds.includes(j.id)) : judges;
      if (judgeIds && panel.length !== new Set(judgeIds).size) throw notFound('judge_not_found');
      // A hall's final is scored by its whole panel: every judge on every team (but their own unit's).
      const wanted = stage.kind === 'live_final' ? panel.length : perEntry;
      const result = assignJudges({
        entries: entries.map((e) => ({ id: e.id, unitPath: e.unitPath })),
        judges: panel.map((j) => ({ id: j.id, unitPath: j.unitPath })),
        perEntry: wanted,
        existing: pairs.filter((p) => !p.conflicted),
        declared: new Set(pairs.filter((p) => p.conflicted).map((p) => pairKey(p.entryId, p.judgeId))),
        seed: `${stage.seed}:${pairs.length}`,
      });
      if (result.added.length)
        await this.sql.query(
          'assignments-insert-auto',
          `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source)
           SELECT $1, e, j, 'auto' FROM unnest($2::int[], $3::int[]) AS p(e, j)`,
          [stageId, result.added.map((p) => p.entryId), result.added.map((p) => p.judgeId)],
          client,
        );
      await this.sql.query(
        'stage-judges-per-entry',
        'UPDATE entry_stages SET judges_per_entry = $2 WHERE id = $1',
        [stageId, wanted],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.auto_assign',
        entityType: 'stage',
        entityId: stageId,
        after: { perEntry: wanted, judgeIds: judgeIds ?? null, added: result.added, short: result.short },
      });
      return { added: result.added.length, short: result.short };
    });
  }

  async add(user: SessionUser, stageId: number, entryId: number, judgeId: number): Promise<Assignment> {
    const id = await this.sql.transaction(async (client) => {
      const stage = await this.openStage(stageId, client);
      const entry = (await this.stageEntries(stage, client)).find((e) => e.id === entryId);
      if (!entry) throw conflict('entry_not_accepted');
      const judge = (await this.judges(client)).find((j) => j.id === judgeId);
      if (!judge) throw notFound('judge_not_found');
      if (isConflicted({ id: entry.id, unitPath: entry.unitPath }, judge, new Set()))
        throw unprocessable('judge_own_unit', { judge: judge.fullName });
      const pair = (await this.existing(stageId, client)).find(
        (p) => p.entryId === entryId && p.judgeId === judgeId,
      );
      if (pair) throw conflict(pair.conflicted ? 'judge_conflict_declared' : 'assignment_exists');
      const [row] = await this.sql.query<{ id: number }>(
        'assignment-insert',
        `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source) VALUES ($1, $2, $3, 'manual') RETURNING id`,
        [stageId, entryId, judgeId],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.assign',
        entityType: 'stage',
        entityId: stageId,
        after: { entryId, judgeId },
      });
      return row.id;
    });
    const [assignment] = await this.sql.query<Assignment>(
      'assignment-by-id',
      `SELECT ${ASSIGNMENT_COLUMNS} FROM judge_assignments a WHERE a.id = $1`,
      [id],
    );
    return assignment;
  }

  async remove(user: SessionUser, stageId: number, assignmentId: number): Promise<void> {
    await this.sql.transaction(async (client) => {
      await this.openStage(stageId, client);
      const [row] = await this.sql.query<{ entryId: number; judgeId: number; scores: number }>(
        'assignment-for-removal',
        `SELECT entry_id AS "entryId", judge_id AS "judgeId",
           (SELECT count(*)::int FROM judge_scores WHERE assignment_id = a.id) AS scores
         FROM judge_assignments a WHERE id = $1 AND stage_id = $2 FOR UPDATE`,
        [assignmentId, stageId],
        client,
      );
      if (!row) throw notFound('assignment_not_found');
      // Scores are evidence: an assignment someone scored on stays (and stays audited).
      if (row.scores > 0) throw conflict('assignment_has_scores');
      await this.sql.query(
        'assignment-delete',
        'DELETE FROM judge_assignments WHERE id = $1',
        [assignmentId],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.unassign',
        entityType: 'stage',
        entityId: stageId,
        before: { entryId: row.entryId, judgeId: row.judgeId },
      });
    });
  }
}
