import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { io } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { SOCKET_EVENTS, type AttemptView } from '@contest/contracts';
import { haproxyConfig } from '@contest/server';
import {
  ApiClient,
  createRound,
  createUser,
  killNow,
  outputOf,
  pollUntil,
  sendUntilAccepted,
  spawnApi,
  spawnWorker,
  testDb,
  type Seen,
  freePort,
} from '@contest/server/testing';

// What a balancer answers while a copy it chose has just died: the client sends again.
const BALANCER_RETRY = [502, 503, 504];

/**
 * Debian's HAProxy in front of two api copies and a worker, configured as `npm run start:cluster`
 * configures it (round robin, no stickiness): socket.io over WebSocket through it, and one copy
 * killed mid-round while participants answer and submit through it, losing nothing accepted.
 */
describe('several api copies behind HAProxy', () => {
  let db: DataSource;
  let dir: string;
  let url: string;
  const apis: ChildProcess[] = [];
  let worker: ChildProcess;
  let balancer: ChildProcess;
  let metrics: number[];

  beforeAll(async () => {
    db = await testDb();
    dir = await mkdtemp(join(tmpdir(), 'balancer-'));
    const ports = [await freePort(), await freePort()];
    metrics = [await freePort(), await freePort()];
    for (const [i, port] of ports.entries())
      apis.push(spawnApi(port, { TRUST_PROXY: '1', METRICS_PORT: String(metrics[i]) }));
    worker = spawnWorker();
    for (const [i, port] of ports.entries())
      await pollUntil(
        async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok,
        `api copy ${i + 1} to answer (${outputOf(apis[i])})`,
      );
    const listen = { host: '127.0.0.1', port: await freePort() };
    const config = join(dir, 'haproxy.cfg');
    await writeFile(
      config,
      haproxyConfig({ listen, apis: ports.map((port) => ({ host: '127.0.0.1', port })) }),
    );
    balancer = spawn('haproxy', ['-W', '-db', '-f', config], { stdio: 'ignore' });
    url = `http://${listen.host}:${listen.port}`;
    await pollUntil(async () => (await fetch(`${url}/api/ready`).catch(() => null))?.ok, 'HAProxy to answer');
  });
  afterAll(async () => {
    for (const child of [...apis, worker, balancer]) await killNow(child);
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  const participant = async () => {
    const user = await createUser(db);
    const client = new ApiClient(url);
    await client.login(user.login, user.password);
    return client;
  };

  it('spreads requests over both copies and carries socket.io over WebSocket to the grading event', async () => {
    const client = await participant();
    // Round robin: six requests, three to each copy (each copy's own metrics count them).
    const counted = async () =>
      Promise.all(
        metrics.map(async (port) => {
          const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
          const line = text
            .split('\n')
            .find((l) =>
              l.startsWith('http_requests_total{method="GET",route="/api/rounds/current",status="401"}'),
            );
          return line ? Number(line.split(' ').pop()) : 0;
        }),
      );
    const before = await counted();
    for (let i = 0; i < 6; i++) expect((await fetch(`${url}/api/rounds/current`)).status).toBe(401);
    const after = await counted();
    expect(after.map((n, i) => n - before[i])).toEqual([3, 3]);
    const roundId = await createRound(db, { questionCount: 3 });
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: client.sessionCookie! },
    });
    try {
      const graded = new Promise<{ attemptId: number }>((resolve) =>
        socket.on(SOCKET_EVENTS.attemptGraded, resolve),
      );
      await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
      expect(socket.io.engine.transport.name).toBe('websocket');
      expect((await client.post(`/attempts/${attempt.id}/submit`)).status).toBe(200);
      // Graded by the worker, told through Redis to whichever copy holds this socket.
      expect((await graded).attemptId).toBe(attempt.id);
    } finally {
      socket.disconnect();
    }
  });

  it('loses no accepted answer when a copy is killed mid-round: the clients retry through the balancer', async () => {
    const roundId = await createRound(db, { questionCount: 5 });
    const people = await Promise.all(Array.from({ length: 12 }, () => participant()));
    const attempts = await Promise.all(
      people.map(async (client) => (await client.post<AttemptView>(`/rounds/${roundId}/attempts`)).body),
    );
    const seen: Seen[] = [];
    const kept = attempts.map(() => new Map<number, number>());
    let seq = 0;
    let killed = false;
    const answerAll = () =>
      Promise.all(
        people.map(async (client, i) => {
          const s = ++seq;
          const position = s % 5;
          const option = s % 4;
          await sendUntilAccepted(
            () =>
              client.put(`/attempts/${attempts[i].id}/answers`, { answers: [{ position, option, seq: s }] }),
            seen,
            { retryStatuses: BALANCER_RETRY },
          );
          kept[i].set(position, option);
        }),
      );
    for (let round = 0; round < 12; round++) {
      if (round === 4) {
        // In the middle of the round, one copy dies without a word (a crash, an OOM kill).
        await killNow(apis[0]);
        killed = true;
      }
      await answerAll();
    }
    expect(killed).toBe(true);
    await Promise.all(
      people.map((client, i) =>
        sendUntilAccepted(() => client.post(`/attempts/${attempts[i].id}/submit`), seen, {
          retryStatuses: BALANCER_RETRY,
        }),
      ),
    );
    // Every answer the server accepted is what Postgres holds, and every attempt is graded.
    for (const [i, attempt] of attempts.entries()) {
      const rows = await db.query(
        'SELECT position, option FROM attempt_answers WHERE attempt_id = $1 ORDER BY position',
        [attempt.id],
      );
      expect(rows).toEqual(
        [...kept[i]].sort(([a], [b]) => a - b).map(([position, option]) => ({ position, option })),
      );
    }
    await pollUntil(async () => {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM attempts WHERE round_id = $1 AND status = 'graded'`,
        [roundId],
      );
      return n === attempts.length;
    }, 'every attempt graded');
    // Nothing but retryable answers along the way; HAProxy's own retries hid most of the crash.
    expect(
      seen.filter((s) => s.status !== 200 && s.status !== 0 && !BALANCER_RETRY.includes(s.status)),
    ).toEqual([]);
  });
});
