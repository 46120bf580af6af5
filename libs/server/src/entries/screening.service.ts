import { Injectable } from '@nestjs/common';

import type { Entry, ScreeningDecision, ScreeningList } from '@contest/contracts';
import { nearDuplicateTitles } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { Sql } from '../database/sql';
import { conflict, notFound } from '../http/api-error';
import { ENTRY_SELECT, toEntry, type EntryRow } from './entry-view';
import { TracksService } from './tracks.service';

/**
 * Organizers' screening: every entry with the signs of a duplicate (the same file bytes sent
 * twice, a near-identical title), accepted or rejected with a reason the unit reads.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly audit: AuditService,
    private readonly membership: StageMembership,
  ) {}

  /**
   * On a track with a screening stage (initiatives), what units forwarded to it; on a clip track,
   * every entry units sent.
   */
  async list(trackId: number): Promise<ScreeningList> {
    await this.tracks.trackRow(trackId);
    const rows = await this.sql.query<EntryRow & { submittedByName: string }>(
      'screening-entries',
      `SELECT q.*, u.full_name AS "submittedByName" FROM (${ENTRY_SELECT} WHERE e.track_id = $1) q
       JOIN users u ON u.id = q."submittedBy"
       WHERE NOT EXISTS (SELECT 1 FROM entry_stages s WHERE s.track_id = $1 AND s.kind = 'screening')
          OR EXISTS (SELECT 1 FROM stage_entries m JOIN entry_stages s ON s.id = m.stage_id
                      WHERE m.entry_id = q.id AND s.kind = 'screening')
       ORDER BY q.id`,
      [trackId],
    );
    const live = rows.filter((r) => r.status !== 'withdrawn');
    const byHash = new Map<string, number[]>();
    for (const r of live) {
      const hash = r.file?.sha256;
      if (hash) byHash.set(hash, [...(byHash.get(hash) ?? []), r.id]);
    }
    const similar = new Map<number, { entryId: number; similarity: number }[]>();
    for (const pair of nearDuplicateTitles(live.map((r) => ({ id: r.id, title: r.title })))) {
      similar.set(pair.a, [...(similar.get(pair.a) ?? []), { entryId: pair.b, similarity: pair.similarity }]);
      similar.set(pair.b, [...(similar.get(pair.b) ?? []), { entryId: pair.a, similarity: pair.similarity }]);
    }
    const submitted = live.filter((r) => r.status === 'submitted');
    return {
      items: rows.map((r) => ({
        ...toEntry(r, 'owner'),
        submittedByName: r.submittedByName,
        sha256: r.file?.sha256 ?? null,
        sameFileAs: r.file?.sha256 ? (byHash.get(r.file.sha256) ?? []).filter((id) => id !== r.id) : [],
        similarTitleTo: similar.get(r.id) ?? [],
      })),
      counts: {
        submitted: submitted.length,
        pending: submitted.filter((r) => r.screening === 'pending').length,
        accepted: submitted.filter((r) => r.screening === 'accepted').length,
        rejected: submitted.filter((r) => r.screening === 'rejected').length,
        drafts: live.filter((r) => r.status === 'draft' || r.status === 'processing').length,
      },
    };
  }

  /**
   * Only a complete entry (a processed file or a link) is screened. Screening does not wait for
   * the window to close, so a unit learns of a rejection while it can still answer it.
   */
  async decide(user: SessionUser, entryId: number, decision: ScreeningDecision): Promise<Entry> {
    await this.sql.transaction(async (client) => {
      const [entry] = await this.sql.query<{
        trackId: number;
        status: string;
        screening: string;
        lockedAt: Date | null;
        screeningStage: number | null;
        unitReview: string | null;
        originality: string;
        originalityReason: string | null;
      }>(
        'entry-for-screening',
        `SELECT e.track_id AS "trackId", e.status, e.screening, e.originality, e.unit_review AS "unitReview",
           e.originality_reason AS "originalityReason",
           (SELECT max(s.locked_at) FROM entry_stages s WHERE s.track_id = e.track_id) AS "lockedAt",
           (SELECT s.id FROM entry_stages s WHERE s.track_id = e.track_id AND s.kind = 'screening'
             ORDER BY s.position LIMIT 1) AS "screeningStage"
         FROM entries e WHERE e.id = $1 FOR UPDATE OF e`,
        [entryId],
        client,
      );
      if (!entry) throw notFound('entry_not_found');
      if (entry.status !== 'submitted') throw conflict('screening_not_submitted');
      // Once judging is locked, the field it judged stays as it was.
      if (entry.lockedAt) throw conflict('stage_locked', { lockedAt: entry.lockedAt });
      // Where units pre-screen, the organizer screens only what a unit forwarded.
      if (entry.screeningStage !== null && entry.unitReview !== 'forwarded')
        throw conflict('entry_not_in_screening');
      if (decision.decision === 'accepted' && entry.originality === 'duplicate')
        throw conflict('originality_duplicate', { reason: entry.originalityReason ?? '' });
      await this.sql.query(
        'entry-screen',
        `UPDATE entries SET screening = $2, screening_reason = $3, screened_by = $4, screened_at = now()
         WHERE id = $1`,
        [entryId, decision.decision, decision.decision === 'rejected' ? decision.reason : null, user.id],
        client,
      );
      // Screening feeds the track's first stage: what it accepts is what that stage judges.
      const firstStage = await this.membership.firstJudgedStage(entry.trackId);
      if (decision.decision === 'accepted' && firstStage) {
        // Accepted, it passes from the screening stage (where there is one) to the first judged one.
        if (entry.screeningStage !== null)
          await this.membership.leave(entry.screeningStage, entryId, user.id, MOVE_REASONS.accepted);
        await this.membership.enter(firstStage, entryId, user.id, MOVE_REASONS.accepted);
      } else await this.membership.leaveTrack(entryId, user.id, MOVE_REASONS.rejected(decision.reason ?? ''));
      await this.audit.record(client, {
        actorId: user.id,
        action: `entry.${decision.decision === 'accepted' ? 'accept' : 'reject'}`,
        entityType: 'entry',
        entityId: entryId,
        before: { screening: entry.screening },
        after: decision,
        reason: decision.reason,
      });
    });
    const [row] = await this.sql.query<EntryRow>('entry-by-id', `${ENTRY_SELECT} WHERE e.id = $1`, [entryId]);
    return toEntry(row, 'owner');
  }
}
