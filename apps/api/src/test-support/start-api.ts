import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import type { DataSource } from 'typeorm';

import { ApiClient, createUser, startWorkerInProcess, TEST_ENV, testDb } from '@contest/server/testing';
import { createApiApp } from '../app';

export interface RunningApi {
  app: NestFastifyApplication;
  url: string;
  client: () => ApiClient;
  close: () => Promise<void>;
}

/** The real api on a free port, with this run's database and Redis prefix (plus any overrides). */
export async function startApi(overrides: Record<string, string> = {}): Promise<RunningApi> {
  const saved = { ...process.env };
  Object.assign(process.env, TEST_ENV, overrides);
  const app = await createApiApp({ logger: false });
  process.env = saved;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return { app, url, client: () => new ApiClient(url), close: () => app.close() };
}

export interface RunningLoop {
  db: DataSource;
  api: RunningApi;
  close: () => Promise<void>;
}

/** The whole quiz loop for one test file: the api, the worker's modules in process, and a database handle. */
export async function startLoop(): Promise<RunningLoop> {
  const db = await testDb();
  const api = await startApi();
  const worker = await startWorkerInProcess();
  return {
    db,
    api,
    close: async () => {
      await worker.close();
      await api.close();
      await db.destroy();
    },
  };
}

/** A new participant, signed in through the api like a browser. */
export async function signedInParticipant(
  db: DataSource,
  api: RunningApi,
): Promise<{ client: ApiClient; userId: number }> {
  const user = await createUser(db);
  const client = api.client();
  await client.login(user.login, user.password);
  return { client, userId: user.id };
}
