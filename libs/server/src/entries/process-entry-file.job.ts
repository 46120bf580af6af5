import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';

import { JOBS } from '../queues/catalogue';
import { EntryFileProcessor } from './entry-file-processor.service';

/** One job per finished upload: probe, web copy, thumbnail, hash. */
@Injectable()
export class ProcessEntryFileJob {
  constructor(private readonly processor: EntryFileProcessor) {}

  async handle(job: Job): Promise<void> {
    const payload = JOBS.processEntryFile.schema.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`bad payload: ${payload.error.message}`);
    await this.processor.process(payload.data.fileId);
  }
}
