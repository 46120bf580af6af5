import { Injectable } from '@nestjs/common';

import type { ReportRound, UnitFigures, UnitLevel } from '@contest/contracts';
import { addSums, competitionRanks, emptySums, toFigures, type FigureSums } from '@contest/domain';

import { Sql } from '../database/sql';
import { notFound } from '../http/api-error';
import { ReviewClock } from '../rounds/review-clock';
import { WEEKLY_ROUND } from '../rounds/weekly-round';

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  path: string;
  /** The live unit this one counts under: itself, or the end of its merges. */
  liveId: number;
  live: boolean;
}

interface StatRow {
  roundId: number;
  unitId: number;
  participants: number;
  attempts: number;
  scoreSum: number;
  fullMarks: number;
}

/**
 * Everything a participation report of one contest is computed from, read in five small queries
 * whatever the number of attempts: the rounds, the units (merged ones too), the contest's
 * headcounts and the round × unit roll-ups. The figures are then sums over these rows.
 */
export class ParticipationData {
  private readonly headcount = new Map<number, number>();
  private readonly stats = new Map<number, StatRow[]>();
  /** Live units, and for each the units whose own figures count as its own (itself, merged ones). */
  readonly liveUnits: ReportUnit[];
  private readonly ownUnits = new Map<number, ReportUnit[]>();

  constructor(
    readonly contest: { id: number; name: string; year: number },
    readonly rounds: ReportRound[],
    readonly units: ReportUnit[],
    headcounts: { unitId: number; headcount: number }[],
    stats: StatRow[],
    /** Rounds whose scores are left out of averages for this reader. */
    private readonly hiddenScores: ReadonlySet<number>,
  ) {
    for (const h of headcounts) this.headcount.set(h.unitId, h.headcount);
    for (const s of stats) this.stats.set(s.unitId, [...(this.stats.get(s.unitId) ?? []), s]);
    this.liveUnits = units.filter((u) => u.live);
    for (const u of units) this.ownUnits.set(u.liveId, [...(this.ownUnits.get(u.liveId) ?? []), u]);
  }

  liveUnit(id: number): ReportUnit | undefined {
    return this.liveUnits.find((u) => u.id === id);
  }

  /** The sums of these units' own people (and headcounts) over the given rounds. */
  sums(units: readonly ReportUnit[], roundIds: ReadonlySet<number>): FigureSums {
    const sums = emptySums();
    for (const u of units) {
      sums.headcount += this.headcount.get(u.id) ?? 0;
      for (const s of this.stats.get(u.id) ?? []) {
        if (!roundIds.has(s.roundId)) continue;
        const scored = !this.hiddenScores.has(s.roundId);
        addSums(sums, {
          participants: s.participants,
          attempts: s.attempts,
          scoredParticipants: scored ? s.participants : 0,
          scoreSum: scored ? s.scoreSum : 0,
          fullMarks: scored ? s.fullMarks : 0,
        });
      }
    }
    return sums;
  }

  /**
   * Mean of score ÷ question count over the counted attempts of these units in the given rounds:
   * the 0–1 scale on which rounds of different lengths can be averaged together.
   */
  averageShare(units: readonly ReportUnit[], roundIds: ReadonlySet<number>): number | null {
    const questions = new Map(this.rounds.map((r) => [r.id, r.questionCount]));
    let share = 0;
    let participants = 0;
    for (const u of units)
      for (const s of this.stats.get(u.id) ?? []) {
        if (!roundIds.has(s.roundId) || this.hiddenScores.has(s.roundId)) continue;
        share += s.scoreSum / Math.max(1, questions.get(s.roundId) ?? 1);
        participants += s.participants;
      }
    return participants > 0 ? share / participants : null;
  }

  /** A live unit's own units: itself and every unit merged into it. */
  own(unit: ReportUnit): ReportUnit[] {
    return this.ownUnits.get(unit.id) ?? [unit];
  }

  /** Every unit (merged ones too) in a live unit's subtree of today's tree. */
  subtree(unit: ReportUnit): ReportUnit[] {
    return this.units.filter((u) => u.path.startsWith(unit.path));
  }

  /**
   * Each live unit's figures over its whole subtree for the given rounds, ranked against the
   * units of its level by participation rate and by average score.
   */
  unitFigures(roundIds: ReadonlySet<number>): Map<number, UnitFigures> {
    const rows = this.liveUnits.map((u) => {
      const subtree = this.subtree(u);
      const figures = toFigures(this.sums(subtree, roundIds), roundIds.size);
      const roundsWithParticipants = [...roundIds].filter(
        (r) => this.sums(subtree, new Set([r])).participants > 0,
      ).length;
      return { unit: u, figures, roundsWithParticipants };
    });
    const byLevel = new Map<UnitLevel, typeof rows>();
    for (const row of rows) byLevel.set(row.unit.level, [...(byLevel.get(row.unit.level) ?? []), row]);
    const result = new Map<number, UnitFigures>();
    for (const peers of byLevel.values()) {
      const byRate = competitionRanks(peers, (r) => r.figures.participationRate);
      const byScore = competitionRanks(peers, (r) => r.figures.averageScore);
      for (const row of peers) {
        const parent = row.unit.parentId === null ? undefined : this.liveUnit(row.unit.parentId);
        result.set(row.unit.id, {
          unitId: row.unit.id,
          code: row.unit.code,
          name: row.unit.name,
          level: row.unit.level,
          parentId: row.unit.parentId,
          parentName: parent?.name ?? null,
          ...row.figures,
          roundsWithParticipants: row.roundsWithParticipants,
          rankByRate: byRate.get(row) ?? null,
          rankByScore: byScore.get(row) ?? null,
          rankedOfLevel: byRate.size,
        });
      }
    }
    return result;
  }

