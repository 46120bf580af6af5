import { Injectable, Logger } from '@nestjs/common';

import type {
  JudgeLive,
  LiveBoard,
  LiveControl,
  LiveCurrent,
  LiveReveal,
  LiveScoring,
  LiveSpot,
  LiveStanding,
  LiveTimerAction,
  Stage,
} from '@contest/contracts';
import { liveTimerAction, liveTimerView, round2, type LiveTimerState } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { conflict, unprocessable } from '../http/api-error';
import { inStage } from '../judging/stage-membership';
import { StageResultsService } from '../judging/stage-results.service';
import { StagesService } from '../judging/stages.service';
import { TrackResultsService } from '../awards/track-results.service';
import { LivePublisher } from './live-publisher';

interface LiveRow {
  runningOrder: number[];
  currentEntryId: number | null;
  currentPart: number | null;
  timerSeconds: number;
  timerStartedAt: Date | null;
  timerElapsedMs: number;
  revealed: number[];
  version: number;
}

interface Team {
  entryId: number;
  title: string;
  unitName: string;
}

interface Names {
  trackTitle: string;
  contestName: string;
}

interface WindowRow {
  entryId: number;
  part: number;
  open: boolean;
}

/** Which criteria each panel judge has scored for each team. */
interface SheetRow {
  entryId: number;
  judgeId: number;
  judgeName: string;
  criterionIds: number[];
}

const LIVE_COLUMNS = `running_order AS "runningOrder", current_entry_id AS "currentEntryId",
  current_part AS "currentPart", timer_seconds AS "timerSeconds", timer_started_at AS "timerStartedAt",
  timer_elapsed_ms AS "timerElapsedMs", revealed, version`;

const timerOf = (row: LiveRow): LiveTimerState => ({
  seconds: row.timerSeconds,
  startedAt: row.timerStartedAt,
  elapsedMs: row.timerElapsedMs,
});

/**
 * Runs a live final: the control screen's actions (running order, who is on stage, the timer,
 * scoring windows, reveals), each in one transaction holding the final's row, audited, and pushed
 * to the hall after it commits; and the boards the hall, the judges and the organizer read.
 */
@Injectable()
export class LiveFinalService {
  private readonly logger = new Logger(LiveFinalService.name);

  constructor(
    private readonly sql: Sql,
    private readonly stages: StagesService,
    private readonly tracks: TracksService,
    private readonly results: StageResultsService,
    private readonly awards: TrackResultsService,
    private readonly audit: AuditService,
    private readonly publisher: LivePublisher,
  ) {}

  // ---- What each screen reads ----

  /** The hall's view: nothing the organizer has not revealed. */
  async board(stageId: number, on?: Queryable): Promise<LiveBoard> {
    const stage = await this.liveStage(stageId, on);
    const row = await this.liveRow(stageId, false, on);
    const teams = await this.teams(stage.id, row, on);
    const windows = await this.windows(stage.id, on);
    const standings =
      row.revealed.length === 0
        ? []
        : this.shown(await this.ranked(stage, on), await this.sheets(stage.id, on), stage, row.revealed);
    return this.toBoard(await this.names(stage, on), stage, row, teams, windows, standings);
  }

