import { Injectable } from '@nestjs/common';

import { VOTE_ANOMALY_RULES, type VoteAudit, type VoteVoid, type VoteVoidResult } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { conflict, unprocessable } from '../http/api-error';
import { StagesService } from './stages.service';

/** The longest lists the audit sends; the counts say how many there were in all. */
const LISTED = 200;

/**
 * What an organizer needs to defend a public vote: who voted from where and when, the patterns
 * that look like a campaign (a burst from one address, a wave of accounts registered just to
 * vote), and voiding with a reason. A voided vote stays as evidence and stops counting.
 */
@Injectable()
export class VoteAuditService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
  ) {}

  async votes(stageId: number): Promise<VoteAudit> {
    await this.stages.stageRow(stageId);
    const [totals] = await this.sql.query<{ votes: number; voided: number }>(
      'vote-audit-totals',
      `SELECT count(*) FILTER (WHERE v.voided_at IS NULL)::int AS votes, count(v.voided_at)::int AS voided
       FROM entry_votes v WHERE v.stage_id = $1`,
      [stageId],
    );
    const addresses = await this.sql.query<
      VoteAudit['addresses'][number] & { firstAt: Date; lastAt: Date; of: number }
    >(
      'vote-audit-addresses',
      `WITH live AS (
         SELECT v.ip, v.user_id, v.created_at FROM entry_votes v
          WHERE v.stage_id = $1 AND v.voided_at IS NULL AND v.ip IS NOT NULL),
       -- Any 10 minutes, not fixed slots: each vote counts those from its address in the 10 minutes it opens.
       windows AS (
         SELECT ip, count(*) OVER (PARTITION BY ip ORDER BY created_at
                  RANGE BETWEEN CURRENT ROW AND interval '10 minutes' FOLLOWING) AS n
           FROM live)
       SELECT l.ip, count(*)::int AS votes, count(DISTINCT l.user_id)::int AS accounts,
              (SELECT max(n) FROM windows w WHERE w.ip = l.ip)::int AS "peak10Min",
              min(l.created_at) AS "firstAt", max(l.created_at) AS "lastAt", count(*) OVER ()::int AS "of"
       FROM live l GROUP BY l.ip ORDER BY votes DESC, l.ip LIMIT ${LISTED}`,
      [stageId],
    );
    const waves = await this.sql.query<{
      registeredFrom: Date;
      accounts: number;
      votes: number;
      userIds: number[];
      of: number;
    }>(
      'vote-audit-fresh-waves',
      `WITH fresh AS (
         SELECT u.id, u.created_at, count(*)::int AS votes FROM entry_votes v JOIN users u ON u.id = v.user_id
          WHERE v.stage_id = $1 AND v.voided_at IS NULL AND v.created_at < u.created_at + interval '1 hour'
          GROUP BY u.id)
       SELECT date_bin('10 minutes', created_at, timestamptz '2000-01-01') AS "registeredFrom",
              count(*)::int AS accounts, sum(votes)::int AS votes, array_agg(id ORDER BY id) AS "userIds",
              count(*) OVER ()::int AS "of"
       FROM fresh GROUP BY 1 ORDER BY accounts DESC, 1 LIMIT ${LISTED}`,
      [stageId],
    );
    return {
      stageId,
      votes: totals.votes,
      voided: totals.voided,
      addressCount: addresses[0]?.of ?? 0,
      waveCount: waves[0]?.of ?? 0,
      addresses: addresses.map(({ of: _of, ...a }) => ({
        ...a,
        firstAt: a.firstAt.toISOString(),
        lastAt: a.lastAt.toISOString(),
        flagged: a.peak10Min >= VOTE_ANOMALY_RULES.burstVotes,
      })),
      freshWaves: waves.map(({ of: _of, ...w }) => ({
        ...w,
        registeredFrom: w.registeredFrom.toISOString(),
        flagged: w.accounts >= VOTE_ANOMALY_RULES.freshWaveAccounts,
      })),
    };
  }

  /** Voids the stage's live votes and takes them off its counts in one transaction, audited with the reason. */
  async voidVotes(user: SessionUser, stageId: number, target: VoteVoid): Promise<VoteVoidResult> {
    return this.sql.transaction(async (client) => {
      const stage = await this.stages.stageRow(stageId, client, true);
      if (stage.lockedAt) throw conflict('votes_locked', { lockedAt: stage.lockedAt });
      const voided = await this.sql.query<{ entryId: number; userId: number; ip: string | null }>(
        'votes-void',
        `UPDATE entry_votes v SET voided_at = now(), voided_by = $2, void_reason = $3
         WHERE v.stage_id = $1 AND v.voided_at IS NULL
           AND (($4::text IS NOT NULL AND v.ip = $4) OR v.user_id = ANY($5::int[]))
         RETURNING v.entry_id AS "entryId", v.user_id AS "userId", v.ip`,
        [stageId, user.id, target.reason, target.ip ?? null, target.userIds ?? []],
        client,
      );
      if (voided.length === 0) throw unprocessable('votes_void_nothing');
      await this.sql.query(
        'votes-void-recount',
        `UPDATE stage_entries m SET votes = votes - d.n
           FROM (SELECT id, count(*)::int AS n FROM unnest($2::int[]) AS u(id) GROUP BY id) d
          WHERE m.stage_id = $1 AND m.entry_id = d.id`,
        [stageId, voided.map((v) => v.entryId)],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'stage.votes_void',
        entityType: 'stage',
        entityId: stageId,
        reason: target.reason,
        before: { ip: target.ip ?? null, userIds: target.userIds ?? null },
        after: { voided: voided.length, votes: voided },
      });
      return { voided: voided.length };
    });
  }
}
