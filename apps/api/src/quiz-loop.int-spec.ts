import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { SOCKET_EVENTS, type AttemptView } from '@contest/contracts';

import { createRound, pollUntil, shownKey } from '@contest/server/testing';

import { signedInParticipant, startLoop, type RunningApi, type RunningLoop } from './test-support/start-api';

describe('the quiz loop', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let api: RunningApi;

  beforeAll(async () => {
    loop = await startLoop();
    ({ db, api } = loop);
  });
  afterAll(() => loop.close());

  const signedIn = () => signedInParticipant(db, api);

  it('starts with a drawn, shuffled paper and no answer key, and resumes instead of starting twice', async () => {
    const roundId = await createRound(db, { questionCount: 6, attemptsAllowed: 2 });
    const { client } = await signedIn();
    const started = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    expect(started.status).toBe(201);
    expect(started.body.questions).toHaveLength(6);
    expect(JSON.stringify(started.body)).not.toMatch(/correct/i);
    const deadline = Date.parse(started.body.deadline) - Date.parse(started.body.startedAt);
    expect(deadline).toBe(600_000);

    const again = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(started.body.id);
    const [{ n, seed }] = await db.query(
      'SELECT count(*)::int AS n, max(seed) AS seed FROM attempts WHERE round_id = $1',
      [roundId],
    );
    expect(n).toBe(1);
    expect(seed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/); // a random UUID
  });

  it('turns simultaneous starts (a double tap) into one attempt', async () => {
    const roundId = await createRound(db, { attemptsAllowed: 3 });
    const { client } = await signedIn();
    const starts = await Promise.all(
      Array.from({ length: 5 }, () => client.post<AttemptView>(`/rounds/${roundId}/attempts`)),
    );
    expect(starts.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(starts.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM attempts WHERE round_id = $1', [roundId]);
    expect(n).toBe(1);
  });

  it('starts many participants at once, each with an attempt of their own, though their starts share statements', async () => {
    const roundId = await createRound(db, { questionCount: 6 });
    const people = await Promise.all(Array.from({ length: 20 }, () => signedIn()));
    // Everyone taps twice: one account's taps never share a statement, and the second resumes the first.
    const starts = await Promise.all(
      people.flatMap(({ client }) =>
        [0, 1].map(() => client.post<AttemptView>(`/rounds/${roundId}/attempts`)),
      ),
    );
    expect(starts.filter((r) => r.status === 201)).toHaveLength(40);
    const ids = people.map((_, i) => starts[2 * i].body.id);
    expect(people.map((_, i) => starts[2 * i + 1].body.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(20);
    expect(starts.every((r) => r.body.questions.length === 6)).toBe(true);
    const rows: { id: number; userId: number }[] = await db.query(
      'SELECT id, user_id AS "userId" FROM attempts WHERE round_id = $1',
      [roundId],
    );
    expect(new Map(rows.map((r) => [r.id, r.userId]))).toEqual(
      new Map(ids.map((id, i) => [id, people[i].userId])),
    );
    expect((await people[0].client.get(`/attempts/${ids[0]}`)).status).toBe(200);
    expect((await people[0].client.get(`/attempts/${ids[1]}`)).status).toBe(404);
  });

  it('starts the next attempt once one is submitted, until the attempts allowed are spent', async () => {
    const roundId = await createRound(db, { attemptsAllowed: 2 });
    const { client } = await signedIn();
    const first = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    expect((await client.post(`/attempts/${first.body.id}/submit`, {})).status).toBe(200);
    const second = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.answers).toEqual([]);
    // Still in progress: a start resumes it.
    expect((await client.post<AttemptView>(`/rounds/${roundId}/attempts`)).body.id).toBe(second.body.id);
    expect((await client.post(`/attempts/${second.body.id}/submit`, {})).status).toBe(200);
    const third = await client.post(`/rounds/${roundId}/attempts`);
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ code: 'no_attempts_left' });
    const rows = await db.query('SELECT attempt_no FROM attempts WHERE round_id = $1 ORDER BY attempt_no', [
      roundId,
    ]);
    expect(rows.map((r: { attempt_no: number }) => r.attempt_no)).toEqual([1, 2]);
  });

  it('autosaves idempotently: last write wins per question by seq, whatever the arrival order', async () => {
    const roundId = await createRound(db);
    const { client } = await signedIn();
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const save = (position: number, option: number | null, seq: number) =>
      client.put(`/attempts/${attempt.id}/answers`, { answers: [{ position, option, seq }] });

    expect((await save(0, 2, 5)).body.accepted).toEqual([0]);
    expect((await save(0, 1, 3)).body.accepted).toEqual([]); // older, arrived late
    expect((await save(0, 2, 5)).status).toBe(200); // retried
    expect((await save(1, 3, 6)).body.accepted).toEqual([1]);
    expect((await save(1, null, 7)).body.accepted).toEqual([1]); // cleared
    const resumed = await client.get<AttemptView>(`/attempts/${attempt.id}`);
    expect(resumed.body.answers.sort((a, b) => a.position - b.position)).toEqual([
      { position: 0, option: 2 },
      { position: 1, option: null },
    ]);
  });

  it('submits durably, grades through the worker, and tells the browser over socket.io', async () => {
    const roundId = await createRound(db, { questionCount: 5 });
    const { client } = await signedIn();
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const key = await shownKey(db, attempt.id);

    const socket: Socket = io(api.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: client.sessionCookie! },
    });
    const graded = new Promise<{ attemptId: number; score: number }>((resolve) =>
      socket.on(SOCKET_EVENTS.attemptGraded, resolve),
    );
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    try {
      await client.put(`/attempts/${attempt.id}/answers`, {
        answers: key.slice(0, 3).map((option, position) => ({ position, option, seq: position + 1 })),
      });
      const wrong = (key[3] + 1) % attempt.questions[3].options.length;
      const submitted = await client.post(`/attempts/${attempt.id}/submit`, {
        answers: [{ position: 3, option: wrong, seq: 10 }],
      });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ id: attempt.id, status: 'submitted', firstSubmit: true });

      const event = await graded;
      expect(event).toEqual({ attemptId: attempt.id, score: 3, questionCount: 5 });
      const result = await client.get(`/attempts/${attempt.id}/result`);
      expect(result.body).toMatchObject({
        status: 'graded',
        score: 3,
        questionCount: 5,
        submittedBy: 'participant',
      });
      expect(result.body.review).toBeNull(); // the round is still open
      expect(result.body.timeTakenMs).toBeGreaterThanOrEqual(0);

      const second = await client.post(`/attempts/${attempt.id}/submit`, {
        answers: [{ position: 4, option: key[4], seq: 20 }],
      });
      expect(second.status).toBe(200);
      expect(second.body.firstSubmit).toBe(false);
      expect((await client.get(`/attempts/${attempt.id}/result`)).body.score).toBe(3);

      const history = await client.get('/me/attempts');
      expect(history.body.items[0]).toMatchObject({ id: attempt.id, score: 3, roundId });
    } finally {
      socket.close();
    }
  });

  it('closes an attempt once when the same submit arrives many times at once', async () => {
    const roundId = await createRound(db, { questionCount: 3 });
    const { client } = await signedIn();
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.post(`/attempts/${attempt.id}/submit`, {
          answers: [{ position: 0, option: i % 2, seq: i + 1 }],
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.body.firstSubmit)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.submittedAt)).size).toBe(1);
  });

  it('reveals the answer key only once the round has closed', async () => {
    const roundId = await createRound(db, { questionCount: 3 });
    const { client } = await signedIn();
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const key = await shownKey(db, attempt.id);
    await client.post(`/attempts/${attempt.id}/submit`, {
      answers: [{ position: 0, option: key[0], seq: 1 }],
    });
    await pollUntil(
      async () => (await client.get(`/attempts/${attempt.id}/result`)).body.status === 'graded',
      'grading',
    );
    expect((await client.get(`/attempts/${attempt.id}/result`)).body.review).toBeNull();

    await db.query(
      `UPDATE rounds SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
    await api.app.get((await import('@contest/server')).RoundSnapshotCache).invalidate(roundId);
    const after = await client.get(`/attempts/${attempt.id}/result`);
    expect(after.body.review).toHaveLength(3);
    expect(after.body.review.map((r: { correct: number }) => r.correct)).toEqual(key);
    expect(after.body.review[0].chosen).toBe(key[0]);
    expect(after.body.review[1].chosen).toBeNull();
  });
});
