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

/** Attempts closed per statement; a pass goes on while it finds this many. */
const CLOSE_BATCH = 5000;
/** An attempt is closed this long after its deadline, so an autosave sent in time lands first. */
const DEADLINE_GRACE_MS = 1000;

/**
 * Two timers in every worker, each pass taken by one worker at a time (a Redis lock); plain
 * timers, not repeatable jobs, so that they survive a wiped Redis:
 * - the deadline sweep (DEADLINE_SWEEP_MS, a second) submits attempts left open past their
 *   deadline. One indexed statement a second for the whole system, instead of a delayed job per
 *   attempt written to Redis in the start burst;
 * - the safety net (SWEEP_INTERVAL_MS) re-queues submitted attempts left ungraded, e.g. after
 *   Redis lost its data, and finished clip uploads left unqueued.
 */
@Injectable()
export class SweepAttemptsJob implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SweepAttemptsJob.name);
  private readonly timer = new SerialTimer(
    () => this.sweepOnce(),
    (error) => this.logger.warn(`sweep failed: ${error.message}`),
  );
  private readonly deadlineTimer = new SerialTimer(
    () => this.closeExpired(),
    (error) => this.logger.warn(`deadline sweep failed: ${error.message}`),
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
    this.deadlineTimer.start(this.env.DEADLINE_SWEEP_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.timer.stop(), this.deadlineTimer.stop()]);
  }

  /** The deadline sweep's pass: at a round's close every unsubmitted attempt expires at once. */
  async closeExpired(): Promise<number> {
    if (!(await this.takeTurn('deadline-sweep', this.env.DEADLINE_SWEEP_MS))) return 0;
    let total = 0;
    for (;;) {
      const closed = await this.closer.closeAllExpired(DEADLINE_GRACE_MS, CLOSE_BATCH);
      total += closed.length;
      if (closed.length < CLOSE_BATCH) break;
    }
    if (total) this.logger.log(`closed ${total} attempts at their deadline`);
    return total;
  }

  async sweepOnce(): Promise<{ requeued: number }> {
    if (!(await this.takeTurn('sweep', this.env.SWEEP_INTERVAL_MS))) return { requeued: 0 };
    const requeued = await this.requeueUngraded();
    const files = await this.requeueUnprocessedFiles();
    if (requeued || files) this.logger.log(`re-queued ${requeued} ungraded attempts and ${files} clip files`);
    return { requeued };
  }

  /** One worker per pass: the first to set the lock for the interval. */
  private async takeTurn(pass: string, intervalMs: number): Promise<boolean> {
    const key = `${this.env.REDIS_PREFIX}:lock:${pass}`;
    return (await this.redis.set(key, String(process.pid), 'PX', intervalMs, 'NX')) === 'OK';
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
