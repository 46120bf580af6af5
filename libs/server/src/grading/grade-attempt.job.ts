import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { MetricsService } from '../metrics/metrics.service';
import { JOBS } from '../queues/catalogue';
import { Batcher } from '../queues/batcher';
import { GradeAttemptsBatchService } from './grade-attempts-batch.service';

/** One job per submitted attempt; many run at once and are graded together in batches. */
@Injectable()
export class GradeAttemptJob {
  private readonly batcher: Batcher<number>;

  constructor(grader: GradeAttemptsBatchService, metrics: MetricsService, @Inject(ENV) env: Env) {
    this.batcher = new Batcher(
      async (ids) => {
        const timer = metrics.gradingBatch.startTimer();
        const graded = await grader.gradeAttemptsBatch(ids);
        timer();
        metrics.attemptsGraded.inc(graded.length);
      },
      env.GRADING_BATCH_SIZE,
      env.GRADING_BATCH_WAIT_MS,
    );
  }

  async handle(job: Job): Promise<void> {
    const payload = JOBS.gradeAttempt.schema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`bad payload: ${payload.error.message}`);
    await this.batcher.add(payload.data.attemptId);
  }
}