  hasHeadcount(unit: ReportUnit): boolean {
    return this.own(unit).some((u) => (this.headcount.get(u.id) ?? 0) > 0);
  }

  /** A live unit's own headcount (merged units' included); null when the contest set none. */
  ownHeadcount(unit: ReportUnit): number | null {
    const set = this.own(unit).filter((u) => this.headcount.has(u.id));
    return set.length ? set.reduce((sum, u) => sum + (this.headcount.get(u.id) ?? 0), 0) : null;
  }
}

@Injectable()
export class ParticipationDataLoader {
  constructor(
    private readonly sql: Sql,
    private readonly reviewClock: ReviewClock,
  ) {}

  /**
   * `showAllScores`: organizers see averages of rounds that still hide scores from participants;
   * everyone else gets them only once the round shows scores.
   */
  async load(contestId: number, showAllScores: boolean): Promise<ParticipationData> {
    const [contest] = await this.sql.query<{ id: number; name: string; year: number }>(
      'report-contest',
      'SELECT id, name, year FROM contests WHERE id = $1',
      [contestId],
    );
    if (!contest) throw notFound('contest_not_found');
    const [rounds, units, headcounts, stats] = await Promise.all([
      this.sql.query<
        Omit<ReportRound, 'scoresVisible' | 'opensAt' | 'closesAt'> & {
          opensAt: Date;
          closesAt: Date;
          scoreVisibility: string;
        }
      >(
        'report-rounds',
        `SELECT r.id, r.week_number AS "weekNumber", r.name, r.opens_at AS "opensAt", r.closes_at AS "closesAt",
                r.question_count AS "questionCount", r.score_visibility AS "scoreVisibility"
           FROM rounds r WHERE r.contest_id = $1 AND ${WEEKLY_ROUND} AND r.opens_at <= now() ORDER BY r.week_number, r.id`,
        [contestId],
      ),
      this.sql.query<ReportUnit>(
        'report-units',
        `SELECT id, code, name, level, parent_id AS "parentId", path, coalesce(successor_id, id) AS "liveId",
                merged_into_id IS NULL AS live
           FROM units ORDER BY path`,
      ),
      this.sql.query<{ unitId: number; headcount: number }>(
        'report-headcounts',
        'SELECT unit_id AS "unitId", headcount FROM unit_headcounts WHERE contest_id = $1',
        [contestId],
      ),
      this.sql.query<StatRow & { scoreSum: string }>(
        'report-stats',
        `SELECT s.round_id AS "roundId", s.unit_id AS "unitId", s.participants, s.attempts, s.score_sum AS "scoreSum",
                s.full_marks AS "fullMarks"
           FROM unit_round_stats s JOIN rounds r ON r.id = s.round_id
          WHERE r.contest_id = $1 AND ${WEEKLY_ROUND} AND r.opens_at <= now()`,
        [contestId],
      ),
    ]);
    const review = await this.reviewClock.of(rounds.map((r) => r.id));
    const reportRounds: ReportRound[] = rounds.map(({ scoreVisibility, opensAt, closesAt, ...r }) => ({
      ...r,
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      scoresVisible: scoreVisibility === 'after_grading' || Boolean(review.get(r.id)?.open),
    }));
    const hidden = new Set(
      showAllScores ? [] : reportRounds.filter((r) => !r.scoresVisible).map((r) => r.id),
    );
    return new ParticipationData(
      contest,
      reportRounds,
      units,
      headcounts,
      stats.map((s) => ({ ...s, scoreSum: Number(s.scoreSum) })),
      hidden,
    );
  }

  /** The contest of the latest weekly round that has opened, else the newest contest. */
  async currentContestId(): Promise<number> {
    const [row] = await this.sql.query<{ id: number | null }>(
      'report-current-contest',
      `SELECT coalesce(
         (SELECT r.contest_id FROM rounds r WHERE ${WEEKLY_ROUND} AND r.opens_at <= now() ORDER BY r.opens_at DESC LIMIT 1),
         (SELECT max(id) FROM contests)) AS id`,
    );
    if (!row?.id) throw notFound('contest_not_found');
    return row.id;
  }
}