  async control(stageId: number): Promise<LiveControl> {
    const stage = await this.liveStage(stageId);
    const row = await this.liveRow(stageId, false);
    const teams = await this.teams(stage.id, row);
    const windows = await this.windows(stage.id);
    const sheets = await this.sheets(stage.id);
    const ranked = await this.ranked(stage);
    const revealed = new Set(row.revealed);
    const shown = this.shown(ranked, sheets, stage, row.revealed);
    const judges = [...new Map(sheets.map((s) => [s.judgeId, s.judgeName])).entries()]
      .map(([id, fullName]) => ({ id, fullName }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
    const progress = teams.flatMap((t) =>
      stage.parts.map((_, part) => {
        const w = windows.find((x) => x.entryId === t.entryId && x.part === part);
        return {
          entryId: t.entryId,
          part,
          state: !w
            ? ('not_opened' as const)
            : this.isOpen(stage, w)
              ? ('open' as const)
              : ('closed' as const),
          missing: this.missingJudges(stage, sheets, t.entryId, part),
        };
      }),
    );
    const complete = (entryId: number) => this.missingSheets(stage, sheets, entryId) === 0;
    return {
      board: this.toBoard(await this.names(stage), stage, row, teams, windows, shown),
      judges,
      progress,
      standings: ranked.map((s) => ({
        ...s,
        revealed: revealed.has(s.entryId),
        complete: complete(s.entryId),
      })),
      incomplete: teams.filter((t) => !complete(t.entryId)).length,
    };
  }

  /** For a judge's phone: where the hall is and which parts take scores now. */
  async judgeLive(stageId: number, on?: Queryable): Promise<JudgeLive> {
    const stage = await this.liveStage(stageId, on);
    const row = await this.liveRow(stageId, false, on);
    const windows = await this.windows(stageId, on);
    return { version: row.version, current: this.spot(row), scoring: this.openSpots(stage, windows) };
  }

  // ---- The control screen's actions ----

  async setOrder(user: SessionUser, stageId: number, entryIds: number[]): Promise<LiveControl> {
    return this.change(user, stageId, 'live.order', async ({ stage, row, client }) => {
      const members = (await this.teams(stage.id, row, client)).map((t) => t.entryId);
      const same = entryIds.length === members.length && entryIds.every((id) => members.includes(id));
      if (!same) throw unprocessable('live_order_mismatch', { count: members.length });
      if (entryIds.join() === row.runningOrder.join()) return null;
      await this.sql.query(
        'live-order-update',
        'UPDATE live_finals SET running_order = $2 WHERE stage_id = $1',
        [stage.id, entryIds],
        client,
      );
      return { before: row.runningOrder, after: entryIds };
    });
  }

  /** A team and part on stage: the timer is set to the part's length and waits for its start. */
  async setCurrent(user: SessionUser, stageId: number, { current }: LiveCurrent): Promise<LiveControl> {
    return this.change(user, stageId, 'live.current', async ({ stage, row, client }) => {
      if (current) await this.requireSpot(stage, row, current, client);
      const now = this.spot(row);
      if (now?.entryId === current?.entryId && now?.part === current?.part) return null;
      await this.sql.query(
        'live-current-update',
        `UPDATE live_finals SET current_entry_id = $2, current_part = $3, timer_seconds = $4,
           timer_started_at = NULL, timer_elapsed_ms = 0
         WHERE stage_id = $1`,
        [
          stage.id,
          current?.entryId ?? null,
          current?.part ?? null,
          current ? stage.parts[current.part].seconds : 0,
        ],
        client,
      );
      return { before: this.spot(row), after: current };
    });
  }

  async timer(user: SessionUser, stageId: number, { action }: LiveTimerAction): Promise<LiveControl> {
    return this.change(user, stageId, 'live.timer', async ({ stage, row, client }) => {
      if (!this.spot(row)) throw conflict('live_no_current');
      const before = timerOf(row);
      const next = liveTimerAction(before, action, new Date());
      if (next.startedAt === before.startedAt && next.elapsedMs === before.elapsedMs) return null;
      await this.sql.query(
        'live-timer-update',
        'UPDATE live_finals SET timer_started_at = $2, timer_elapsed_ms = $3 WHERE stage_id = $1',
        [stage.id, next.startedAt, next.elapsedMs],
        client,
      );
      return { after: { action, ...this.spot(row) } };
    });
  }

  /**
   * Opens or closes one team's part for scoring. Closing takes the window's row lock, so a sheet
   * being saved under it (which holds it shared) commits first; a sheet after the close is refused.
   */
  async scoring(user: SessionUser, stageId: number, body: LiveScoring): Promise<LiveControl> {
    return this.change(user, stageId, 'live.scoring', async ({ stage, row, client }) => {
      await this.requireSpot(stage, row, body, client);
      const moved = body.open
        ? await this.sql.query(
            'live-window-open',
            `INSERT INTO live_part_windows (stage_id, entry_id, part, opened_at, opened_by) VALUES ($1, $2, $3, now(), $4)
             ON CONFLICT (stage_id, entry_id, part)
             DO UPDATE SET closed_at = NULL, opened_at = now(), opened_by = $4 WHERE live_part_windows.closed_at IS NOT NULL
             RETURNING part`,
            [stage.id, body.entryId, body.part, user.id],
            client,
          )
        : await this.sql.query(
            'live-window-close',
            `UPDATE live_part_windows SET closed_at = now()
             WHERE stage_id = $1 AND entry_id = $2 AND part = $3 AND closed_at IS NULL RETURNING part`,
            [stage.id, body.entryId, body.part],
            client,
          );
      return moved.length > 0 ? { after: body } : null;
    });
  }

  /**
   * Shows totals on the projector. A team's total is shown once every panel judge has scored
   * each of its parts; every team's, once all are; before that only with a reason, kept in the
   * audit log. Rank and total come from the same standings the stage's results use.
   */
  async reveal(user: SessionUser, stageId: number, { reveal, override }: LiveReveal): Promise<LiveControl> {
    return this.change(
      user,
      stageId,
      'live.reveal',
      async ({ stage, row, client }) => {
        const teams = (await this.teams(stage.id, row, client)).map((t) => t.entryId);
        let next: number[];
        let needs: number[];
        if (reveal.mode === 'none') {
          next = [];
          needs = [];
        } else if (reveal.mode === 'team') {
          if (!teams.includes(reveal.entryId))
            throw unprocessable('live_entry_not_in_final', { entryId: reveal.entryId });
          next = row.revealed.includes(reveal.entryId) ? row.revealed : [...row.revealed, reveal.entryId];
          needs = [reveal.entryId];
        } else {
          next = [...row.revealed, ...teams.filter((id) => !row.revealed.includes(id))];
          needs = teams;
        }
        const sheets = await this.sheets(stage.id, client);
        const missing = needs.reduce((sum, id) => sum + this.missingSheets(stage, sheets, id), 0);
        if (next.join() === row.revealed.join()) return null;
        if (missing > 0 && !override) throw conflict('live_reveal_incomplete', { count: missing });
        await this.sql.query(
          'live-reveal-update',
          'UPDATE live_finals SET revealed = $2 WHERE stage_id = $1',
          [stage.id, next],
          client,
        );
        return { before: row.revealed, after: { reveal, revealed: next, missingSheets: missing } };
      },
      override,
    );
  }

  /** After a judge's sheet in a live final: the control screen refetches; the hall sees a revealed total move. */
  async afterScore(stageId: number, entryId: number): Promise<void> {
    await this.tell(stageId, async () => {
      const row = await this.liveRow(stageId, false);
      if (row.revealed.includes(entryId)) this.publisher.board(await this.board(stageId));
      this.publisher.changed(stageId, row.version);
    });
  }

  /**
   * Tells the screens after a commit. What was saved stays saved if telling fails (Redis away):
   * the screens catch up at the next change, or at once when they reconnect and join again.
   */
  private async tell(stageId: number, send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      this.logger.warn(`live final ${stageId}: screens not told: ${(error as Error).message}`);
    }
  }

  // ---- Shared steps ----

  /**
   * One control action: the final's row locked for the whole transaction (thirty clicks at once
   * run one after another), the change audited, the version bumped; the hall hears of it after
   * the commit, never of a change that rolled back.
   */
  private async change(
    user: SessionUser,
    stageId: number,
    action: string,
    work: (ctx: {
      stage: Stage;
      row: LiveRow;
      client: Queryable;
    }) => Promise<{ before?: unknown; after: unknown } | null>,
    reason: string | null = null,
  ): Promise<LiveControl> {
    const changed = await this.sql.transaction(async (client) => {
      const stage = await this.liveStage(stageId, client);
      // After the lock the hall is over: only showing or hiding the standings remains.
      if (stage.lockedAt && action !== 'live.reveal')
        throw conflict('stage_locked', { lockedAt: new Date(stage.lockedAt) });
      const row = await this.liveRow(stageId, true, client);
      const done = await work({ stage, row, client });
      // The same click twice: the second finds nothing to change, and neither records nor pushes.
      if (!done) return false;
      const { before, after } = done;
      await this.sql.query(
        'live-version-bump',
        'UPDATE live_finals SET version = version + 1, updated_at = now() WHERE stage_id = $1',
        [stageId],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action,
        entityType: 'stage',
        entityId: stageId,
        reason,
        before,
        after,
      });
      return true;
    });
    // The control screen's board is the hall's (revealed teams only): computed once, sent to both.
    const control = await this.control(stageId);
    if (changed)
      await this.tell(stageId, async () => {
        this.publisher.board(control.board);
        this.publisher.changed(stageId, control.board.version);
      });
    return control;
  }

