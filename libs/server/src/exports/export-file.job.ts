import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';

import { JOBS } from '../queues/catalogue';
import { ExportRunner } from './export-runner';

@Injectable()
export class ExportFileJob {
  constructor(private readonly runner: ExportRunner) {}

  async handle(job: Job): Promise<void> {
    const payload = JOBS.exportFile.schema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`bad payload: ${payload.error.message}`);
    await this.runner.run(payload.data.exportId);
  }
}
