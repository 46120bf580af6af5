import { Injectable } from '@nestjs/common';

import {
  awardRulesSchema,
  DEFAULT_AWARD_RULES,
  type AwardRules,
  type Stage,
  type Standing,
  type TrackResults,
  type TrackStanding,
} from '@contest/contracts';
import {
  allocateEntryPrizes,
  combinationRefusal,
  combineStageTotals,
  prizeAmount,
  rankCombined,
  rankUnitsForPrizes,
  trackPlaces,
  round2,
  sidePrizeWinner,
} from '@contest/domain';

import { maySeeTrackResults } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { conflict, forbidden, unprocessable } from '../http/api-error';
import { stageKind } from '../judging/stage-kinds';
import { StageResultsService } from '../judging/stage-results.service';
import { RegisterService } from '../originality/register.service';

interface EntryFacts {
  id: number;
  unitId: number;
  unitName: string;
  authors: string[];
  submittedAt: Date | null;
}

/** One counted stage's standings, read from the frozen copy once that stage is published. */
interface CountedStage {
  stage: Stage;
  standings: Standing[];
}

/**
 * A track's final results: its scored stages' totals (each a judges' average plus public points)
 * combined by the stated rule, ranked with the stated tie-breaks, prizes by counts with amounts
 * (a group's the stated multiple), side prizes for the best individual and group in a stage or a
 * live final's part, and collective prizes for units. Computed each time until published; then
 * frozen, and everything after (the public page, the XLSX, certificates) reads the frozen copy.
 */
