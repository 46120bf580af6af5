import { Injectable } from '@nestjs/common';

import type { UnitsBoard, UnitsBoardRow } from '@contest/contracts';
import { competitionRanks } from '@contest/domain';

import { ParticipationDataLoader, type ParticipationData } from './participation-data';

/**
 * The public leaderboard of units: every live unit with a headcount, over its subtree, ranked by
 * participation rate for this week's round and for the contest. Scores only where the round
 * shows them to everyone.
 */
@Injectable()
export class UnitsBoardService {
  constructor(private readonly loader: ParticipationDataLoader) {}

  async board(contestId?: number): Promise<UnitsBoard> {
    const data = await this.loader.load(contestId ?? (await this.loader.currentContestId()), false);
    const round = data.rounds.at(-1);
    return {
      contest: data.contest,
      round: round
        ? {
            id: round.id,
            weekNumber: round.weekNumber,
            name: round.name,
            closesAt: round.closesAt,
            open: new Date(round.closesAt).getTime() > Date.now(),
          }
        : null,
      at: new Date().toISOString(),
      current: round ? rows(data, new Set([round.id])) : [],
      overall: rows(data, new Set(data.rounds.map((r) => r.id))),
    };
  }
}

function rows(data: ParticipationData, roundIds: ReadonlySet<number>): UnitsBoardRow[] {
  const figures = data.unitFigures(roundIds);
  const listed = data.liveUnits.filter((u) => data.hasHeadcount(u)).map((u) => figures.get(u.id)!);
  const ranks = competitionRanks(listed, (f) => f.participationRate);
  return listed
    .map((f) => ({
      rank: ranks.get(f) ?? null,
      unitId: f.unitId,
      code: f.code,
      name: f.name,
      level: f.level,
      parentName: f.parentName,
      headcount: f.headcount,
      participants: f.participants,
      participationRate: f.participationRate,
      averageScore: f.averageScore,
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
}
