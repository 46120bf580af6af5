import type { DataSource } from 'typeorm';

import type { AttemptView } from '@contest/contracts';

import { createRound, pollUntil, shownKey } from '@contest/server/testing';

import { signedInParticipant, startLoop, type RunningApi, type RunningLoop } from './test-support/start-api';

describe('deadlines: the server clock is the only clock', () => {
  let loop: RunningLoop;
  let db: DataSource;
  let api: RunningApi;

  beforeAll(async () => {
    loop = await startLoop();
    ({ db, api } = loop);
  });
  afterAll(() => loop.close());

  async function startShortAttempt(seconds: number) {
    const roundId = await createRound(db, { timeLimitSeconds: seconds, questionCount: 3 });
    const { client } = await signedInParticipant(db, api);
    const { body } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    return { client, attempt: body, key: await shownKey(db, body.id) };
  }

  it('ends at the round close when that comes before the time limit', async () => {
    const roundId = await createRound(db, { closesAt: new Date(Date.now() + 30_000), timeLimitSeconds: 900 });
    const { client } = await signedInParticipant(db, api);
    const { body } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const [{ closes }] = await db.query('SELECT closes_at AS closes FROM rounds WHERE id = $1', [roundId]);
    expect(Date.parse(body.deadline)).toBe(closes.getTime());
  });

  it('submits an abandoned attempt at its deadline with what was saved in time, and grades it', async () => {
    const { client, attempt, key } = await startShortAttempt(2);
    await client.put(`/attempts/${attempt.id}/answers`, {
      answers: [
        { position: 0, option: key[0], seq: 1 },
        { position: 1, option: key[1], seq: 2 },
      ],
    });
    const result = await pollUntil(async () => {
      const r = await client.get(`/attempts/${attempt.id}/result`);
      return r.body.status === 'graded' ? r.body : null;
    }, 'the system submit and grading');
    expect(result).toMatchObject({ submittedBy: 'system', score: 2, timeTakenMs: 2000 });
    expect(result.submittedAt).toBe(attempt.deadline);
  });

  it('refuses answers after the deadline and counts only in-time ones when a late submit arrives', async () => {
    const { client, attempt, key } = await startShortAttempt(1);
    await client.put(`/attempts/${attempt.id}/answers`, {
      answers: [{ position: 0, option: key[0], seq: 1 }],
    });
    await pollUntil(async () => Date.now() > Date.parse(attempt.deadline) + 50, 'the deadline');

    const late = await client.put(`/attempts/${attempt.id}/answers`, {
      answers: [{ position: 1, option: key[1], seq: 2 }],
    });
    expect([409]).toContain(late.status);
    const lateSubmit = await client.post(`/attempts/${attempt.id}/submit`, {
      answers: [{ position: 2, option: key[2], seq: 3 }],
    });
    expect(lateSubmit.status === 409 || lateSubmit.body.firstSubmit === false).toBe(true);

    const result = await pollUntil(async () => {
      const r = await client.get(`/attempts/${attempt.id}/result`);
      return r.body.status === 'graded' ? r.body : null;
    }, 'grading');
    expect(result.score).toBe(1);
    expect(result.submittedBy).toBe('system');
  });

  it('ignores an answer row that somehow carries a time after the deadline', async () => {
    const { client, attempt, key } = await startShortAttempt(60);
    await client.put(`/attempts/${attempt.id}/answers`, {
      answers: [
        { position: 0, option: key[0], seq: 1 },
        { position: 1, option: key[1], seq: 2 },
      ],
    });
    await db.query(
      `UPDATE attempt_answers SET saved_at = now() + interval '1 hour' WHERE attempt_id = $1 AND position = 1`,
      [attempt.id],
    );
    await client.post(`/attempts/${attempt.id}/submit`);
    const result = await pollUntil(async () => {
      const r = await client.get(`/attempts/${attempt.id}/result`);
      return r.body.status === 'graded' ? r.body : null;
    }, 'grading');
    expect(result.score).toBe(1);
  });
});
