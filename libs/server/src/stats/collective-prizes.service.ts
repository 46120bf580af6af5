import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';

import {
  UNIT_SHEET,
  type CollectivePrizes,
  type CollectiveRule,
  type CollectiveStanding,
} from '@contest/contracts';
import { collectiveStandings } from '@contest/domain';

import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { ReviewClock } from '../rounds/review-clock';
import { WEEKLY_ROUND } from '../rounds/weekly-round';
import { sheetRow } from '../spreadsheets/sheet-text';
import { ParticipationDataLoader } from './participation-data';

interface ContestState {
  rule: CollectiveRule | null;
  /** Every weekly round, opened or not. */
  roundIds: number[];
  lastClose: Date | null;
}

/**
 * Collective (unit) prizes: the organizer's formula over each unit's participation for the whole
 * contest, previewed live from the roll-ups, finalised once every weekly round is closed and
 * graded, and finalised again only with a reason. Both go into the audit log, like rounds.
 */
@Injectable()
export class CollectivePrizesService {
  constructor(
    private readonly sql: Sql,
    private readonly loader: ParticipationDataLoader,
    private readonly reviewClock: ReviewClock,
    private readonly audit: AuditService,
  ) {}

  async get(contestId: number): Promise<CollectivePrizes> {
    const state = await this.state(contestId);
    const [finalised] = await this.sql.query<{
      at: Date;
      byName: string;
      reason: string | null;
      standings: CollectiveStanding[];
    }>(
      'collective-result',
      `SELECT r.finalised_at AS at, u.full_name AS "byName", r.reason, r.standings
         FROM collective_results r JOIN users u ON u.id = r.finalised_by WHERE r.contest_id = $1`,
      [contestId],
    );
    return {
      contestId,
      rule: state.rule,
      ruleLocked: this.ruleLocked(state),
      rounds: state.roundIds.length,
      contestOver: await this.contestOver(state),
      preview: state.rule ? await this.standings(contestId, state.rule) : null,
      finalised: finalised ? { ...finalised, at: finalised.at.toISOString() } : null,
    };
  }

  async setRule(actorId: number, contestId: number, rule: CollectiveRule): Promise<CollectivePrizes> {
    await this.sql.transaction(async (tx) => {
      const state = await this.state(contestId, tx, true);
      if (this.ruleLocked(state))
        throw conflict('collective_rule_locked', { closedAt: state.lastClose!.toISOString() });
      await this.sql.query(
        'collective-rule-set',
        'UPDATE contests SET collective_rule = $2 WHERE id = $1',
        [contestId, JSON.stringify(rule)],
        tx,
      );
      await this.audit.record(tx, {
        actorId,
        action: 'collective.rule',
        entityType: 'contest',
        entityId: contestId,
        before: state.rule ?? undefined,
        after: rule,
      });
    });
    return this.get(contestId);
  }

  async finalise(actorId: number, contestId: number, reason: string | undefined): Promise<CollectivePrizes> {
    await this.sql.transaction(async (tx) => {
      const state = await this.state(contestId, tx, true);
      if (!state.rule) throw unprocessable('collective_needs_rule');
      if (!(await this.contestOver(state, tx))) throw conflict('collective_contest_not_over');
      const [ungraded] = await this.sql.query<{ open: number; waiting: number }>(
        'collective-ungraded',
        `SELECT count(*) FILTER (WHERE a.status = 'in_progress')::int AS open,
                count(*) FILTER (WHERE a.status = 'submitted')::int AS waiting
           FROM attempts a JOIN rounds r ON r.id = a.round_id
          WHERE r.contest_id = $1 AND ${WEEKLY_ROUND} AND a.status <> 'graded'`,
        [contestId],
        tx,
      );
      if (ungraded.open + ungraded.waiting > 0)
        throw conflict('finalise_ungraded', {
          total: ungraded.open + ungraded.waiting,
          open: ungraded.open,
          waiting: ungraded.waiting,
        });
      const [before] = await this.sql.query<{ standings: CollectiveStanding[] }>(
        'collective-result-before',
        'SELECT standings FROM collective_results WHERE contest_id = $1',
        [contestId],
        tx,
      );
      if (before && (reason ?? '').length < 5) throw unprocessable('collective_refinalise_needs_reason');
      const standings = await this.standings(contestId, state.rule);
      await this.sql.query(
        'collective-result-write',
        `INSERT INTO collective_results (contest_id, rule, standings, finalised_at, finalised_by, reason)
         VALUES ($1, $2, $3, now(), $4, $5)
         ON CONFLICT (contest_id) DO UPDATE SET rule = excluded.rule, standings = excluded.standings,
            finalised_at = excluded.finalised_at, finalised_by = excluded.finalised_by, reason = excluded.reason`,
        [contestId, JSON.stringify(state.rule), JSON.stringify(standings), actorId, before ? reason : null],
        tx,
      );
      const winners = (s: CollectiveStanding[]) =>
        s
          .filter((u) => u.prize)
          .map((u) => ({ code: u.code, rank: u.rank, prize: u.prize!.name, total: u.total }));
      await this.audit.record(tx, {
        actorId,
        action: before ? 'collective.refinalise' : 'collective.finalise',
        entityType: 'contest',
        entityId: contestId,
        reason: before ? reason : null,
        before: before ? winners(before.standings) : undefined,
        after: winners(standings),
      });
    });
    return this.get(contestId);
  }

