import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import type Redis from 'ioredis';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';
import { REDIS } from '../redis/redis.module';
import { AttemptCloserService } from './attempt-closer.service';

/**
 * The safety net under the queues. On a timer in every worker (one at a time, by a Redis lock)
 * it closes attempts past their deadline that no deadline job closed, and re-queues submitted
 * attempts left ungraded, e.g. after Redis lost its data, and finished clip uploads left unqueued. A plain timer, not a repeatable job,
 * so that it survives a wiped Redis.
 */
@Injectable()
export class SweepAttemptsJob implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SweepAttemptsJob.name);
  private readonly timer = new SerialTimer(
    () => this.sweepOnce(),
    (error) => this.logger.warn(`sweep failed: ${error.message}`),
  );

  constructor(
    private readonly sql: Sql,
    private readonly closer: AttemptCloserService,
    private readonly queues: QueuesService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    this.timer.start(this.env.SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async sweepOnce(): Promise<{ closed: number; requeued: number }> {
    const lockKey = `${this.env.REDIS_PREFIX}:lock:sweep`;
    const got = await this.redis.set(lockKey, String(process.pid), 'PX', this.env.SWEEP_INTERVAL_MS, 'NX');
    if (!got) return { closed: 0, requeued: 0 };
    const closed = await this.closer.closeAllExpired();
    const requeued = await this.requeueUngraded();
    const files = await this.requeueUnprocessedFiles();
    if (closed.length || requeued || files)
      this.logger.log(
        `closed ${closed.length} expired, re-queued ${requeued} ungraded and ${files} clip files`,
      );
    return { closed: closed.length, requeued };
  }

  private async requeueUngraded(): Promise<number> {
    const stale = await this.sql.query<{ id: number }>(
      'attempts-waiting-grade',
      `SELECT id FROM attempts WHERE status = 'submitted' AND submitted_at < now() - $1 * interval '1 millisecond'
        ORDER BY submitted_at LIMIT 20000`,
      [this.env.SWEEP_REGRADE_AFTER_MS],
    );
    const queue = this.queues.queue(JOBS.gradeAttempt.queue);
    const missing: number[] = [];
    for (const { id } of stale) {
      const job = await Job.fromId(queue, JOBS.gradeAttempt.jobId({ attemptId: id }));
      if (!job) missing.push(id);
      else if (await job.isFailed()) await job.retry('failed');
      // Completed yet still 'submitted' cannot happen: a job completes only after its UPDATE.
    }
    await this.queues.enqueueGrading(missing);
    return missing.length;
  }

  /** Finished uploads whose job never reached Redis (it was away at that moment). */
  private async requeueUnprocessedFiles(): Promise<number> {
    const stale = await this.sql.query<{ id: number }>(
      'entry-files-unqueued',
      `SELECT id FROM entry_files WHERE status = 'processing' AND created_at < now() - $1 * interval '1 millisecond'
        ORDER BY id LIMIT 1000`,
      [this.env.SWEEP_REGRADE_AFTER_MS],
    );
    const job = JOBS.processEntryFile;
    const queue = this.queues.queue(job.queue);
    let added = 0;
    for (const { id } of stale) {
      if (await Job.fromId(queue, job.jobId({ fileId: id }))) continue;
      await queue.add(job.name, { fileId: id }, { jobId: job.jobId({ fileId: id }), attempts: 3 });
      added++;
    }
    return added;
  }
}
