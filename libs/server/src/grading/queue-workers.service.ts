import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import type { Gauge } from 'prom-client';

import { repeatQuieter } from '../common/repeat-quieter';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { MetricsService } from '../metrics/metrics.service';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';
import { createRedis } from '../redis/redis.module';
import { ProcessEntryFileJob } from '../entries/process-entry-file.job';
import { ExportFileJob } from '../exports/export-file.job';
import { GradeAttemptJob } from './grade-attempt.job';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** Runs the BullMQ consumers of the worker process, one Worker per queue. */
@Injectable()
export class QueueWorkersService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkersService.name);
  private readonly workers: Worker[] = [];
  // BullMQ leaves connections it was handed open; they are ours to close.
  private readonly connections: Redis[] = [];

  constructor(
    private readonly gradeAttempt: GradeAttemptJob,
    private readonly exportFile: ExportFileJob,
    private readonly processEntryFile: ProcessEntryFileJob,
    private readonly queues: QueuesService,
    private readonly metrics: MetricsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    this.metrics.gaugeOnScrape('queue_jobs', 'Jobs in each queue by state', ['queue', 'state'], (gauge) =>
      this.countJobs(gauge),
    );
    this.start(JOBS.gradeAttempt.queue, (job) => this.gradeAttempt.handle(job), this.env.GRADING_CONCURRENCY);
    // Exports are few and heavy: one at a time per worker, so grading keeps its CPU.
    this.start(JOBS.exportFile.queue, (job) => this.exportFile.handle(job), 1);
    // ffmpeg uses every core it is given: clips one (or MEDIA_CONCURRENCY) at a time per worker.
    this.start(
      JOBS.processEntryFile.queue,
      (job) => this.processEntryFile.handle(job),
      this.env.MEDIA_CONCURRENCY,
    );
  }

  /** Every queue's depth, shared by all workers: any worker's scrape tells the same. */
  private async countJobs(gauge: Gauge<'queue' | 'state'>): Promise<void> {
    for (const { queue } of Object.values(JOBS)) {
      const counts = await this.queues.queue(queue).getJobCounts(...QUEUE_STATES);
      for (const state of QUEUE_STATES) gauge.set({ queue, state }, counts[state] ?? 0);
    }
  }

  private start(queue: string, handle: (job: Job) => Promise<void>, concurrency: number): void {
    const connection = createRedis(this.env, { forQueue: true });
    this.connections.push(connection);
    const worker = new Worker(queue, handle, {
      connection,
      prefix: this.env.REDIS_PREFIX,
      concurrency,
      lockDuration: this.env.QUEUE_LOCK_MS,
      stalledInterval: this.env.QUEUE_LOCK_MS,
      maxStalledCount: 5,
    });
    worker.on('failed', (job, error) => this.logger.warn(`${queue} job ${job?.id} failed: ${error.message}`));
    const logError = repeatQuieter((message) => this.logger.error(message));
    worker.on('error', (error) => logError(`${queue} worker: ${error.message}`));
    this.workers.push(worker);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