  async workbook(contestId: number): Promise<{ book: ExcelJS.Workbook; name: string }> {
    const prizes = await this.get(contestId);
    const standings = prizes.finalised?.standings ?? prizes.preview ?? [];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Giải tập thể', { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow(
      sheetRow([prizes.finalised ? `Đã chốt lúc ${prizes.finalised.at}` : 'Xem trước (chưa chốt)']),
    ).font = { bold: true };
    const w = prizes.rule?.weights;
    sheet.addRow(
      sheetRow([
        'Hạng',
        'Mã đơn vị',
        'Tên đơn vị',
        'Cấp',
        'Số CBCCVC',
        'Người tham gia (lượt người)',
        'Tỷ lệ tham gia',
        'Điểm trung bình',
        'Tỷ lệ điểm',
        'Số tuần có người tham gia',
        'Số tuần',
        `Điểm tỷ lệ (tối đa ${w?.participationRate ?? ''})`,
        `Điểm chất lượng (tối đa ${w?.averageScore ?? ''})`,
        `Điểm số tuần (tối đa ${w?.roundsWithParticipants ?? ''})`,
        'Tổng điểm',
        'Giải',
        'Tiền thưởng (đồng)',
        'Không xét vì',
      ]),
    ).font = { bold: true };
    for (const s of standings)
      sheet.addRow(
        sheetRow([
          s.rank ?? '',
          s.code,
          s.name,
          UNIT_SHEET.levelWords[s.level],
          s.headcount,
          s.participants,
          s.participationRate ?? '',
          s.averageScore ?? '',
          s.averageShare ?? '',
          s.roundsWithParticipants,
          s.rounds,
          s.points.participationRate,
          s.points.averageScore,
          s.points.roundsWithParticipants,
          s.total,
          s.prize?.name ?? '',
          s.prize?.amount ?? '',
          s.ineligible === 'headcount'
            ? 'số CBCCVC dưới mức tối thiểu'
            : s.ineligible === 'level'
              ? 'cấp không dự xét'
              : '',
        ]),
      );
    for (const [col, fmt] of [
      [7, '0.0%'],
      [8, '0.00'],
      [9, '0.0%'],
    ] as const)
      sheet.getColumn(col).numFmt = fmt;
    sheet.getColumn(3).width = 40;
    return { book, name: `giai-tap-the-cuoc-thi-${contestId}` };
  }

  /** Today's standings by a rule, from each live unit's figures over every weekly round so far. */
  private async standings(contestId: number, rule: CollectiveRule): Promise<CollectiveStanding[]> {
    const data = await this.loader.load(contestId, true);
    const all = new Set(data.rounds.map((r) => r.id));
    const figures = data.unitFigures(all);
    return collectiveStandings(
      data.liveUnits.map((u) => {
        const f = figures.get(u.id)!;
        return {
          unitId: u.id,
          code: u.code,
          name: u.name,
          level: u.level,
          headcount: f.headcount,
          participants: f.participants,
          participationRate: f.participationRate,
          averageScore: f.averageScore,
          averageShare: data.averageShare(data.subtree(u), all),
          roundsWithParticipants: f.roundsWithParticipants,
          rounds: all.size,
        };
      }),
      rule,
    );
  }

  private ruleLocked(state: ContestState): boolean {
    return state.lastClose !== null && state.lastClose.getTime() <= Date.now();
  }

  /** Over when it has weekly rounds and nobody can still answer any of them (extensions included). */
  private async contestOver(state: ContestState, on?: PoolClient): Promise<boolean> {
    if (state.roundIds.length === 0) return false;
    const review = await this.reviewClock.of(state.roundIds, on);
    return state.roundIds.every((id) => review.get(id)?.open);
  }

  private async state(contestId: number, on?: PoolClient, lock = false): Promise<ContestState> {
    const [row] = await this.sql.query<{
      rule: CollectiveRule | null;
      roundIds: number[];
      lastClose: Date | null;
    }>(
      lock ? 'collective-state-lock' : 'collective-state',
      `SELECT c.collective_rule AS rule,
              coalesce((SELECT array_agg(r.id ORDER BY r.id) FROM rounds r WHERE r.contest_id = c.id AND ${WEEKLY_ROUND}), '{}') AS "roundIds",
              (SELECT max(r.closes_at) FROM rounds r WHERE r.contest_id = c.id AND ${WEEKLY_ROUND}) AS "lastClose"
         FROM contests c WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`,
      [contestId],
      on,
    );
    if (!row) throw notFound('contest_not_found');
    return row;
  }
}
