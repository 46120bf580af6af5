import type { DataSource } from 'typeorm';

import type { AttemptView } from '@contest/contracts';

import { createRound, createUser, testDb, type ApiClient } from '@contest/server/testing';
import { startApi, type RunningApi } from './test-support/start-api';

/** Every refusal is a clear 4xx with a message, never a 500, and loses nothing already saved. */
describe('bad input to the quiz loop', () => {
  let db: DataSource;
  let api: RunningApi;
  let roundId: number;
  let client: ApiClient;
  let attempt: AttemptView;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi({ BODY_LIMIT_BYTES: '8192' });
    roundId = await createRound(db, { questionCount: 4 });
    const user = await createUser(db);
    client = api.client();
    await client.login(user.login, user.password);
    attempt = (await client.post<AttemptView>(`/rounds/${roundId}/attempts`)).body;
    await client.put(`/attempts/${attempt.id}/answers`, { answers: [{ position: 0, option: 1, seq: 1 }] });
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  const expectRefused = (
    r: { status: number; body: { statusCode: number; message: string } },
    status: number,
    message?: RegExp,
  ) => {
    expect(r.status).toBe(status);
    expect(r.body.statusCode).toBe(status);
    expect(r.body.message.length).toBeGreaterThan(3);
    if (message) expect(r.body.message).toMatch(message);
  };

  it('an unknown or foreign attempt is simply not found', async () => {
    expectRefused(await client.get('/attempts/99999999'), 404);
    expectRefused(await client.get('/attempts/not-a-number'), 404);
    const other = await createUser(db);
    const stranger = api.client();
    await stranger.login(other.login, other.password);
    expectRefused(await stranger.get(`/attempts/${attempt.id}`), 404);
    expectRefused(
      await stranger.put(`/attempts/${attempt.id}/answers`, {
        answers: [{ position: 0, option: 0, seq: 9 }],
      }),
      404,
    );
    expectRefused(await stranger.post(`/attempts/${attempt.id}/submit`), 404);
    expectRefused(await stranger.get(`/attempts/${attempt.id}/result`), 404);
  });

  it('an answer to a question not in the attempt, or an option out of range, is refused whole', async () => {
    expectRefused(
      await client.put(`/attempts/${attempt.id}/answers`, {
        answers: [
          { position: 1, option: 0, seq: 2 },
          { position: 4, option: 0, seq: 3 },
        ],
      }),
      422,
      /Câu 5/,
    );
    const optionCount = attempt.questions[1].options.length;
    expectRefused(
      await client.put(`/attempts/${attempt.id}/answers`, {
        answers: [{ position: 1, option: optionCount, seq: 4 }],
      }),
      422,
      /phương án/,
    );
    expectRefused(
      await client.put(`/attempts/${attempt.id}/answers`, { answers: [{ position: 1, option: -1, seq: 4 }] }),
      400,
    );
    expectRefused(
      await client.put(`/attempts/${attempt.id}/answers`, {
        answers: [{ position: 1, option: 'A', seq: 4 }],
      }),
      400,
    );
    const saved = await client.get<AttemptView>(`/attempts/${attempt.id}`);
    expect(saved.body.answers).toEqual([{ position: 0, option: 1 }]);
  });

  it('a prediction in a round without one is refused', async () => {
    expectRefused(
      await client.put(`/attempts/${attempt.id}/answers`, { prediction: { value: 5, seq: 1 } }),
      422,
    );
  });

  it('malformed, oversized or non-JSON bodies get 4xx, not 500', async () => {
    expectRefused(
      await client.request('PUT', `/attempts/${attempt.id}/answers`, undefined, '{"answers": [}'),
      400,
    );
    const huge = {
      answers: Array.from({ length: 190 }, (_, i) => ({
        position: 0,
        option: 0,
        seq: i,
        pad: 'x'.repeat(50),
      })),
    };
    expectRefused(await client.put(`/attempts/${attempt.id}/answers`, huge), 413);
    const text = await fetch(`${api.url}/api/attempts/${attempt.id}/answers`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain', cookie: client.sessionCookie! },
      body: 'hello',
    });
    // Only JSON (or a file where one is expected) is read: a text body is what a cross-site form sends.
    expect(text.status).toBe(415);
    expect(((await text.json()) as { code: string }).code).toBe('unsupported_media_type');
  });

  it('starts outside the window or past the attempts allowed are refused with the reason', async () => {
    const later = await createRound(db, {
      opensAt: new Date(Date.now() + 3600_000),
      closesAt: new Date(Date.now() + 7200_000),
    });
    expectRefused(await client.post(`/rounds/${later}/attempts`), 409, /chưa mở/);
    const past = await createRound(db, {
      opensAt: new Date(Date.now() - 7200_000),
      closesAt: new Date(Date.now() - 3600_000),
    });
    expectRefused(await client.post(`/rounds/${past}/attempts`), 409, /đã kết thúc/);
    expectRefused(await client.post('/rounds/99999999/attempts'), 404);

    const once = await createRound(db, { attemptsAllowed: 1 });
    const first = await client.post<AttemptView>(`/rounds/${once}/attempts`);
    await client.post(`/attempts/${first.body.id}/submit`);
    expectRefused(await client.post(`/rounds/${once}/attempts`), 409, /hết 1 lượt/);
  });

  it('a second submit changes nothing; answers after a submit are refused', async () => {
    const r = await createRound(db);
    const { body: a } = await client.post<AttemptView>(`/rounds/${r}/attempts`);
    await client.put(`/attempts/${a.id}/answers`, { answers: [{ position: 0, option: 0, seq: 1 }] });
    const first = await client.post(`/attempts/${a.id}/submit`);
    const second = await client.post(`/attempts/${a.id}/submit`, {
      answers: [{ position: 0, option: 1, seq: 2 }],
    });
    expect(first.body.firstSubmit).toBe(true);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, firstSubmit: false });
    expectRefused(
      await client.put(`/attempts/${a.id}/answers`, { answers: [{ position: 0, option: 1, seq: 3 }] }),
      409,
    );
    const [{ option }] = await db.query('SELECT option FROM attempt_answers WHERE attempt_id = $1', [a.id]);
    expect(option).toBe(0);
  });

  it('limits attempt starts per account, counting resumes too', async () => {
    const limited = await startApi({ RATE_START_PER_ACCOUNT: '3', REDIS_PREFIX: `startlimit${Date.now()}` });
    try {
      const user = await createUser(db);
      const c = limited.client();
      await c.login(user.login, user.password);
      const r = await createRound(db);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await c.post(`/rounds/${r}/attempts`)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it('counts starts that arrive together one by one against the limit', async () => {
    const limited = await startApi({ RATE_START_PER_ACCOUNT: '3', REDIS_PREFIX: `startburst${Date.now()}` });
    try {
      const user = await createUser(db);
      const c = limited.client();
      await c.login(user.login, user.password);
      const r = await createRound(db);
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async () => (await c.post(`/rounds/${r}/attempts`)).status),
      );
      expect(statuses.sort()).toEqual([201, 201, 201, 429, 429, 429, 429, 429, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses signed-out callers and keeps unknown api paths JSON', async () => {
    expectRefused(await api.client().post(`/rounds/${roundId}/attempts`), 401);
    expectRefused(await api.client().get('/me/attempts'), 401);
    expectRefused(await client.get('/no-such-endpoint'), 404);
  });
});
