import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import type { AttemptView } from '@contest/contracts';
import { createRound, freePort, pollUntil, startWorkerInProcess, testDb } from '@contest/server/testing';

import { signedInParticipant, startApi, type RunningApi } from './test-support/start-api';

/** One sample's value from Prometheus text, by its name and labels as written. */
const sample = (text: string, series: string): number | null => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
};

describe('metrics: what operators scrape from an api and a worker', () => {
  let db: DataSource;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let apiMetrics: string;
  let workerMetrics: string;
  const scrape = async (url: string) => (await fetch(url)).text();

  beforeAll(async () => {
    db = await testDb();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    apiMetrics = `http://127.0.0.1:${apiPort}/metrics`;
    workerMetrics = `http://127.0.0.1:${workerPort}/metrics`;
    api = await startApi({ METRICS_PORT: String(apiPort) });
    worker = await startWorkerInProcess({ METRICS_PORT: String(workerPort) });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.destroy();
  });

  it("counts and times the api's requests by route template, and the worker's grading and queues", async () => {
    const roundId = await createRound(db, { questionCount: 3 });
    const { client } = await signedInParticipant(db, api);
    const { body: attempt } = await client.post<AttemptView>(`/rounds/${roundId}/attempts`);
    await client.put(`/attempts/${attempt.id}/answers`, { answers: [{ position: 0, option: 1, seq: 1 }] });
    expect((await client.post(`/attempts/${attempt.id}/submit`)).status).toBe(200);
    expect((await client.get('/attempts/999999999')).status).toBe(404);

    const text = await scrape(apiMetrics);
    // One series per route, never per attempt id.
    expect(
      sample(text, 'http_requests_total{method="POST",route="/api/attempts/:attemptId/submit",status="200"}'),
    ).toBe(1);
    expect(
      sample(text, 'http_requests_total{method="GET",route="/api/attempts/:attemptId",status="404"}'),
    ).toBe(1);
    expect(text).not.toContain(`/api/attempts/${attempt.id}`);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="POST",route="/api/rounds/:roundId/attempts"}',
      ),
    ).toBe(1);
    expect(text).toContain('process_cpu_seconds_total');

    const graded = await pollUntil(async () => {
      const t = await scrape(workerMetrics);
      return (sample(t, 'attempts_graded_total') ?? 0) >= 1 && t;
    }, 'the worker to count the graded attempt');
    expect(sample(graded, 'grading_batch_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(graded, 'queue_jobs{queue="grading",state="failed"}')).toBe(0);
    expect(graded).toMatch(/^queue_jobs\{queue="media",state="waiting"\} \d+$/m);
    // Only /metrics, and only on its own port.
    expect((await fetch(apiMetrics.replace('/metrics', '/'))).status).toBe(404);
    expect((await api.client().get('/metrics')).status).toBe(404);
  });
});
