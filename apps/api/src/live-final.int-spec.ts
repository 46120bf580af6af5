import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import {
  SOCKET_EVENTS,
  stageSettingsOf,
  type Entry,
  type JudgeWork,
  type LiveBoard,
  type LiveControl,
  type LiveJoinAck,
  type Stage,
  type Track,
} from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { linkCallSettings } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

/**
 * A live final in a hall: three teams shortlisted from a preliminary stage, two judges on the
 * panel, the organizer's control screen on one api copy and the projector on another. Scores
 * are taken only while their part is open; totals reach the hall only when revealed.
 */
describe('a live final', () => {
  let db: DataSource;
  let api: RunningApi;
  let second: RunningApi;
  let organizer: ApiClient;
  let judges: { client: ApiClient; id: number }[];
  let outsider: ApiClient;
  let track: Track;
  let final: Stage;
  const entries: Entry[] = [];
  const sockets: Socket[] = [];

  const login = async (role: string, unitCode?: string) => {
    const u = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(u.login, u.password);
    return { client, id: u.id };
  };

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    second = await startApi();
    organizer = (await login('organizer')).client;
    judges = [await login('judge', 'none'), await login('judge', 'none')];
    outsider = (await login('judge', 'none')).client;
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: linkCallSettings('Chung kết trực tiếp'),
      })
    ).body;
    const preliminary = track.stages[0];
    for (const [i, code] of ['QA-S05', 'QA-S06', 'QA-S07'].entries()) {
      const a = await createUser(db, { role: 'unit_admin', unitCode: code });
      const admin = api.client();
      await admin.login(a.login, a.password);
      const entry = (
        await admin.post<Entry>(`/tracks/${track.id}/entries`, {
          title: `Đội ${i + 1}`,
          description: 'Mô tả',
          topic: null,
          authors: ['Tác giả'],
          linkUrl: `https://video.example.vn/doi-${i}`,
        })
      ).body;
      entries.push(entry);
      await organizer.post(`/entries/${entry.id}/screening`, { decision: 'accepted', reason: null });
      await organizer.post(`/stages/${preliminary.id}/assignments`, {
        entryId: entry.id,
        judgeId: judges[0].id,
      });
    }
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const work = (await judges[0].client.get<JudgeWork>('/judging')).body.stages[0].entries;
    for (const w of work)
      await judges[0].client.put(`/judging/assignments/${w.assignmentId}/scores`, {
        scores: preliminary.criteria.map((c) => ({
          criterionId: c.id,
          points: c.maxPoints / 2,
          comment: null,
        })),
      });
    expect((await organizer.post(`/stages/${preliminary.id}/lock`, { reason: null })).status).toBe(200);
    const added = await organizer.post<Stage>(`/tracks/${track.id}/stages`, {
      name: 'Chung kết',
      kind: 'live_final',
    });
    expect(added.status).toBe(201);
    final = added.body;
    const advanced = await organizer.post(`/stages/${preliminary.id}/advance`, {
      rule: { kind: 'top', count: 3 },
      dryRun: false,
    });
    expect(advanced.status).toBe(200);
    // Asked for one judge per team, a live final still gets its whole panel on every team.
    const panel = await organizer.post(`/stages/${final.id}/assignments/auto`, {
      judgesPerEntry: 1,
      judgeIds: judges.map((j) => j.id),
    });
    expect(panel.status).toBe(200);
    expect(panel.body.added).toBe(6);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await second.close();
    await api.close();
    await db.destroy();
  });

  const control = () => organizer.get<LiveControl>(`/stages/${final.id}/live`);
  const assignment = async (judge: ApiClient, entryId: number) => {
    const work = (await judge.get<JudgeWork>('/judging')).body;
    const stage = work.stages.find((s) => s.stage.id === final.id)!;
    return { stage, sheet: stage.entries.find((e) => e.entry.id === entryId)! };
  };
  const partScores = (part: number, points: (max: number) => number) =>
    final.criteria
      .filter((c) => c.part === part)
      .map((c) => ({ criterionId: c.id, points: points(c.maxPoints), comment: null }));
  const socketOn = (url: string, cookie?: string) => {
    const s = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    sockets.push(s);
    return s;
  };

  it('starts with three parts, each with its own criteria and timer, and keeps parts to live finals', async () => {
    expect(final.kind).toBe('live_final');
    expect(final.parts.map((p) => p.name)).toEqual([
      'Thuyết trình',
      'Tranh luận',
      'Trả lời câu hỏi của Ban giám khảo',
    ]);
    expect(final.judgePoints).toBe(100);
    expect(new Set(final.criteria.map((c) => c.part))).toEqual(new Set([0, 1, 2]));
    const judged = (await organizer.post<Stage>(`/tracks/${track.id}/stages`, { name: 'Vòng phụ' })).body;
    expect(judged.kind).toBe('judged');
    const withParts = await organizer.put(`/stages/${judged.id}`, {
      ...stageSettingsOf(judged),
      parts: [{ name: 'Thuyết trình', seconds: 300 }],
      criteria: judged.criteria.map((c) => ({ ...c, part: 0 })),
    });
    expect(withParts.status).toBe(422);
    expect(withParts.body.code).toBe('stage_parts_kind');
    const noParts = await organizer.put(`/stages/${final.id}`, {
      ...stageSettingsOf(final),
      parts: [],
      criteria: final.criteria.map((c) => ({ ...c, part: null })),
    });
    expect(noParts.status).toBe(422);
    expect(noParts.body.code).toBe('live_parts_needed');
    const orphan = await organizer.put(`/stages/${final.id}`, {
      ...stageSettingsOf(final),
      criteria: final.criteria.map((c) => ({ ...c, part: 5 })),
    });
    expect(orphan.status).toBe(400);
    const live = await control();
    expect(live.status).toBe(200);
    expect(live.body.board.teams.map((t) => t.entryId)).toEqual(entries.map((e) => e.id));
    expect(live.body.judges.map((j) => j.id).sort()).toEqual(judges.map((j) => j.id).sort());
    expect(live.body.incomplete).toBe(3);
  });

  it('runs in the stated order, and refuses an order that is not exactly the final’s teams', async () => {
    const [a, b, c] = entries.map((e) => e.id);
    const short = await organizer.put(`/stages/${final.id}/live/order`, { entryIds: [a, b] });
    expect(short.status).toBe(422);
    expect(short.body.code).toBe('live_order_mismatch');
    const repeated = await organizer.put(`/stages/${final.id}/live/order`, { entryIds: [a, a, b] });
    expect(repeated.status).toBe(400);
    const set = await organizer.put<LiveControl>(`/stages/${final.id}/live/order`, { entryIds: [c, a, b] });
    expect(set.status).toBe(200);
    expect(set.body.board.teams.map((t) => [t.order, t.entryId])).toEqual([
      [1, c],
      [2, a],
      [3, b],
    ]);
  });

  it('keeps the only clock: a part on stage gets its length, and the timer runs, pauses and resets', async () => {
    const none = await organizer.post(`/stages/${final.id}/live/timer`, { action: 'start' });
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('live_no_current');
    const bad = await organizer.put(`/stages/${final.id}/live/current`, {
      current: { entryId: entries[0].id, part: 4 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('live_part_unknown');
    const on = await organizer.put<LiveControl>(`/stages/${final.id}/live/current`, {
      current: { entryId: entries[2].id, part: 0 },
    });
    expect(on.body.board.current).toEqual({ entryId: entries[2].id, part: 0 });
    expect(on.body.board.timer).toMatchObject({ seconds: 420, running: false, remainingMs: 420_000 });
    const started = await organizer.post<LiveControl>(`/stages/${final.id}/live/timer`, { action: 'start' });
    expect(started.body.board.timer.running).toBe(true);
    expect(
      Date.parse(started.body.board.timer.endsAt!) - Date.parse(started.body.board.serverNow),
    ).toBeGreaterThan(418_000);
    await new Promise((r) => setTimeout(r, 300));
    const paused = await organizer.post<LiveControl>(`/stages/${final.id}/live/timer`, { action: 'pause' });
    expect(paused.body.board.timer.running).toBe(false);
    expect(paused.body.board.timer.remainingMs).toBeLessThanOrEqual(419_700);
    const board = await api.client().get<LiveBoard>(`/live/${final.id}`);
    expect(board.body.timer.remainingMs).toBe(paused.body.board.timer.remainingMs);
  });

  it('takes a part’s scores only while it is open for that team, and from the panel only', async () => {
    const team = entries[2].id;
    const { stage, sheet } = await assignment(judges[0].client, team);
    expect(stage.live).toMatchObject({ current: { entryId: team, part: 0 }, scoring: [] });
    const early = await judges[0].client.put(`/judging/assignments/${sheet.assignmentId}/scores`, {
      scores: partScores(0, (max) => max - 2),
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('live_part_closed');
    expect(early.body.params.part).toBe('Thuyết trình');
    const opened = await organizer.put<LiveControl>(`/stages/${final.id}/live/scoring`, {
      entryId: team,
      part: 0,
      open: true,
    });
    expect(opened.body.board.scoring).toEqual([{ entryId: team, part: 0 }]);
    expect(opened.body.progress.find((p) => p.entryId === team && p.part === 0)).toMatchObject({
      state: 'open',
      missing: expect.arrayContaining(judges.map((j) => j.id)),
    });
    const saved = await judges[0].client.put(`/judging/assignments/${sheet.assignmentId}/scores`, {
      scores: partScores(0, (max) => max - 2),
    });
    expect(saved.status).toBe(200);
    // Another part of the same team is not open: the sheet is refused whole, nothing saved.
    const mixed = await judges[0].client.put(`/judging/assignments/${sheet.assignmentId}/scores`, {
      scores: [...partScores(0, (max) => max - 1), ...partScores(1, (max) => max)],
    });
    expect(mixed.status).toBe(409);
    expect(
      (await assignment(judges[0].client, team)).sheet.scores.filter((s) => s.points !== null),
    ).toHaveLength(partScores(0, () => 0).length);
    // A judge off the panel has no sheet of the final; someone else's sheet is as absent.
    const notMine = await outsider.put(`/judging/assignments/${sheet.assignmentId}/scores`, {
      scores: partScores(0, () => 1),
    });
    expect(notMine.status).toBe(404);
    expect((await outsider.get<JudgeWork>('/judging')).body.stages).toEqual([]);
    const after = await control();
    expect(after.body.progress.find((p) => p.entryId === team && p.part === 0)?.missing).toEqual([
      judges[1].id,
    ]);
    await organizer.put(`/stages/${final.id}/live/scoring`, { entryId: team, part: 0, open: false });
    const late = await judges[1].client.put(
      `/judging/assignments/${(await assignment(judges[1].client, team)).sheet.assignmentId}/scores`,
      { scores: partScores(0, () => 5) },
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('live_part_closed');
  });

  it('reveals only complete totals unless overridden with a reason, to a projector on another api copy', async () => {
    const projector = socketOn(second.url);
    const ack = (await projector.emitWithAck(SOCKET_EVENTS.liveJoin, { stageId: final.id })) as LiveJoinAck;
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.board.standings).toEqual([]);
    const refused = await organizer.post(`/stages/${final.id}/live/reveal`, { reveal: { mode: 'all' } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('live_reveal_incomplete');
    const pushed = new Promise<LiveBoard>((resolve) =>
      projector.on(SOCKET_EVENTS.liveBoard, (b: LiveBoard) => {
        if (b.standings.length > 0) resolve(b);
      }),
    );
    const forced = await organizer.post<LiveControl>(`/stages/${final.id}/live/reveal`, {
      reveal: { mode: 'team', entryId: entries[2].id },
      override: 'Màn hình cần hiển thị ngay',
    });
    expect(forced.status).toBe(200);
    const board = await pushed;
    expect(board.standings.map((s) => s.entryId)).toEqual([entries[2].id]);
    expect(board.version).toBe(forced.body.board.version);
    const [audit] = await db.query(
      `SELECT reason, after FROM audit_log WHERE action = 'live.reveal' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [final.id],
    );
    expect(audit.reason).toBe('Màn hình cần hiển thị ngay');
    expect(audit.after.missingSheets).toBeGreaterThan(0);
    const hidden = await organizer.post<LiveControl>(`/stages/${final.id}/live/reveal`, {
      reveal: { mode: 'none' },
    });
    expect(hidden.body.board.standings).toEqual([]);
  });

  it('lets every judge score every part, then reveals all in the order the stage’s results rank them', async () => {
    for (const [t, entry] of entries.entries())
      for (const part of [0, 1, 2]) {
        await organizer.put(`/stages/${final.id}/live/scoring`, { entryId: entry.id, part, open: true });
        for (const [j, judge] of judges.entries()) {
          const { sheet } = await assignment(judge.client, entry.id);
          const res = await judge.client.put(`/judging/assignments/${sheet.assignmentId}/scores`, {
            scores: partScores(part, (max) => Math.max(0, max - t * 3 - j)),
          });
          expect(res.status).toBe(200);
        }
        await organizer.put(`/stages/${final.id}/live/scoring`, { entryId: entry.id, part, open: false });
      }
    const complete = await control();
    expect(complete.body.incomplete).toBe(0);
    expect(complete.body.progress.every((p) => p.state === 'closed' && p.missing.length === 0)).toBe(true);
    const all = await organizer.post<LiveControl>(`/stages/${final.id}/live/reveal`, {
      reveal: { mode: 'all' },
    });
    expect(all.status).toBe(200);
    const results = await organizer.get(`/stages/${final.id}/results`);
    expect(all.body.board.revealedAll).toBe(true);
    expect(all.body.board.standings.map((s) => [s.rank, s.entryId, s.total])).toEqual(
      results.body.standings.map((s: { rank: number; entryId: number; total: number }) => [
        s.rank,
        s.entryId,
        s.total,
      ]),
    );
    expect(all.body.board.standings[0].entryId).toBe(entries[0].id);
  });

  it('shows a reconnecting judge’s phone what changed while its line was down, at once', async () => {
    const judgeSocket = socketOn(api.url, judges[1].client.sessionCookie!);
    const first = (await judgeSocket.emitWithAck(SOCKET_EVENTS.liveJoin, {
      stageId: final.id,
    })) as LiveJoinAck;
    expect(first.ok).toBe(true);
    judgeSocket.disconnect();
    const moved = await organizer.put<LiveControl>(`/stages/${final.id}/live/current`, {
      current: { entryId: entries[1].id, part: 2 },
    });
    judgeSocket.connect();
    const again = (await judgeSocket.emitWithAck(SOCKET_EVENTS.liveJoin, {
      stageId: final.id,
    })) as LiveJoinAck;
    expect(again.ok && again.board.current).toEqual({ entryId: entries[1].id, part: 2 });
    expect(again.ok && again.board.version).toBe(moved.body.board.version);
    // A stage that is not a live final has no board; a stranger may not follow the control room.
    const stranger = socketOn(api.url);
    const wrong = (await stranger.emitWithAck(SOCKET_EVENTS.liveJoin, {
      stageId: track.stages[0].id,
    })) as LiveJoinAck;
    expect(wrong).toMatchObject({ ok: false, code: 'live_final_only' });
    expect(await stranger.emitWithAck(SOCKET_EVENTS.liveControlJoin, { stageId: final.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('ends the hall at the lock: scoring, the stage and the timer refused, the reveals still shown or hidden', async () => {
    expect((await organizer.post(`/stages/${final.id}/lock`, { reason: null })).status).toBe(200);
    const refusals = [
      await organizer.put(`/stages/${final.id}/live/scoring`, {
        entryId: entries[0].id,
        part: 0,
        open: true,
      }),
      await organizer.put(`/stages/${final.id}/live/current`, {
        current: { entryId: entries[1].id, part: 1 },
      }),
      await organizer.post(`/stages/${final.id}/live/timer`, { action: 'start' }),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array(3).fill([409, 'stage_locked']));
    const board = (await api.client().get<LiveBoard>(`/live/${final.id}`)).body;
    expect(board.revealedAll).toBe(true);
    expect(board.lockedAt).not.toBeNull();
    expect(board.scoring).toEqual([]);
    const hidden = await organizer.post<LiveControl>(`/stages/${final.id}/live/reveal`, {
      reveal: { mode: 'none' },
    });
    expect(hidden.status).toBe(200);
    expect(hidden.body.board.standings).toEqual([]);
  });
});