@Injectable()
export class TrackResultsService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stageResults: StageResultsService,
    private readonly register: RegisterService,
    private readonly audit: AuditService,
  ) {}

  async results(user: SessionUser | undefined, trackId: number): Promise<TrackResults> {
    const frozen = await this.frozen(trackId);
    if (!maySeeTrackResults(user, frozen !== null)) throw forbidden('track_results_not_published');
    return frozen ?? this.compute(trackId);
  }

  /** The published results, or null before publishing. */
  async frozen(trackId: number, on?: Queryable): Promise<TrackResults | null> {
    const [row] = await this.sql.query<{ results: TrackResults }>(
      'track-result-frozen',
      'SELECT results FROM track_results WHERE track_id = $1',
      [trackId],
      on,
    );
    return row?.results ?? null;
  }

  /** What the results are now: the published copy once there is one, else computed. */
  async current(trackId: number): Promise<TrackResults> {
    return (await this.frozen(trackId)) ?? this.compute(trackId);
  }

  async compute(trackId: number, on?: Queryable): Promise<TrackResults> {
    const track = await this.tracks.track(trackId, on);
    const rules = (await this.rulesOf(trackId, on)) ?? DEFAULT_AWARD_RULES;
    const counted: CountedStage[] = [];
    for (const stage of track.stages.filter((s) => stageKind(s.kind).scored))
      counted.push({
        stage,
        standings: stage.publishedAt
          ? await this.stageResults.frozenStandings(stage.id)
          : (await this.stageResults.standings(stage, on)).standings,
      });
    const entryIds = [...new Set(counted.flatMap((c) => c.standings.map((s) => s.entryId)))];
    const facts = new Map(
      (
        await this.sql.query<EntryFacts>(
          'track-result-entries',
          `SELECT e.id, e.unit_id AS "unitId", un.name AS "unitName", e.authors, e.submitted_at AS "submittedAt"
           FROM entries e JOIN units un ON un.id = e.unit_id WHERE e.id = ANY($1::int[])`,
          [entryIds],
          on,
        )
      ).map((e) => [e.id, e]),
    );
    const group = (entryId: number) => (facts.get(entryId)?.authors.length ?? 0) > 1;
    const totals = counted.map((c) => new Map(c.standings.map((s) => [s.entryId, s.total])));
    const problem = combinationRefusal(rules.combination, counted.length);
    const combination = problem ? null : rules.combination;
    const combined = combination ? combineStageTotals(totals, combination) : new Map<number, number>();
    const ranked = rankCombined(
      [...combined].map(([entryId, total]) => ({
        entryId,
        total,
        stageTotals: totals.map((t) => t.get(entryId) ?? 0),
        submittedAt: facts.get(entryId)?.submittedAt ?? new Date(0),
      })),
      rules.tieBreaks,
    );
    const labels = allocateEntryPrizes(ranked, rules.main);
    const standings: TrackStanding[] = ranked.map((r, i) => {
      const e = facts.get(r.entryId)!;
      const tier = rules.main.find((m) => m.label === labels[i]);
      return {
        rank: r.rank,
        entryId: r.entryId,
        title: counted.at(-1)!.standings.find((s) => s.entryId === r.entryId)!.title,
        unitId: e.unitId,
        unitName: e.unitName,
        authors: e.authors,
        group: group(r.entryId),
        stageTotals: counted.map((c, k) => ({
          stageId: c.stage.id,
          stageName: c.stage.name,
          total: r.stageTotals[k],
        })),
        total: r.total,
        prize: tier
          ? { label: tier.label, amount: prizeAmount(tier.amount, group(r.entryId), rules.groupMultiplier) }
          : null,
      };
    });
    return {
      trackId: track.id,
      trackTitle: track.title,
      contestName: track.contestName,
      rules,
      stages: counted.map((c) => ({ id: c.stage.id, name: c.stage.name })),
      standings,
      sidePrizes: this.sidePrizes(rules, counted, standings, facts),
      units: this.unitPrizes(rules, counted, standings, facts),
      provisional: counted.length === 0 || counted.some((c) => !c.stage.lockedAt),
      problem,
      publishedAt: null,
    };
  }

  /**
   * Each side prize to the best entry of its kind in its stage (or one part of a live final: the
   * judges' average of that part's criteria), a tie going to the better overall place.
   */
  private sidePrizes(
    rules: AwardRules,
    counted: CountedStage[],
    standings: TrackStanding[],
    facts: Map<number, EntryFacts>,
  ): TrackResults['sidePrizes'] {
    return rules.side.map((prize) => {
      const c = counted.find((x) => x.stage.id === prize.stageId);
      const candidates = (c?.standings ?? []).map((s, i) => ({
        entryId: s.entryId,
        points: prize.part === null ? s.total : this.partPoints(c!.stage, s, prize.part),
        group: (facts.get(s.entryId)?.authors.length ?? 0) > 1,
        order: standings.find((t) => t.entryId === s.entryId)?.rank ?? standings.length + i + 1,
      }));
      const winner = sidePrizeWinner(candidates, prize.for);
      const s = c?.standings.find((x) => x.entryId === winner);
      return {
        label: prize.label,
        stageName: c?.stage.name ?? '',
        partName: prize.part === null ? null : (c?.stage.parts[prize.part]?.name ?? null),
        for: prize.for,
        entryId: s?.entryId ?? null,
        title: s?.title ?? null,
        unitName: s?.unitName ?? null,
        authors: s ? (facts.get(s.entryId)?.authors ?? []) : [],
        points: s ? candidates.find((x) => x.entryId === s.entryId)!.points : null,
        amount: prize.amount,
      };
    });
  }

  /** A team's points in one part: the average, over judges who scored the whole part, of its criteria's sum. */
  private partPoints(stage: Stage, standing: Standing, part: number): number {
    const criteria = stage.criteria.filter((c) => c.part === part).map((c) => c.id);
    const sums = standing.sheets.flatMap((sheet) => {
      const points = criteria.map((id) => sheet.scores.find((s) => s.criterionId === id)?.points ?? null);
      return points.every((p) => p !== null) ? [points.reduce((a, p) => a + (p ?? 0), 0)] : [];
    });
    return sums.length ? round2(sums.reduce((a, s) => a + s, 0) / sums.length) : 0;
  }

  /** Units by how many of their entries reached the first scored stage, then their best entry's place. */
  private unitPrizes(
    rules: AwardRules,
    counted: CountedStage[],
    standings: TrackStanding[],
    facts: Map<number, EntryFacts>,
  ): TrackResults['units'] {
    const places = trackPlaces(
      standings.map((s) => s.entryId),
      counted.map((c) => [...c.standings].sort((a, b) => a.rank - b.rank).map((s) => s.entryId)),
    );
    const byUnit = new Map<number, { unitId: number; unitName: string; judged: number; bestPlace: number }>();
    for (const s of counted[0]?.standings ?? []) {
      const e = facts.get(s.entryId)!;
      const u = byUnit.get(e.unitId) ?? {
        unitId: e.unitId,
        unitName: e.unitName,
        judged: 0,
        bestPlace: Infinity,
      };
      u.judged += 1;
      u.bestPlace = Math.min(u.bestPlace, places.get(s.entryId)!);
      byUnit.set(e.unitId, u);
    }
    const ranked = rankUnitsForPrizes([...byUnit.values()]);
    const labels = allocateEntryPrizes(
      ranked.map((u) => ({ total: u.judged })),
      rules.units,
    );
    return ranked.map((u, i) => {
      const tier = rules.units.find((t) => t.label === labels[i]);
      return { ...u, prize: tier ? { label: tier.label, amount: tier.amount } : null };
    });
  }

  private async rulesOf(trackId: number, on?: Queryable): Promise<AwardRules | null> {
    const [row] = await this.sql.query<{ rules: AwardRules | null }>(
      'track-award-rules',
      'SELECT award_rules AS rules FROM entry_tracks WHERE id = $1',
      [trackId],
      on,
    );
    // Parsed back into the schema's key order: jsonb keeps keys in its own order, and the rules
    // are compared as text to tell a change from the same rules sent again.
    return row?.rules ? awardRulesSchema.parse(row.rules) : null;
  }

  /**
   * The rules, checked against the track's stages. How totals combine and how ties break are
   * stated before the event: fixed once the last scored stage has a score. Prizes may change
   * until the results are published.
   */
  async updateRules(user: SessionUser, trackId: number, rules: AwardRules): Promise<TrackResults> {
    await this.sql.transaction(async (client) => {
      await this.tracks.trackRow(trackId, client, true);
      const published = await this.frozen(trackId, client);
      if (published) throw this.alreadyPublished(published);
      const track = await this.tracks.track(trackId, client);
      const scored = track.stages.filter((s) => stageKind(s.kind).scored);
      const refusal = combinationRefusal(rules.combination, scored.length);
      if (refusal) throw unprocessable(refusal, { count: scored.length });
      for (const side of rules.side) {
        const stage = scored.find((s) => s.id === side.stageId);
        if (!stage) throw unprocessable('side_prize_stage_unknown', { label: side.label });
        if (side.part !== null && !stage.parts[side.part])
          throw unprocessable('side_prize_part_unknown', { label: side.label });
      }
      const before = (await this.rulesOf(trackId, client)) ?? DEFAULT_AWARD_RULES;
      const statedChanged =
        JSON.stringify([before.combination, before.tieBreaks]) !==
        JSON.stringify([rules.combination, rules.tieBreaks]);
      if (statedChanged && scored.at(-1)?.judgingStartedAt) throw conflict('award_rules_fixed');
      if (JSON.stringify(before) === JSON.stringify(rules)) return;
      await this.sql.query(
        'track-award-rules-update',
        'UPDATE entry_tracks SET award_rules = $2 WHERE id = $1',
        [trackId, JSON.stringify(rules)],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'awards.rules',
        entityType: 'track',
        entityId: trackId,
        before,
        after: rules,
      });
    });
    return this.compute(trackId);
  }

  /** Freezes the results once every counted stage is locked; the winners join the register. */
  async publish(user: SessionUser, trackId: number): Promise<TrackResults> {
    await this.sql.transaction(async (client) => {
      await this.tracks.trackRow(trackId, client, true);
      const published = await this.frozen(trackId, client);
      if (published) throw this.alreadyPublished(published);
      const track = await this.tracks.track(trackId, client);
      const open = track.stages.find((s) => stageKind(s.kind).scored && !s.lockedAt);
      if (open) throw conflict('track_results_not_final', { stage: open.name });
      const results = await this.compute(trackId, client);
      const at = new Date();
      const frozen = { ...results, provisional: false, publishedAt: at.toISOString() };
      await this.sql.query(
        'track-result-insert',
        'INSERT INTO track_results (track_id, results, published_at, published_by) VALUES ($1, $2, $3, $4)',
        [trackId, JSON.stringify(frozen), at, user.id],
        client,
      );
      await this.register.addWinners(
        results.standings.filter((s) => s.prize).map((s) => s.entryId),
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'awards.publish',
        entityType: 'track',
        entityId: trackId,
        after: {
          winners: results.standings
            .filter((s) => s.prize)
            .map((s) => ({ entryId: s.entryId, rank: s.rank, total: s.total, prize: s.prize })),
          sidePrizes: results.sidePrizes.map((s) => ({ label: s.label, entryId: s.entryId })),
          units: results.units.filter((u) => u.prize).map((u) => ({ unitId: u.unitId, prize: u.prize })),
        },
      });
    });
    return (await this.frozen(trackId))!;
  }

  /** Dates travel as Date so the refusal's Vietnamese words them as the reader's clock reads. */
  private alreadyPublished(published: TrackResults) {
    return conflict('track_results_published', {
      publishedAt: new Date(published.publishedAt ?? Date.now()),
    });
  }
}
