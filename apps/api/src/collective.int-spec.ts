import { io } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { SOCKET_EVENTS, type CollectiveRule, type UnitsBoard } from '@contest/contracts';
import { createUser, pollUntil } from '@contest/server/testing';

import { arrangeContest, gradeSeeded } from './test-support/contests';
import { startLoop, type RunningApi, type RunningLoop } from './test-support/start-api';

const RULE: CollectiveRule = {
  weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
  minHeadcount: 5,
  levels: ['commune'],
  prizes: [
    { name: 'Giải Nhất', count: 1, amount: 5_000_000 },
    { name: 'Giải Nhì', count: 1, amount: 3_000_000 },
  ],
  tieBreak: ['participationRate'],
};

describe('collective prizes, and participation pushed live', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let api: RunningApi;
  let organizer: ReturnType<RunningApi['client']>;

  beforeAll(async () => {
    loop = await startLoop();
    ({ db, api } = loop);
    const account = await createUser(db, { role: 'organizer', unitCode: 'QA' });
    organizer = api.client();
    await organizer.login(account.login, account.password);
  });
  afterAll(() => loop.close());

  const grade = (roundId: number, unitIds: number[], count: number) =>
    gradeSeeded(db, roundId, unitIds, count);

  it('computes the formula from the roll-ups, finalises only when the contest is over, and audits re-finalising', async () => {
    const { contestId, rounds, units } = await arrangeContest(db, 4000);
    const [a, b] = units;
    // Week 1: 6 of A's 10 and 6 of B's 8. Week 2: 4 of A's, none of B's.
    await grade(rounds[0], [a.id, b.id], 12);
    await grade(rounds[1], [a.id], 4);

    expect((await organizer.put(`/contests/${contestId}/collective-rule`, RULE)).status).toBe(200);
    const early = await organizer.post(`/contests/${contestId}/collective-prizes/finalise`, {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('collective_contest_not_over');

    const prizes = (await organizer.get(`/contests/${contestId}/collective-prizes`)).body;
    const lineOf = (standings: { code: string }[], code: string) =>
      standings.find((s) => s.code === code) as any;
    const lineA = lineOf(prizes.preview, a.code);
    // A: 10 person-weeks of 20 → 50 %; 2 of 2 weeks. B: 6 of 16 → 37.5 %; 1 of 2 weeks.
    expect(lineA).toMatchObject({
      participants: 10,
      headcount: 10,
      participationRate: 0.5,
      roundsWithParticipants: 2,
      rounds: 2,
    });
    expect(lineA.points.participationRate).toBe(30);
    expect(lineA.points.roundsWithParticipants).toBe(10);
    expect(lineA.points.averageScore).toBeCloseTo(30 * lineA.averageShare, 2);
    expect(lineA.total).toBeCloseTo(lineA.points.participationRate + lineA.points.averageScore + 10, 2);
    const lineB = lineOf(prizes.preview, b.code);
    expect(lineB).toMatchObject({ participants: 6, participationRate: 0.375, roundsWithParticipants: 1 });

    await pollUntil(
      async () => (await organizer.get(`/contests/${contestId}/collective-prizes`)).body.contestOver,
      'the contest to end',
      10_000,
    );
    const locked = await organizer.put(`/contests/${contestId}/collective-rule`, {
      ...RULE,
      minHeadcount: 1,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('collective_rule_locked');

    const done = await organizer.post(`/contests/${contestId}/collective-prizes/finalise`, {});
    expect(done.status).toBe(200);
    expect(
      done.body.finalised.standings
        .filter((s: { prize: unknown }) => s.prize)
        .map((s: { code: string }) => s.code),
    ).toHaveLength(2);
    const again = await organizer.post(`/contests/${contestId}/collective-prizes/finalise`, {});
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('collective_refinalise_needs_reason');
    expect(
      (
        await organizer.post(`/contests/${contestId}/collective-prizes/finalise`, {
          reason: 'Soát lại số liệu',
        })
      ).status,
    ).toBe(200);
    const audit: { action: string; reason: string | null }[] = await db.query(
      `SELECT action, reason FROM audit_log WHERE entity_type = 'contest' AND entity_id = $1 ORDER BY id`,
      [contestId],
    );
    expect(audit.map((e) => e.action)).toEqual([
      'collective.rule',
      'collective.finalise',
      'collective.refinalise',
    ]);
    expect(audit[2].reason).toBe('Soát lại số liệu');

    const xlsx = await organizer.download(`/contests/${contestId}/collective-prizes/xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it('pushes the public board of units to an anonymous socket as attempts are graded', async () => {
    const { contestId, rounds, units } = await arrangeContest(db, 3600_000);
    const board = (await api.client().get<UnitsBoard>(`/units-board?contestId=${contestId}`)).body;
    expect(board.round?.id).toBe(rounds[1]);
    expect(board.current.map((r) => r.participants)).toEqual([0, 0]);

    const socket = io(api.url, { path: '/socket.io', transports: ['websocket'] });
    try {
      expect(await socket.emitWithAck(SOCKET_EVENTS.unitsBoardJoin, { contestId })).toEqual({ ok: true });
      const pushed = new Promise<UnitsBoard>((resolve) =>
        socket.on(SOCKET_EVENTS.unitsBoardUpdate, (b: UnitsBoard) => {
          if (b.current.some((r) => r.participants > 0)) resolve(b);
        }),
      );
      await grade(rounds[1], [units[1].id], 4);
      const update = await pushed;
      expect(update.current[0]).toMatchObject({
        rank: 1,
        unitId: units[1].id,
        participants: 4,
        participationRate: 0.5,
      });
      // Staff-only rooms stay closed to an anonymous socket.
      expect(await socket.emitWithAck(SOCKET_EVENTS.dashboardJoin, { roundId: rounds[1] })).toMatchObject({
        ok: false,
      });
      expect(await socket.emitWithAck(SOCKET_EVENTS.unitJoin, { unitId: units[1].id })).toMatchObject({
        ok: false,
      });
    } finally {
      socket.close();
    }
  });

  it("tells a unit admin's page, and its ancestors' pages, when someone below starts and finishes", async () => {
    const admin = await createUser(db, { role: 'unit_admin', unitCode: 'QA-H03' });
    const adminClient = api.client();
    await adminClient.login(admin.login, admin.password);
    const socket = io(api.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: adminClient.sessionCookie! },
    });
    try {
      const [{ id: district }] = await db.query(`SELECT id FROM units WHERE code = 'QA-H03'`);
      const [{ id: other }] = await db.query(`SELECT id FROM units WHERE code = 'QA-H04'`);
      expect(await socket.emitWithAck(SOCKET_EVENTS.unitJoin, { unitId: other })).toMatchObject({
        ok: false,
        code: 'unit_out_of_scope',
      });
      expect(await socket.emitWithAck(SOCKET_EVENTS.unitJoin, { unitId: district })).toEqual({ ok: true });
      const events: { unitId: number; roundIds: number[] }[] = [];
      socket.on(SOCKET_EVENTS.unitChanged, (e) => events.push(e));
      const { createRound } = await import('@contest/server/testing');
      const roundId = await createRound(db);
      const colleague = await createUser(db, { unitCode: 'QA-H03-X02' });
      const c = api.client();
      await c.login(colleague.login, colleague.password);
      const attempt = (await c.post(`/rounds/${roundId}/attempts`)).body;
      await pollUntil(async () => events.some((e) => e.roundIds.includes(roundId)), 'the start pushed');
      events.length = 0;
      await c.post(`/attempts/${attempt.id}/submit`, {});
      // Graded by the running worker, which tells the district's room again.
      await pollUntil(
        async () => events.some((e) => e.unitId === district && e.roundIds.includes(roundId)),
        'the grade pushed',
      );
    } finally {
      socket.close();
    }
  });
});
