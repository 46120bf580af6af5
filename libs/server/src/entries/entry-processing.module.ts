import { Module } from '@nestjs/common';

import { StageMembership } from '../judging/stage-membership';
import { mediaStorageProvider } from '../media/media-storage';
import { EntryFileProcessor } from './entry-file-processor.service';
import { ProcessEntryFileJob } from './process-entry-file.job';

/** The worker side of entries: processing finished uploads. */
@Module({
  providers: [mediaStorageProvider, StageMembership, EntryFileProcessor, ProcessEntryFileJob],
  exports: [EntryFileProcessor, ProcessEntryFileJob],
})
export class EntryProcessingModule {}
