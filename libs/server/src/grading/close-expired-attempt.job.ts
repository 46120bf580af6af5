import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';

import { JOBS } from '../queues/catalogue';
import { AttemptCloserService } from './attempt-closer.service';

/** Fires at an attempt's deadline and submits it if the participant has not. */
@Injectable()
export class CloseExpiredAttemptJob {
  constructor(private readonly closer: AttemptCloserService) {}

  async handle(job: Job): Promise<void> {
    const payload = JOBS.closeExpiredAttempt.schema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`bad payload: ${payload.error.message}`);
    const outcome = await this.closer.closeIfExpired(payload.data.attemptId);
    // Clocks of api and database can differ by a little: fail so BullMQ retries after a backoff.
    if (outcome === 'early')
      throw new Error(`attempt ${payload.data.attemptId} is still before its deadline`);
  }
}
