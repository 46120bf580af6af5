import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';

import type { GradeAttemptJob } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { createRedis } from '../redis/redis.module';
import { Batcher } from './batcher';
import { JOBS } from './catalogue';

// Completed jobs are kept for a day so a repeated enqueue of the same id is a no-op.
const KEEP: JobsOptions = {
  removeOnComplete: { age: 24 * 3600, count: 200_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
};

/** Producer side of the queues, used by the api and by the worker's own follow-up jobs. */
@Injectable()
export class QueuesService implements OnApplicationShutdown {
  private readonly logger = new Logger(QueuesService.name);
  private readonly connection;
  private readonly queues = new Map<string, Queue>();
  // Many requests' jobs go to Redis in one round trip: at a deadline, thousands submit per second.
  private readonly grading = new Batcher<number>((ids) => this.addGradingJobs(ids), 500, 5);

  constructor(@Inject(ENV) private readonly env: Env) {
    // Producers fail fast when Redis is away (the sweeper re-enqueues); only workers block forever.
    this.connection = createRedis(env);
  }

  queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: this.connection,
        prefix: this.env.REDIS_PREFIX,
        defaultJobOptions: KEEP,
      });
      this.queues.set(name, q);
    }
    return q;
  }

  async enqueueGrading(attemptIds: number[]): Promise<void> {
    await Promise.all(attemptIds.map((id) => this.grading.add(id)));
  }

  private async addGradingJobs(attemptIds: number[]): Promise<void> {
    const job = JOBS.gradeAttempt;
    await this.queue(job.queue).addBulk(
      attemptIds.map((attemptId) => {
        const data: GradeAttemptJob = { attemptId };
        return { name: job.name, data, opts: { jobId: job.jobId(data) } };
      }),
    );
  }

  /** Enqueue without failing the caller: Postgres already holds the fact, the sweeper retries. */
  async tryEnqueue(what: string, enqueue: () => Promise<void>): Promise<void> {
    try {
      await enqueue();
    } catch (error) {
      this.logger.warn(`${what} not queued (${(error as Error).message}); the sweeper will pick it up`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
