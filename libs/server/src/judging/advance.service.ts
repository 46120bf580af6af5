import { Injectable } from '@nestjs/common';

import type { AdvanceRequest, AdvanceResult, AdvanceRule } from '@contest/contracts';
import { applyAdvanceRule, type RankedEntry } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { conflict, unprocessable } from '../http/api-error';
import { MOVE_REASONS, StageMembership } from './stage-membership';
import { StageResultsService } from './stage-results.service';
import { StagesService } from './stages.service';

/** The reason each advancing entry's move into the next stage carries: the rule, in words. */
function moveReason(rule: AdvanceRule, stageName: string): string {
  if (rule.kind === 'top') return MOVE_REASONS.top(rule.count, stageName);
  if (rule.kind === 'threshold') return MOVE_REASONS.threshold(rule.minTotal, stageName);
  return MOVE_REASONS.picked(rule.reason, stageName);
}

/**
 * Stages in sequence: a locked stage's ranking, a rule stated by the organizer, and the entries
 * it takes moved into the next stage, each with the rule as its reason. Previewed first (dryRun),
 * applied once.
 */
@Injectable()
export class AdvanceService {
  constructor(
    private readonly sql: Sql,
    private readonly stages: StagesService,
    private readonly results: StageResultsService,
    private readonly membership: StageMembership,
    private readonly audit: AuditService,
  ) {}

  async advance(user: SessionUser, stageId: number, request: AdvanceRequest): Promise<AdvanceResult> {
    return this.sql.transaction(async (client) => {
      const stage = await this.stages.stage(stageId);
      // Scores are final only once the stage is locked.
      if (!stage.lockedAt) throw conflict('advance_needs_lock');
      const [next] = await this.sql.query<{ id: number }>(
        'next-stage-for-update',
        'SELECT id FROM entry_stages WHERE track_id = $1 AND position = $2 FOR UPDATE',
        [stage.trackId, stage.position + 1],
        client,
      );
      if (!next) throw conflict('advance_needs_next_stage');
      // Counted after the lock, in its own statement, so it sees what an advance before it committed.
      const [{ members }] = await this.sql.query<{ members: number }>(
        'stage-member-count',
        'SELECT count(*)::int AS members FROM stage_entries WHERE stage_id = $1',
        [next.id],
        client,
      );
      if (members > 0) throw conflict('advance_already_done');
      const { standings } = await this.results.standings(stage);
      const ranking: RankedEntry[] = standings.map((s) => ({
        entryId: s.entryId,
        judgePoints: s.judgePoints,
        votePoints: s.votePoints,
        submittedAt: new Date(s.submittedAt ?? 0),
        total: s.total,
        rank: s.rank,
      }));
      const applied = applyAdvanceRule(ranking, request.rule);
      if (!applied.ok) {
        const { code, ...params } = applied.refusal;
        throw unprocessable(code, 'entryIds' in params ? { entryIds: params.entryIds.join(', ') } : params);
      }
      const row = (entryId: number) => {
        const s = standings.find((x) => x.entryId === entryId)!;
        return { entryId, title: s.title, unitName: s.unitName, rank: s.rank, total: s.total };
      };
      const result: AdvanceResult = {
        stageId,
        nextStageId: next.id,
        rule: request.rule,
        advancing: applied.outcome.advancing.map(row),
        staying: applied.outcome.staying.map(row),
        cut: applied.outcome.cut,
        applied: !request.dryRun,
      };
      if (request.dryRun) return result;
      const reason = moveReason(request.rule, stage.name);
      for (const entryId of applied.outcome.advancing)
        await this.membership.enter(next.id, entryId, user.id, reason);
      // Those left behind are told too: their journey shows the next stage and the rule that held them.
      const heldBack = MOVE_REASONS.notAdvanced(reason);
      for (const entryId of applied.outcome.staying)
        await this.membership.leave(next.id, entryId, user.id, heldBack);
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.advance',
        entityType: 'stage',
        entityId: stageId,
        reason: request.rule.kind === 'hand' ? request.rule.reason : null,
        after: {
          nextStageId: next.id,
          rule: request.rule,
          advancing: applied.outcome.advancing,
          cut: result.cut,
        },
      });
      return result;
    });
  }
}
