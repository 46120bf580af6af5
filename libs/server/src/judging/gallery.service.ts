import { Injectable } from '@nestjs/common';

import type { Gallery, VoteResult } from '@contest/contracts';

import { voteRefusal } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { RateLimitService } from '../accounts/rate-limit.service';
import { LOCKS } from '../database/advisory-locks';
import { Sql } from '../database/sql';
import { galleryOpen } from '../entries/entry-media.service';
import { ENTRY_SELECT, toEntry, type EntryRow } from '../entries/entry-view';
import { TracksService } from '../entries/tracks.service';
import { conflict, forbidden, notFound } from '../http/api-error';
import { inStage, StageMembership } from './stage-membership';
import { StageResultsService } from './stage-results.service';
import { stageKind } from './stage-kinds';
import { type StageRow, StagesService } from './stages.service';

const votingOpen = (
  s: Pick<StageRow, 'votePoints' | 'votesOpenAt' | 'votesCloseAt' | 'lockedAt'>,
  now = new Date(),
) =>
  s.votePoints > 0 &&
  !s.lockedAt &&
  s.votesOpenAt !== null &&
  s.votesCloseAt !== null &&
  s.votesOpenAt <= now &&
  now < s.votesCloseAt;

/** The public face of a track: accepted entries, one vote per account per entry, and the published ranking. */
@Injectable()
export class GalleryService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly stageResults: StageResultsService,
    private readonly rateLimits: RateLimitService,
    private readonly membership: StageMembership,
  ) {}

  async gallery(user: SessionUser | undefined, trackId: number): Promise<Gallery> {
    const row = await this.tracks.trackRow(trackId);
    const [track] = await this.tracks.withStages([row]);
    const voting = await this.stages.votingStage(trackId);
    const open = galleryOpen({ ...row, votesOpenAt: voting?.votesOpenAt ?? null });
    // The gallery shows what the voting stage holds, or without votes the first judged stage's
    // field: never what still waits with a unit or in screening.
    const shown = voting?.id ?? track.stages.find((s) => stageKind(s.kind).scored)?.id;
    const rows =
      open && shown
        ? await this.sql.query<EntryRow & { votes: number; mine: boolean }>(
            'gallery-entries',
            `SELECT q.*,
               (SELECT m.votes FROM stage_entries m WHERE m.stage_id = $1 AND m.entry_id = q.id) AS votes,
               EXISTS (SELECT 1 FROM entry_votes v WHERE v.stage_id = $1 AND v.entry_id = q.id AND v.user_id = $2) AS mine
             FROM (${ENTRY_SELECT} WHERE e.track_id = $3 AND e.status = 'submitted' AND ${inStage('$1', 'e.id')}) q
             ORDER BY q.id`,
            [shown, user?.id ?? 0, trackId],
          )
        : [];
    const published = [...track.stages].reverse().find((s) => s.publishedAt);
    let results: Gallery['results'] = null;
    if (published) {
      const frozen = await this.stageResults.frozenStandings(published.id);
      results = frozen.map(({ sheets: _sheets, ...s }) => s);
    }
    return {
      track,
      votingOpen: voting !== null && votingOpen(voting),
      entries: rows.map((r) => {
        const entry = toEntry(r);
        return {
          id: entry.id,
          title: entry.title,
          description: entry.description,
          topic: entry.topic,
          authors: entry.authors,
          unitName: entry.unitName,
          linkUrl: entry.linkUrl,
          videoUrl: entry.videoUrl,
          thumbnailUrl: entry.thumbnailUrl,
          durationSeconds: entry.file?.durationSeconds ?? null,
          votes: r.votes,
          votedByMe: r.mine,
        };
      }),
      results,
    };
  }

  /**
   * One vote per registered account per entry in the voting stage: the primary key refuses a
   * second, and the stage's count for the entry moves in the same transaction, so the gallery's
   * number is always the rows' number. Who may
   * vote and how often is the stage's vote policy (`voteRefusal`), and the address is kept for
   * the organizers' anomaly checks.
   */
  async vote(user: SessionUser, entryId: number, ip: string): Promise<VoteResult> {
    const [entry] = await this.sql.query<{ trackId: number; submitted: boolean; unitPath: string }>(
      'entry-for-vote',
      `SELECT e.track_id AS "trackId", e.status = 'submitted' AS submitted, un.path AS "unitPath"
       FROM entries e JOIN units un ON un.id = e.unit_id WHERE e.id = $1`,
      [entryId],
    );
    if (!entry || !entry.submitted) throw notFound('entry_not_found');
    // One read of the voting stage: the vote needs neither the track nor its other stages.
    const stage = await this.stages.votingStage(entry.trackId);
    if (!stage) throw conflict('votes_not_enabled');
    if (!(await this.membership.holds(stage.id, entryId))) throw notFound('entry_not_found');
    if (!votingOpen(stage)) throw conflict('votes_closed');
    const [voter] = await this.sql.query<{ rostered: boolean }>(
      'voter-rostered',
      'SELECT EXISTS (SELECT 1 FROM roster_entries WHERE user_id = $1) AS rostered',
      [user.id],
    );
    const refusal = voteRefusal({ ...user, rostered: voter.rostered }, stage, entry.unitPath);
    if (refusal) throw forbidden(refusal);
    // Counted before the transaction: an address over its hourly limit never holds a connection.
    await this.rateLimits.consume([
      { key: `vote:ip:${stage.id}:${ip}`, max: stage.votesPerIpPerHour, windowSeconds: 3600 },
    ]);
    return this.sql.transaction(async (client) => {
      // The stage row is shared-locked so a lock cannot slip in between this check and the vote.
      const [current] = await this.sql.query<{ lockedAt: Date | null }>(
        'stage-lock-for-vote',
        'SELECT locked_at AS "lockedAt" FROM entry_stages WHERE id = $1 FOR SHARE',
        [stage.id],
        client,
      );
      if (!votingOpen({ ...stage, lockedAt: current.lockedAt })) throw conflict('votes_closed');
      if (stage.votesPerAccount !== null) {
        // One account's votes in a stage are counted one at a time, so parallel votes cannot pass
        // the cap together; the count runs after the lock, so it sees the votes committed before it.
        await this.sql.query(
          'vote-account-lock',
          'SELECT pg_advisory_xact_lock($1, $2)',
          [LOCKS.voter, user.id],
          client,
        );
        const [{ cast }] = await this.sql.query<{ cast: number }>(
          'votes-of-account-in-track',
          `SELECT count(*)::int AS cast FROM entry_votes WHERE user_id = $1 AND stage_id = $2 AND voided_at IS NULL`,
          [user.id, stage.id],
          client,
        );
        if (cast >= stage.votesPerAccount)
          throw conflict('vote_limit_reached', { max: stage.votesPerAccount });
      }
      const inserted = await this.sql.query(
        'vote-insert',
        `INSERT INTO entry_votes (stage_id, entry_id, user_id, ip) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING entry_id`,
        [stage.id, entryId, user.id, ip],
        client,
      );
      if (inserted.length === 0) throw conflict('vote_already_cast');
      const [row] = await this.sql.query<{ votes: number }>(
        'stage-entry-vote-count',
        `UPDATE stage_entries SET votes = votes + 1 WHERE stage_id = $1 AND entry_id = $2 RETURNING votes`,
        [stage.id, entryId],
        client,
      );
      return { entryId, votes: row.votes };
    });
  }
}
