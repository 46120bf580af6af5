import { execFile, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import type { AttemptView } from '@contest/contracts';
import {
  ApiClient,
  createRound,
  createUser,
  exitOf,
  killNow,
  OUTAGE_CODES,
  outputOf,
  pollUntil,
  sendUntilAccepted,
  type Seen,
  spawnApi,
  spawnWorker,
  TEST_ENV,
  testDb,
  freePort,
} from '@contest/server/testing';

const run = promisify(execFile);
const GRACE_MS = 2000;

// The machine's own services, restarted the way CI starts them.
const cluster = () => readdirSync('/etc/postgresql')[0];
/** Stopped, down for a second while requests keep coming, then started again. */
async function restartPostgres(): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster(), 'main', 'stop', '-m', 'fast']);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster(), 'main', 'start']);
}
const startPostgres = () =>
  run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster(), 'main', 'start']).catch(() => undefined);
const redisUp = async () =>
  (await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping']).catch(() => null))?.stdout.trim() ===
  'PONG';
const stopRedis = () =>
  run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']).catch(() => undefined);
const startRedis = () =>
  run('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    '6379',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);

const alive = (child: ChildProcess) =>
  child.exitCode === null && child.signalCode === null
    ? 'running'
    : `exited (${child.exitCode ?? child.signalCode})`;

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (child) await killNow(child);
}

/**
 * Postgres restarted during an open round, Redis restarted, and SIGTERM with a request stuck on a
 * locked row: the api and the worker (their own processes, built code) recover by themselves
 * within 10 s, answer 503 with a code in between, lose nothing accepted, and stop within the grace.
 */
describe('faults: what the api and the worker stand on goes away and comes back', () => {
  let db: DataSource;
  let api: ChildProcess;
  let worker: ChildProcess;
  let url: string;
  let participant: ApiClient;

  const healthy = async () => (await fetch(`${url}/api/health`).catch(() => null))?.status === 200;

  beforeAll(async () => {
    db = await testDb();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawnApi(port, { SHUTDOWN_GRACE_MS: String(GRACE_MS), DATABASE_POOL_WAIT_MS: '1000' });
    worker = spawnWorker();
    await pollUntil(healthy, 'the api to answer');
    const user = await createUser(db);
    participant = new ApiClient(url);
    await participant.login(user.login, user.password);
  });
  afterAll(async () => {
    await startPostgres();
    if (!(await redisUp())) await startRedis();
    await stop(api);
    await stop(worker);
    await db.destroy().catch(() => undefined);
  });

  it('keeps every answer through a Postgres restart mid-round, answers 503 in between, and is back within 10 s', async () => {
    const roundId = await createRound(db, { questionCount: 5 });
    const { body: attempt } = await participant.post<AttemptView>(`/rounds/${roundId}/attempts`);
    expect(attempt.questions).toHaveLength(5);
    const seen: Seen[] = [];
    const kept = new Map<number, number>();
    let seq = 0;
    const answer = async () => {
      seq++;
      const position = seq % 5;
      const option = (seq >> 1) % 2;
      await sendUntilAccepted(
        () => participant.put(`/attempts/${attempt.id}/answers`, { answers: [{ position, option, seq }] }),
        seen,
      );
      kept.set(position, option);
    };
    for (let i = 0; i < 5; i++) await answer();

    let upAt = 0;
    const restarting = restartPostgres().then(() => (upAt = Date.now()));
    // The participant goes on answering, every 50 ms, while the database is down and comes back.
    while (!upAt) {
      await answer();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await restarting;
    await answer();
    expect(Date.now() - upAt).toBeLessThan(10_000);
    const outages = seen.filter((s) => s.status !== 200);
    // The outage was seen, and only ever as a named 503 or a dropped connection.
    expect(outages.length).toBeGreaterThan(0);
    expect(
      outages.filter((s) => s.status !== 0 && !(s.status === 503 && OUTAGE_CODES.includes(s.code!))),
    ).toEqual([]);

    await sendUntilAccepted(() => participant.post(`/attempts/${attempt.id}/submit`), seen);
    const graded = await pollUntil(async () => {
      const [row] = await db.query('SELECT status FROM attempts WHERE id = $1', [attempt.id]).catch(() => []);
      return row?.status === 'graded' && row;
    }, 'the attempt graded after the restart');
    expect(graded.status).toBe('graded');
    const answers = await db.query(
      'SELECT position, option FROM attempt_answers WHERE attempt_id = $1 ORDER BY position',
      [attempt.id],
    );
    // Every answer the server accepted is what Postgres holds.
    expect(answers).toEqual(
      [...kept].sort(([a], [b]) => a - b).map(([position, option]) => ({ position, option })),
    );
  });

  it('grades what was submitted while Redis was down, answers 503 in between, and is back within 10 s', async () => {
    const roundId = await createRound(db, { questionCount: 3 });
    const { body: attempt } = await participant.post<AttemptView>(`/rounds/${roundId}/attempts`);
    const seen: Seen[] = [];
    await stopRedis();
    await pollUntil(async () => !(await redisUp()), 'Redis to stop');
    await sendUntilAccepted(
      () =>
        participant.put(`/attempts/${attempt.id}/answers`, { answers: [{ position: 0, option: 1, seq: 1 }] }),
      seen,
    );
    await sendUntilAccepted(() => participant.post(`/attempts/${attempt.id}/submit`), seen);
    // A start needs Redis (its rate limits): refused with the outage named, never a 500.
    const later = await createRound(db, { questionCount: 3 });
    const refused = await participant.post(`/rounds/${later}/attempts`);
    expect(refused.status === 503 ? refused.body.code : 'started').toMatch(/^(redis_unavailable|started)$/);

    await startRedis();
    const upAt = Date.now();
    const startedAt = await sendUntilAccepted(() => participant.post(`/rounds/${later}/attempts`), seen);
    expect(startedAt - upAt).toBeLessThan(10_000);
    // The grading job may have been lost with Redis: the worker's sweeper queues it again.
    const graded = await pollUntil(async () => {
      const [row] = await db.query('SELECT status, score FROM attempts WHERE id = $1', [attempt.id]);
      return row.status === 'graded' && row;
    }, 'the attempt submitted while Redis was down to be graded').catch((error: Error) => {
      throw new Error(`${error.message}; the worker ${alive(worker)} printed:\n${outputOf(worker)}`);
    });
    expect(graded.status).toBe('graded');
    expect(
      seen.filter((s) => s.status >= 500).every((s) => s.status === 503 && OUTAGE_CODES.includes(s.code!)),
    ).toBe(true);
  });

  it('stops within its grace on SIGTERM, even with a request stuck on a locked row', async () => {
    const organizer = await createUser(db, { role: 'organizer' });
    const client = new ApiClient(url);
    await client.login(organizer.login, organizer.password);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const contest = (await client.get(`/contests/${contestId}`)).body;
    expect([alive(api), alive(worker)]).toEqual(['running', 'running']);
    const lock = new Client({ connectionString: TEST_ENV.DATABASE_URL });
    // A connection left open must not crash the run when the database goes away later.
    lock.on('error', () => undefined);
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('SELECT id FROM contests WHERE id = $1 FOR UPDATE', [contestId]);
      const stuck = client
        .put(`/contests/${contestId}`, {
          name: contest.name,
          year: contest.year,
          topics: contest.topics,
          prizeCounts: contest.prizeCounts,
          onePrizePerPerson: contest.onePrizePerPerson,
          unitAdminsCompete: contest.unitAdminsCompete,
          publicRankingNames: contest.publicRankingNames,
        })
        .catch(() => null);
      await pollUntil(async () => {
        const [row] = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return row.n > 0;
      }, 'the request to wait on the lock');
      const exited = exitOf(api).then((code) => ({ code, at: Date.now() }));
      const signalledAt = Date.now();
      api.kill('SIGTERM');
      const { code, at } = await exited;
      expect(at - signalledAt).toBeLessThan(GRACE_MS + 1500);
      expect(code).toBe(1);
      await stuck;

      const workerExit = exitOf(worker);
      const workerSignalledAt = Date.now();
      worker.kill('SIGTERM');
      expect(await workerExit).toBe(0);
      expect(Date.now() - workerSignalledAt).toBeLessThan(10_000);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
    }
  });
});
