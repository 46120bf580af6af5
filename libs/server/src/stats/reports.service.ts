import { Injectable } from '@nestjs/common';

import { UNIT_LEVELS, type ContestReport, type ReportTotals, type UnitReport } from '@contest/contracts';
import { toFigures } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { notFound } from '../http/api-error';
import { UnitsService } from '../units/units.service';
import { ParticipationDataLoader, type ParticipationData, type ReportUnit } from './participation-data';

/**
 * The organizer's and the unit admin's participation reports. Every figure is a sum over the
 * round × unit roll-ups (see stats/rollups.ts), shown under today's tree: a merged unit's history
 * counts in the unit it was merged into.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly loader: ParticipationDataLoader,
    private readonly units: UnitsService,
  ) {}

  async contestReport(contestId: number, roundId?: number): Promise<ContestReport> {
    const data = await this.loader.load(contestId, true);
    if (roundId !== undefined && !data.rounds.some((r) => r.id === roundId))
      throw notFound('round_not_found');
    const scope = new Set(roundId === undefined ? data.rounds.map((r) => r.id) : [roundId]);
    const units = data.unitFigures(scope);
    return {
      contest: data.contest,
      rounds: data.rounds,
      roundId: roundId ?? null,
      totals: totals(data, data.liveUnits, scope),
      trend: data.rounds.map((r) => ({
        roundId: r.id,
        weekNumber: r.weekNumber,
        ...totals(data, data.liveUnits, new Set([r.id])),
      })),
      byLevel: UNIT_LEVELS.map((level) => ({
        level,
        ...totals(
          data,
          data.liveUnits.filter((u) => u.level === level),
          scope,
        ),
      })).filter((l) => l.units > 0 || l.participants > 0),
      byParent: data.liveUnits
        .filter((p) => data.liveUnits.some((u) => u.parentId === p.id))
        .map((p) => ({
          unitId: p.id,
          code: p.code,
          name: p.name,
          level: p.level,
          ...totals(
            data,
            data.liveUnits.filter((u) => u.id !== p.id && u.path.startsWith(p.path)),
            scope,
          ),
        })),
      units: data.liveUnits.map((u) => units.get(u.id)!),
      unitsWithoutHeadcount: data.liveUnits
        .filter((u) => !data.hasHeadcount(u))
        .map((u) => ({
          unitId: u.id,
          code: u.code,
          name: u.name,
          level: u.level,
          parentName: units.get(u.id)!.parentName,
          headcount: data.ownHeadcount(u),
          participants: data.sums(data.own(u), scope).participants,
        })),
      generatedAt: new Date().toISOString(),
    };
  }

  async unitReport(user: SessionUser, unitId: number, contestId?: number): Promise<UnitReport> {
    const unit = await this.units.getLive(unitId, user);
    const data = await this.loader.load(
      contestId ?? (await this.loader.currentContestId()),
      user.role === 'organizer',
    );
    const all = new Set(data.rounds.map((r) => r.id));
    const whole = data.unitFigures(all);
    const [view] = await this.units.withAncestry([unit]);
    return {
      unit: view,
      contest: data.contest,
      rounds: data.rounds,
      total: whole.get(unitId)!,
      byRound: data.rounds.map((r) => ({
        roundId: r.id,
        weekNumber: r.weekNumber,
        ...data.unitFigures(new Set([r.id])).get(unitId)!,
      })),
      subUnits: data.liveUnits.filter((u) => u.parentId === unitId).map((u) => whole.get(u.id)!),
    };
  }
}

/**
 * Totals of a set of live units, each counted for its own people only (so a level or a parent's
 * children add up without counting anyone twice).
 */
function totals(
  data: ParticipationData,
  liveUnits: readonly ReportUnit[],
  roundIds: ReadonlySet<number>,
): ReportTotals {
  const own = liveUnits.flatMap((u) => data.own(u));
  return {
    ...toFigures(data.sums(own, roundIds), roundIds.size),
    units: liveUnits.filter((u) => data.hasHeadcount(u)).length,
    participatingUnits: liveUnits.filter((u) => data.sums(data.own(u), roundIds).participants > 0).length,
  };
}