  private async liveStage(stageId: number, on?: Queryable): Promise<Stage> {
    const stage = await this.stages.stage(stageId, on);
    if (stage.kind !== 'live_final') throw conflict('live_final_only');
    return stage;
  }

  private async liveRow(stageId: number, forUpdate: boolean, on?: Queryable): Promise<LiveRow> {
    const [row] = await this.sql.query<LiveRow>(
      forUpdate ? 'live-final-row-for-update' : 'live-final-row',
      `SELECT ${LIVE_COLUMNS} FROM live_finals WHERE stage_id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [stageId],
      on,
    );
    if (!row) throw conflict('live_final_only');
    return row;
  }

  /** The final's teams in running order; a team the order does not name yet follows in id order. */
  private async teams(stageId: number, row: LiveRow, on?: Queryable): Promise<Team[]> {
    const members = await this.sql.query<Team>(
      'live-final-teams',
      `SELECT e.id AS "entryId", e.title, un.name AS "unitName"
       FROM entries e JOIN units un ON un.id = e.unit_id
       WHERE e.status = 'submitted' AND ${inStage('$1', 'e.id')} ORDER BY e.id`,
      [stageId],
      on,
    );
    const place = (id: number) => {
      const i = row.runningOrder.indexOf(id);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    return members.sort((a, b) => place(a.entryId) - place(b.entryId) || a.entryId - b.entryId);
  }

  private async windows(stageId: number, on?: Queryable): Promise<WindowRow[]> {
    return this.sql.query<WindowRow>(
      'live-final-windows',
      `SELECT entry_id AS "entryId", part, closed_at IS NULL AS open
       FROM live_part_windows WHERE stage_id = $1 ORDER BY entry_id, part`,
      [stageId],
      on,
    );
  }

  private async sheets(stageId: number, on?: Queryable): Promise<SheetRow[]> {
    return this.sql.query<SheetRow>(
      'live-final-sheets',
      `SELECT a.entry_id AS "entryId", a.judge_id AS "judgeId", u.full_name AS "judgeName",
         coalesce(array_agg(s.criterion_id) FILTER (WHERE s.criterion_id IS NOT NULL), '{}') AS "criterionIds"
       FROM judge_assignments a JOIN users u ON u.id = a.judge_id
       LEFT JOIN judge_scores s ON s.assignment_id = a.id
       WHERE a.stage_id = $1 AND a.conflict_reason IS NULL
       GROUP BY a.id, u.full_name`,
      [stageId],
      on,
    );
  }

  /**
   * Every team, best first, by the total that decides the prizes: when this final is the track's
   * last scored stage, the track's stated combination (the points brought from earlier stages
   * plus the final's as counted); otherwise the final's own totals.
   */
  private async ranked(stage: Stage, on?: Queryable): Promise<LiveStanding[]> {
    const track = await this.awards.compute(stage.trackId, on);
    const combination = track.rules.combination;
    if (track.stages.at(-1)?.id === stage.id && combination.kind !== 'final' && track.standings.length > 0)
      return track.standings.map((s) => {
        const last = s.stageTotals.at(-1)!.total;
        const finalPoints =
          combination.kind === 'weighted' ? round2((last * combination.weights.at(-1)!) / 100) : last;
        return {
          rank: s.rank,
          entryId: s.entryId,
          title: s.title,
          unitName: s.unitName,
          finalPoints,
          earlierPoints: round2(s.total - finalPoints),
          total: s.total,
        };
      });
    return (await this.results.standings(stage, on)).standings.map((s) => ({
      rank: s.rank,
      entryId: s.entryId,
      title: s.title,
      unitName: s.unitName,
      finalPoints: s.total,
      earlierPoints: null,
      total: s.total,
    }));
  }

  private partCriteria(stage: Stage, part: number): number[] {
    return stage.criteria.filter((c) => c.part === part).map((c) => c.id);
  }

  /** Panel judges of a team whose sheet lacks a criterion of this part. */
  private missingJudges(stage: Stage, sheets: SheetRow[], entryId: number, part: number): number[] {
    const needed = this.partCriteria(stage, part);
    return sheets
      .filter((s) => s.entryId === entryId && !needed.every((c) => s.criterionIds.includes(c)))
      .map((s) => s.judgeId);
  }

  /** Sheets of a team not yet complete over every part (a team nobody is assigned to counts one). */
  private missingSheets(stage: Stage, sheets: SheetRow[], entryId: number): number {
    const own = sheets.filter((s) => s.entryId === entryId);
    if (own.length === 0) return 1;
    return own.filter((s) => !stage.criteria.every((c) => s.criterionIds.includes(c.id))).length;
  }

  /**
   * The revealed teams, ranked among the teams whose totals stand (complete, or revealed): after
   * every team has performed that is the final order; while the final runs, the order so far.
   */
  private shown(
    ranked: LiveStanding[],
    sheets: SheetRow[],
    stage: Stage,
    revealed: number[],
  ): LiveStanding[] {
    const shown = new Set(revealed);
    return ranked
      .filter((s) => shown.has(s.entryId) || this.missingSheets(stage, sheets, s.entryId) === 0)
      .map((s, i) => ({ ...s, rank: i + 1 }))
      .filter((s) => shown.has(s.entryId));
  }

  private spot(row: LiveRow): LiveSpot | null {
    return row.currentEntryId !== null && row.currentPart !== null
      ? { entryId: row.currentEntryId, part: row.currentPart }
      : null;
  }

  private async requireSpot(stage: Stage, row: LiveRow, spot: LiveSpot, on: Queryable): Promise<void> {
    if (!stage.parts[spot.part]) throw unprocessable('live_part_unknown', { part: spot.part + 1 });
    const teams = await this.teams(stage.id, row, on);
    if (!teams.some((t) => t.entryId === spot.entryId))
      throw unprocessable('live_entry_not_in_final', { entryId: spot.entryId });
  }

  private async names(stage: Stage, on?: Queryable): Promise<Names> {
    const track = await this.tracks.trackRow(stage.trackId, on);
    return { trackTitle: track.title, contestName: track.contestName };
  }

  private toBoard(
    names: Names,
    stage: Stage,
    row: LiveRow,
    teams: Team[],
    windows: WindowRow[],
    standings: LiveStanding[],
  ): LiveBoard {
    const now = new Date();
    const timer = liveTimerView(timerOf(row), now);
    return {
      stageId: stage.id,
      trackId: stage.trackId,
      stageName: stage.name,
      ...names,
      version: row.version,
      serverNow: now.toISOString(),
      parts: stage.parts,
      teams: teams.map((t, i) => ({ ...t, order: i + 1 })),
      current: this.spot(row),
      timer: { ...timer, endsAt: timer.endsAt?.toISOString() ?? null },
      scoring: this.openSpots(stage, windows),
      standings,
      revealedAll: teams.length > 0 && teams.every((t) => row.revealed.includes(t.entryId)),
      lockedAt: stage.lockedAt ? new Date(stage.lockedAt).toISOString() : null,
    };
  }

  /** A part takes scores while its window is open and the stage is not locked (the lock ends every window). */
  private isOpen(stage: Stage, window: WindowRow): boolean {
    return window.open && !stage.lockedAt;
  }

  private openSpots(stage: Stage, windows: WindowRow[]): LiveSpot[] {
    return windows.filter((w) => this.isOpen(stage, w)).map(({ entryId, part }) => ({ entryId, part }));
  }
}
