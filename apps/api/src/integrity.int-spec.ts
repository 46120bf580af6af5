import type { DataSource } from 'typeorm';

import { createRound, createUser, pollUntil, shownKey, type ApiClient } from '@contest/server/testing';

import { signedInParticipant, startLoop, type RunningLoop } from './test-support/start-api';

/** Fairness: nobody reads the key while anyone can still answer, hidden scores stay hidden, staff are never ranked. */
describe('integrity of a round', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let organizer: ApiClient;

  beforeAll(async () => {
    loop = await startLoop();
    db = loop.db;
    organizer = await signedIn('organizer');
  });
  afterAll(() => loop.close());

  async function signedIn(role: string): Promise<ApiClient> {
    const user = await createUser(db, { role });
    const client = loop.api.client();
    await client.login(user.login, user.password);
    return client;
  }

  const waitGraded = (client: ApiClient, attemptId: number) =>
    pollUntil(async () => {
      const r = await client.get(`/attempts/${attemptId}/result`);
      return r.body.status === 'graded' && r.body;
    }, 'grading');

  const pastClose = (closesAt: Date) =>
    pollUntil(async () => Date.now() > closesAt.getTime() + 50, 'the close');

  it('serves no answer key while an extended window is still open, and serves it once every window has closed', async () => {
    const roundId = await createRound(db, { closesAt: new Date(Date.now() + 3600_000), attemptsAllowed: 2 });
    const early = await signedInParticipant(db, loop.api);
    const extended = await signedInParticipant(db, loop.api);
    const [{ login }] = await db.query('SELECT login FROM users WHERE id = $1', [extended.userId]);
    const extension = await organizer.post(`/rounds/${roundId}/overrides`, {
      login,
      extraSeconds: 4,
      extraAttempts: 0,
      reason: 'Mất điện trong giờ thi',
    });
    expect(extension.status).toBe(201);
    // The round is then brought to close in a moment (before anyone has loaded it), so the test
    // need not wait an hour.
    const closesAt = new Date(Date.now() + 2500);
    await db.query('UPDATE rounds SET closes_at = $2 WHERE id = $1', [roundId, closesAt]);

    const attempt = (await early.client.post(`/rounds/${roundId}/attempts`)).body;
    await early.client.post(`/attempts/${attempt.id}/submit`, { answers: [] });
    await waitGraded(early.client, attempt.id);
    await pastClose(closesAt);

    // The round's own close has passed, but the extended participant still finds it open and can answer.
    const home = await extended.client.get('/rounds/current');
    const mine = home.body.rounds.find((r: { round: { id: number } }) => r.round.id === roundId);
    expect(mine.round).toMatchObject({
      status: 'open',
      closesAt: new Date(closesAt.getTime() + 4000).toISOString(),
    });
    const late = await extended.client.post(`/rounds/${roundId}/attempts`);
    expect(late.status).toBe(201);
    const during = await early.client.get(`/attempts/${attempt.id}/result`);
    expect(during.body.review).toBeNull();
    expect(new Date(during.body.roundClosesAt).getTime()).toBe(closesAt.getTime() + 4000);

    await pollUntil(async () => Date.now() > closesAt.getTime() + 4100, 'the extended close');
    const after = await early.client.get(`/attempts/${attempt.id}/result`);
    expect(after.body.review).toHaveLength(attempt.questions.length);
  });

  it('refuses extra time once every window has closed, because the key is already out', async () => {
    const roundId = await createRound(db, {
      opensAt: new Date(Date.now() - 7200_000),
      closesAt: new Date(Date.now() - 3600_000),
    });
    const { userId } = await signedInParticipant(db, loop.api);
    const [{ login }] = await db.query('SELECT login FROM users WHERE id = $1', [userId]);
    const refused = await organizer.post(`/rounds/${roundId}/overrides`, {
      login,
      extraSeconds: 600,
      extraAttempts: 0,
      reason: 'Xin thi bù sau khi vòng đã đóng',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('override_after_close');
    // Nor in the last minute before the close, when a review could be served as it commits.
    const closing = await createRound(db, { closesAt: new Date(Date.now() + 30_000) });
    const late = await organizer.post(`/rounds/${closing}/overrides`, {
      login,
      extraSeconds: 600,
      extraAttempts: 0,
      reason: 'Xin thêm giờ sát giờ đóng',
    });
    expect(late.body.code).toBe('override_after_close');
  });

  it("hides a graded score until the round closes where the round says so, in the result, the history and the participant's unit", async () => {
    const closesAt = new Date(Date.now() + 2500);
    const roundId = await createRound(db, { closesAt });
    await db.query(`UPDATE rounds SET score_visibility = 'after_close' WHERE id = $1`, [roundId]);
    const { client } = await signedInParticipant(db, loop.api);
    const attempt = (await client.post(`/rounds/${roundId}/attempts`)).body;
    expect(attempt.predictionPrompt).toBeNull();
    const key = await shownKey(db, attempt.id);
    await client.post(`/attempts/${attempt.id}/submit`, {
      answers: key.map((option, position) => ({ position, option, seq: 1 })),
    });
    const graded = await waitGraded(client, attempt.id);
    expect(graded.score).toBeNull();
    expect(graded.scoreHiddenUntil).toBe(closesAt.toISOString());
    const history = await client.get('/me/attempts');
    const mine = history.body.items.find((a: { id: number }) => a.id === attempt.id);
    expect(mine).toMatchObject({ status: 'graded', score: null, scoreHiddenUntil: closesAt.toISOString() });
    const [{ unitId, userId }] = await db.query(
      'SELECT u.unit_id AS "unitId", u.id AS "userId" FROM users u JOIN attempts a ON a.user_id = u.id WHERE a.id = $1',
      [attempt.id],
    );
    const unitLine = async () =>
      (await organizer.get(`/units/${unitId}/people?roundId=${roundId}`)).body.people.find(
        (p: { userId: number | null }) => p.userId === userId,
      );
    expect(await unitLine()).toMatchObject({ status: 'taken_part', score: null });

    await pastClose(closesAt);
    const shown = await client.get(`/attempts/${attempt.id}/result`);
    expect(shown.body).toMatchObject({ score: key.length, scoreHiddenUntil: null });
    expect(await unitLine()).toMatchObject({ status: 'taken_part', score: key.length });
  });

  it('refuses organizers and judges a start with the reason, and unit admins unless the contest lets them take part', async () => {
    const roundId = await createRound(db);
    const judge = await signedIn('judge');
    const unitAdmin = await signedIn('unit_admin');
    for (const [client, code] of [
      [organizer, 'staff_may_not_take_part'],
      [judge, 'staff_may_not_take_part'],
      [unitAdmin, 'unit_admins_may_not_take_part'],
    ] as const) {
      const refused = await client.post(`/rounds/${roundId}/attempts`);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code });
      // A round that does not exist is a 404 for everyone, whatever their role.
      expect((await client.post('/rounds/2147483647/attempts')).status).toBe(404);
    }
    const current = await judge.get('/rounds/current');
    const entry = current.body.rounds.find((r: { round: { id: number } }) => r.round.id === roundId);
    expect(entry.mayTakePart).toBe(false);

    const [{ contestId }] = await db.query('SELECT contest_id AS "contestId" FROM rounds WHERE id = $1', [
      roundId,
    ]);
    await db.query('UPDATE contests SET unit_admins_compete = true WHERE id = $1', [contestId]);
    try {
      const contest = (await organizer.get(`/contests/${contestId}`)).body;
      // The setting travels through the contest update, which also refreshes every round's cache.
      const updated = await organizer.put(`/contests/${contestId}`, {
        name: contest.name,
        year: contest.year,
        topics: contest.topics,
        prizeCounts: contest.prizeCounts,
        onePrizePerPerson: contest.onePrizePerPerson,
        unitAdminsCompete: true,
        publicRankingNames: contest.publicRankingNames,
      });
      expect(updated.body.unitAdminsCompete).toBe(true);
      expect((await unitAdmin.post(`/rounds/${roundId}/attempts`)).status).toBe(201);
    } finally {
      await db.query('UPDATE contests SET unit_admins_compete = false WHERE id = $1', [contestId]);
    }
  });

  it('never ranks an organizer or a judge, even one whose graded attempt is in the round', async () => {
    const roundId = await createRound(db, { closesAt: new Date(Date.now() + 2000), attemptsAllowed: 1 });
    const participant = await signedInParticipant(db, loop.api);
    const attempt = (await participant.client.post(`/rounds/${roundId}/attempts`)).body;
    await participant.client.post(`/attempts/${attempt.id}/submit`, { answers: [] });
    await waitGraded(participant.client, attempt.id);
    // Staff attempts that reached the database some other way (before this rule, or by hand).
    const staff = await Promise.all([
      createUser(db, { role: 'organizer' }),
      createUser(db, { role: 'judge' }),
    ]);
    for (const s of staff)
      await db.query(
        `INSERT INTO attempts (round_id, user_id, attempt_no, seed, paper, status, started_at, deadline, submitted_at,
                               submitted_by, time_taken_ms, score, graded_at)
         SELECT round_id, $2, 1, 'staff', paper, 'graded', started_at, deadline, now(), 'participant', 1000, 5, now()
           FROM attempts WHERE id = $1`,
        [attempt.id, s.id],
      );
    await pollUntil(() => isClosed(roundId), 'the close');
    const finalised = await organizer.post(`/rounds/${roundId}/finalise`, {});
    expect(finalised.status).toBe(200);
    const ranking = await organizer.get(`/rounds/${roundId}/ranking`);
    expect(ranking.body.items.map((r: { userId: number }) => r.userId)).toEqual([participant.userId]);
  });

  const isClosed = async (roundId: number) => {
    const [{ closed }] = await db.query('SELECT closes_at < now() AS closed FROM rounds WHERE id = $1', [
      roundId,
    ]);
    return closed as boolean;
  };

  it('lists every open round of every contest on the home page, soonest to close first', async () => {
    const [{ id: otherContest }] = await db.query(
      `INSERT INTO contests (name, year, topics) VALUES ('Cuộc thi của một cơ quan khác', 2026, '["Chung"]') RETURNING id`,
    );
    const first = await createRound(db, { closesAt: new Date(Date.now() + 3600_000) });
    const [{ id: second }] = await db.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds, selection)
       VALUES ($1, 1, 'Tuần 1', now() - interval '1 minute', now() + interval '30 minutes', 1, 600,
               '{"mode":"quota","quotas":[{"topic":"Chung","count":1}]}') RETURNING id`,
      [otherContest],
    );
    const { client } = await signedInParticipant(db, loop.api);
    const current = await client.get('/rounds/current');
    const ids = current.body.rounds.map((r: { round: { id: number } }) => r.round.id);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    for (const entry of current.body.rounds) expect(entry.mayTakePart).toBe(true);
  });
});
