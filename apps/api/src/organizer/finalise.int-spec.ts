import ExcelJS from 'exceljs';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { SOCKET_EVENTS, type DashboardSnapshot, type Finalisation } from '@contest/contracts';
import { finaliseRound, formatClock, type GradedAttempt } from '@contest/domain';
import { createRound, createUser, pollUntil, seedAttempts, type ApiClient } from '@contest/server/testing';

import { signedInParticipant, startLoop, type RunningLoop } from '../test-support/start-api';

describe('contests, finalising, results and exports (organizer)', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let organizer: ApiClient;
  let contestId: number;
  let topics: string[];

  beforeAll(async () => {
    loop = await startLoop();
    db = loop.db;
    const user = await createUser(db, { role: 'organizer' });
    organizer = loop.api.client();
    await organizer.login(user.login, user.password);
    [{ id: contestId, topics }] = await db.query('SELECT id, topics FROM contests ORDER BY id LIMIT 1');
  });
  afterAll(() => loop.close());

  const graded = (roundId: number) =>
    pollUntil(async () => {
      const [{ waiting }] = await db.query(
        `SELECT count(*) FILTER (WHERE status <> 'graded')::int AS waiting FROM attempts WHERE round_id = $1`,
        [roundId],
      );
      return waiting === 0;
    }, 'grading');

  it('creates a contest and its weekly rounds in one go, and refuses quotas that do not add up', async () => {
    const wizard = {
      name: 'Cuộc thi thử của ban tổ chức',
      year: 2027,
      topics: topics.slice(0, 2),
      firstOpensAt: '2027-03-01T08:00:00+07:00',
      openHours: 72,
      weeks: 4,
      questionsPerRound: 4,
      timeLimitSeconds: 600,
      quotas: [
        { topic: topics[0], count: 2 },
        { topic: topics[1], count: 2 },
      ],
      attemptsAllowed: 2,
      countedAttempt: 'best',
      predictionEnabled: true,
      prizeCounts: { first: 1, second: 1, third: 1, encouragement: 2 },
      onePrizePerPerson: true,
    };
    const bad = await organizer.post('/contests', { ...wizard, questionsPerRound: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('quotas');

    const created = await organizer.post('/contests', wizard);
    expect(created.status).toBe(201);
    expect(created.body.rounds.map((r: { opensAt: string }) => r.opensAt)).toEqual([
      '2027-03-01T01:00:00.000Z',
      '2027-03-08T01:00:00.000Z',
      '2027-03-15T01:00:00.000Z',
      '2027-03-22T01:00:00.000Z',
    ]);
    expect(created.body.rounds[0]).toMatchObject({
      status: 'upcoming',
      closesAt: '2027-03-04T01:00:00.000Z',
    });

    const round = created.body.rounds[1];
    const {
      id: _id,
      contestId: _c,
      weekNumber: _w,
      status: _s,
      finalisedAt: _f,
      finaliseVersion: _v,
      publishedAt: _p,
      ...editable
    } = round;
    const edited = await organizer.put(`/rounds/${round.id}`, { ...editable, timeLimitSeconds: 900 });
    expect(edited.status).toBe(200);
    expect(edited.body.timeLimitSeconds).toBe(900);

    const openRoundId = await createRound(db);
    const [open] = (await organizer.get(`/contests/${contestId}`)).body.rounds.filter(
      (r: { id: number }) => r.id === openRoundId,
    );
    const {
      id: _i,
      contestId: _cc,
      weekNumber: _ww,
      status: _ss,
      finalisedAt: _ff,
      finaliseVersion: _vv,
      publishedAt: _pp,
      ...openEditable
    } = open;
    const refused = await organizer.put(`/rounds/${openRoundId}`, openEditable);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('đã mở');
  });

  it('grants an extra attempt and extra time to one participant, recorded with who and why', async () => {
    const roundId = await createRound(db, { attemptsAllowed: 1, timeLimitSeconds: 300 });
    const { client, userId } = await signedInParticipant(db, loop.api);
    const first = await client.post(`/rounds/${roundId}/attempts`);
    await client.post(`/attempts/${first.body.id}/submit`, {});
    expect((await client.post(`/rounds/${roundId}/attempts`)).status).toBe(409);

    const [{ login }] = await db.query('SELECT login FROM users WHERE id = $1', [userId]);
    const noReason = await organizer.post(`/rounds/${roundId}/overrides`, {
      login,
      extraSeconds: 0,
      extraAttempts: 1,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const granted = await organizer.post(`/rounds/${roundId}/overrides`, {
      login,
      extraSeconds: 120,
      extraAttempts: 1,
      reason: 'Mất điện tại đơn vị lúc 9 giờ',
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ userId, extraAttempts: 1, reason: 'Mất điện tại đơn vị lúc 9 giờ' });

    const second = await client.post(`/rounds/${roundId}/attempts`);
    expect(second.status).toBe(201);
    const limitMs = new Date(second.body.deadline).getTime() - new Date(second.body.startedAt).getTime();
    expect(limitMs).toBe(420_000);
    const audit = await organizer.get('/audit?entityType=override');
    expect(audit.body.items[0]).toMatchObject({
      action: 'override.grant',
      reason: 'Mất điện tại đơn vị lúc 9 giờ',
    });
  });

  it('refuses to finalise an open round with the reason', async () => {
    const roundId = await createRound(db);
    const r = await organizer.post(`/rounds/${roundId}/finalise`, {});
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('chưa đóng');
  });

  let finalised: { roundId: number; winners: Set<number> } | null = null;

  it('finalises a closed round to the ranking and prizes the database implies, the same every time', async () => {
    const roundId = await createRound(db, { questionCount: 5, attemptsAllowed: 2, predictionEnabled: true });
    await seedAttempts(db, roundId, 300);
    await db.query(`UPDATE attempts SET prediction = (id * 7) % 50 WHERE round_id = $1`, [roundId]);
    await graded(roundId);
    await db.query(`UPDATE rounds SET closes_at = now() - interval '1 second' WHERE id = $1`, [roundId]);
    await db.query(
      `UPDATE contests SET prize_counts = '{"first":1,"second":2,"third":3,"encouragement":4}', one_prize_per_person = false WHERE id = $1`,
      [contestId],
    );

    const first = await organizer.post(`/rounds/${roundId}/finalise`, {});
    expect(first.status).toBe(200);
    const f = first.body as Finalisation;

    // Recompute from the database with the domain rules.
    const rows = await db.query(
      `SELECT id AS "attemptId", user_id AS "userId", score, time_taken_ms AS "timeTakenMs", submitted_at AS "submittedAt", prediction
         FROM attempts WHERE round_id = $1 AND status = 'graded'`,
      [roundId],
    );
    const expected = finaliseRound(rows as GradedAttempt[], 'best', 5, {
      first: 1,
      second: 2,
      third: 3,
      encouragement: 4,
    });
    const [{ perfect }] = await db.query(
      `SELECT count(DISTINCT user_id)::int AS perfect FROM attempts WHERE round_id = $1 AND score = 5`,
      [roundId],
    );
    expect(f.trueValue).toBe(perfect);
    expect(f.trueValue).toBe(expected.trueValue);
    expect(f.participants).toBe(300);
    expect(f.winners.map((w) => [w.rank, w.attemptId, w.prize])).toEqual(
      expected.ranking.filter((r) => r.prize).map((r) => [r.rank, r.attemptId, r.prize]),
    );
    const page = await organizer.get(`/rounds/${roundId}/ranking?page=2&pageSize=100`);
    expect(page.body.total).toBe(300);
    expect(page.body.items.map((e: { attemptId: number }) => e.attemptId)).toEqual(
      expected.ranking.slice(100, 200).map((r) => r.attemptId),
    );

    const again = await organizer.post(`/rounds/${roundId}/finalise`, {});
    expect(again.body).toEqual(f);
    finalised = { roundId, winners: new Set(f.winners.map((w) => w.userId)) };

    const noReason = await organizer.post(`/rounds/${roundId}/finalise`, { refinalise: true });
    expect(noReason.status).toBe(400);
    const re = await organizer.post(`/rounds/${roundId}/finalise`, {
      refinalise: true,
      reason: 'Cấp thêm lượt sau sự cố',
    });
    expect(re.body.version).toBe(2);
    expect(re.body.winners).toEqual(f.winners);
    const audit = await organizer.get(`/audit?entityType=finalisation&entityId=${roundId}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
      'round.refinalise',
      'round.finalise',
    ]);
    expect(audit.body.items[0]).toMatchObject({
      reason: 'Cấp thêm lượt sau sự cố',
      before: expect.objectContaining({ version: 1 }),
    });

    const stats = await organizer.get(`/rounds/${roundId}/question-stats`);
    expect(stats.body.items.length).toBeGreaterThan(0);
    for (const s of stats.body.items) {
      expect(s.facility).toBeGreaterThanOrEqual(0);
      expect(s.facility).toBeLessThanOrEqual(1);
      expect(s.optionCounts.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(s.shown);
    }

    // Public results: nothing until published, then the winners without signing in; the full
    // ranking with names only once the contest makes it public.
    const visitor = loop.api.client();
    expect((await visitor.get(`/results/${roundId}`)).status).toBe(404);
    const published = await organizer.post(`/rounds/${roundId}/publish`);
    expect(published.body.publishedAt).not.toBeNull();
    const results = await visitor.get(`/results/${roundId}?pageSize=10`);
    expect(results.status).toBe(200);
    expect(results.body.winners).toHaveLength(10);
    expect(results.body.winners[0]).not.toHaveProperty('userId');
    expect(results.body).toMatchObject({ rankingPublic: false, ranking: [], total: 0, mine: null });
    await db.query(
      'UPDATE contests SET public_ranking_names = true WHERE id = (SELECT contest_id FROM rounds WHERE id = $1)',
      [roundId],
    );
    const open = await visitor.get(`/results/${roundId}?pageSize=10`);
    expect(open.body.rankingPublic).toBe(true);
    expect(open.body.ranking).toHaveLength(10);
    expect(open.body.ranking[0]).not.toHaveProperty('userId');
    expect(open.body.total).toBe(results.body.round.participants);
    expect((await visitor.get('/results')).body.items.map((r: { roundId: number }) => r.roundId)).toContain(
      roundId,
    );

    // Exports: a job with progress, streamed back as XLSX with one row per ranked participant.
    const notFinal = await organizer.post('/exports', {
      kind: 'round_ranking',
      roundId: await createRound(db),
    });
    expect(notFinal.status).toBe(409);
    const job = await organizer.post('/exports', { kind: 'round_ranking', roundId });
    expect(job.status).toBe(202);
    const done = await pollUntil(async () => {
      const r = await organizer.get(`/exports/${job.body.id}`);
      return r.body.status === 'done' && r.body;
    }, 'export');
    expect(done).toMatchObject({ rows: 300, progress: 1 });
    const file = await organizer.download(`/exports/${job.body.id}/file`);
    expect(file.headers.get('content-disposition')).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.actualRowCount).toBe(301);
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(13).value).toBe('Giải Nhất');
    // The file shows what the page shows: whole seconds cut, and the submission in Vietnam's time.
    const [top] = await db.query(
      `SELECT time_taken_ms AS ms, submitted_at AS at FROM round_results WHERE round_id = $1 AND rank = 1`,
      [roundId],
    );
    expect(sheet.getRow(2).getCell(10).value).toBe(formatClock(top.ms / 1000));
    const vn = new Date(top.at.getTime() + 7 * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    expect(sheet.getRow(2).getCell(12).value).toBe(
      `${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ` +
        `${two(vn.getUTCHours())}:${two(vn.getUTCMinutes())}:${two(vn.getUTCSeconds())}`,
    );

    const winners = await organizer.post('/exports', { kind: 'round_winners', roundId });
    const contest = await organizer.post('/exports', { kind: 'contest_ranking', contestId });
    const statsExport = await organizer.post('/exports', { kind: 'question_stats', roundId });
    for (const id of [winners.body.id, contest.body.id, statsExport.body.id]) {
      const finished = await pollUntil(async () => {
        const r = await organizer.get(`/exports/${id}`);
        return r.body.status !== 'queued' && r.body.status !== 'running' && r.body;
      }, 'export');
      expect(finished.status).toBe('done');
    }
    expect((await organizer.get(`/exports/${winners.body.id}`)).body.rows).toBe(10);

    // The contest's overall ranking leaves the practice round (week 0) out, even once finalised.
    const [practice] = await db.query('SELECT id FROM rounds WHERE contest_id = $1 AND week_number = 0', [
      contestId,
    ]);
    const practiceResult = await organizer.post(`/rounds/${practice.id}/finalise`, {});
    expect(practiceResult.body.participants).toBeGreaterThan(0);
    const [{ weekly }] = await db.query(
      `SELECT count(DISTINCT rr.user_id)::int AS weekly FROM round_results rr JOIN rounds r ON r.id = rr.round_id
        WHERE r.contest_id = $1 AND r.finalised_at IS NOT NULL AND r.week_number > 0`,
      [contestId],
    );
    const overall = await organizer.post('/exports', { kind: 'contest_ranking', contestId });
    const overallDone = await pollUntil(async () => {
      const r = await organizer.get(`/exports/${overall.body.id}`);
      return r.body.status === 'done' && r.body;
    }, 'export');
    expect(overallDone.rows).toBe(weekly);
  });

  it("with one prize per person, a later week skips the earlier weeks' winners", async () => {
    const earlier = finalised!;
    const later = await createRound(db, { questionCount: 5 });
    // The same participants with the same results, a week later.
    await db.query(
      `INSERT INTO attempts (round_id, user_id, attempt_no, seed, paper, status, started_at, deadline, submitted_at,
                             submitted_by, prediction, score, time_taken_ms, graded_at)
       SELECT $2, user_id, attempt_no, seed, paper, status, started_at, deadline, submitted_at, submitted_by,
              prediction, score, time_taken_ms, graded_at
         FROM attempts WHERE round_id = $1`,
      [earlier.roundId, later],
    );
    await db.query(`UPDATE rounds SET closes_at = now() - interval '1 second' WHERE id = $1`, [later]);
    await db.query('UPDATE contests SET one_prize_per_person = true WHERE id = $1', [contestId]);
    const r = await organizer.post(`/rounds/${later}/finalise`, {});
    expect(r.status).toBe(200);
    expect(r.body.winners).toHaveLength(earlier.winners.size);
    expect(r.body.winners.filter((w: { userId: number }) => earlier.winners.has(w.userId))).toEqual([]);
    await db.query('UPDATE contests SET one_prize_per_person = false WHERE id = $1', [contestId]);
  });

  it('pushes the live dashboard to organizers at most once a second as attempts are graded', async () => {
    const roundId = await createRound(db, { questionCount: 3 });
    const cookie = organizer.sessionCookie!;
    const socket: Socket = io(loop.api.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie },
    });
    const updates: { at: number; snapshot: DashboardSnapshot }[] = [];
    socket.on(SOCKET_EVENTS.dashboardUpdate, (snapshot: DashboardSnapshot) => {
      if (snapshot.roundId === roundId) updates.push({ at: Date.now(), snapshot });
    });
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    const ack = await socket.emitWithAck(SOCKET_EVENTS.dashboardJoin, { roundId });
    expect(ack).toEqual({ ok: true });

    for (let i = 0; i < 5; i++) {
      await seedAttempts(db, roundId, 40);
      await new Promise((r) => setTimeout(r, 300));
    }
    await graded(roundId);
    const last = await pollUntil(
      async () => updates.find((u) => u.snapshot.attempts.graded === 200),
      'a dashboard update with every attempt graded',
      10_000,
    );
    expect(last.snapshot).toMatchObject({ participants: 200, attempts: { started: 200, graded: 200 } });
    expect(last.snapshot.leaderboard.length).toBeGreaterThan(0);
    for (let i = 1; i < updates.length; i++)
      expect(updates[i].at - updates[i - 1].at).toBeGreaterThanOrEqual(900);
    socket.close();

    const { client } = await signedInParticipant(db, loop.api);
    const snapshot = await organizer.get(`/rounds/${roundId}/dashboard`);
    expect(snapshot.body.attempts.graded).toBe(200);
    expect((await client.get(`/rounds/${roundId}/dashboard`)).status).toBe(403);
  });

  it('answers health and readiness, and shows the queue board to organizers only', async () => {
    const visitor = loop.api.client();
    expect((await visitor.get('/health')).body).toEqual({ status: 'ok' });
    expect((await visitor.get('/ready')).body).toMatchObject({ status: 'ready' });
    expect((await visitor.download('/admin/queues')).status).toBe(401);
    const { client } = await signedInParticipant(db, loop.api);
    expect((await client.download('/admin/queues')).status).toBe(403);
    const board = await organizer.download('/admin/queues');
    expect(board.status).toBe(200);
    expect(board.bytes.toString()).toContain('<html');
    const api = await organizer.download('/admin/queues/api/queues');
    expect(api.bytes.toString()).toContain('grading');
  });
});
