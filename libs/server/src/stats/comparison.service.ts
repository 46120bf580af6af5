import { Injectable } from '@nestjs/common';

import type {
  ComparisonQuery,
  ContestComparison,
  EarlierContest,
  EarlierContestInput,
} from '@contest/contracts';
import { toFigures } from '@contest/domain';

import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { notFound } from '../http/api-error';
import { ParticipationDataLoader, type ParticipationData } from './participation-data';

type Totals = ContestComparison['totals']['current'];
type WeekFigures = NonNullable<ContestComparison['trend'][number]['current']>;

/**
 * A contest beside an earlier one. Both are read under today's tree (ParticipationData maps every
 * merged unit to the unit it became), so a unit's line compares like with like across a merge.
 */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly sql: Sql,
    private readonly loader: ParticipationDataLoader,
    private readonly audit: AuditService,
  ) {}

  async compare(contestId: number, query: ComparisonQuery): Promise<ContestComparison> {
    const current = await this.loader.load(contestId, true);
    if (query.withEarlierId !== undefined) {
      const typed = await this.earlier(query.withEarlierId);
      return {
        contest: current.contest,
        earlier: { kind: 'typed', id: typed.id, name: typed.name, year: typed.year },
        totals: {
          current: totals(current),
          earlier: {
            participatingUnits: typed.units,
            participants: typed.participants,
            attempts: typed.attempts,
            weeks: typed.weeks,
          },
        },
        trend: weeks(current, null),
        units: [],
      };
    }
    const earlier = await this.loader.load(query.withContestId!, true);
    const all = (d: ParticipationData) => new Set(d.rounds.map((r) => r.id));
    const figures = (d: ParticipationData, unitId: number) => {
      const unit = d.liveUnit(unitId)!;
      const f = toFigures(d.sums(d.subtree(unit), all(d)), d.rounds.length);
      return { participants: f.participants, attempts: f.attempts, participationRate: f.participationRate };
    };
    return {
      contest: current.contest,
      earlier: { kind: 'contest', ...earlier.contest },
      totals: { current: totals(current), earlier: totals(earlier) },
      trend: weeks(current, earlier),
      units: current.liveUnits.map((u) => ({
        unitId: u.id,
        code: u.code,
        name: u.name,
        level: u.level,
        current: figures(current, u.id),
        earlier: figures(earlier, u.id),
      })),
    };
  }

  async list(): Promise<{ items: EarlierContest[] }> {
    const rows = await this.sql.query<EarlierContest & { createdAt: Date }>(
      'earlier-contests',
      `SELECT id, name, year, units, participants, attempts, weeks, created_at AS "createdAt"
         FROM earlier_contests ORDER BY year DESC, id DESC`,
    );
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
  }

  async create(actorId: number, input: EarlierContestInput): Promise<EarlierContest> {
    const id = await this.sql.transaction(async (tx) => {
      const [{ id }] = await this.sql.query<{ id: number }>(
        'earlier-contest-create',
        `INSERT INTO earlier_contests (name, year, units, participants, attempts, weeks) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.name, input.year, input.units, input.participants, input.attempts, input.weeks],
        tx,
      );
      await this.audit.record(tx, {
        actorId,
        action: 'earlier.create',
        entityType: 'contest',
        entityId: null,
        after: input,
      });
      return id;
    });
    return this.earlier(id);
  }

  async remove(actorId: number, id: number): Promise<void> {
    await this.sql.transaction(async (tx) => {
      const removed = await this.sql.query<EarlierContestInput>(
        'earlier-contest-delete',
        'DELETE FROM earlier_contests WHERE id = $1 RETURNING name, year, units, participants, attempts, weeks',
        [id],
        tx,
      );
      if (!removed[0]) throw notFound('earlier_contest_not_found');
      await this.audit.record(tx, {
        actorId,
        action: 'earlier.delete',
        entityType: 'contest',
        entityId: null,
        before: removed[0],
      });
    });
  }

  private async earlier(id: number): Promise<EarlierContest> {
    const found = (await this.list()).items.find((e) => e.id === id);
    if (!found) throw notFound('earlier_contest_not_found');
    return found;
  }
}

function totals(d: ParticipationData): Totals {
  const roundIds = new Set(d.rounds.map((r) => r.id));
  const sums = d.sums(d.units, roundIds);
  return {
    participatingUnits: d.liveUnits.filter((u) => d.sums(d.own(u), roundIds).participants > 0).length,
    participants: sums.participants,
    attempts: sums.attempts,
    weeks: d.rounds.length,
  };
}

/** Week by week side by side, matched by week number. */
function weeks(current: ParticipationData, earlier: ParticipationData | null): ContestComparison['trend'] {
  const ofWeek = (d: ParticipationData | null, week: number): WeekFigures | null => {
    const round = d?.rounds.find((r) => r.weekNumber === week);
    if (!d || !round) return null;
    const ids = new Set([round.id]);
    const f = toFigures(d.sums(d.units, ids), 1);
    return {
      participants: f.participants,
      attempts: f.attempts,
      participationRate: f.participationRate,
      participatingUnits: d.liveUnits.filter((u) => d.sums(d.own(u), ids).participants > 0).length,
    };
  };
  const numbers = [...new Set([...current.rounds, ...(earlier?.rounds ?? [])].map((r) => r.weekNumber))].sort(
    (a, b) => a - b,
  );
  return numbers.map((weekNumber) => ({
    weekNumber,
    current: ofWeek(current, weekNumber),
    earlier: ofWeek(earlier, weekNumber),
  }));
}
