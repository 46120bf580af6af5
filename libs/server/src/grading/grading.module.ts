import { Module } from '@nestjs/common';

import { DashboardModule } from '../dashboard/dashboard.module';
import { EntryProcessingModule } from '../entries/entry-processing.module';
import { DashboardPublisher } from '../dashboard/dashboard.publisher';
import { ExportFileJob } from '../exports/export-file.job';
import { ExportRunner } from '../exports/export-runner';
import { GradeEventsPublisher } from '../realtime/grade-events.publisher';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { AttemptCloserService } from './attempt-closer.service';
import { GradeAttemptJob } from './grade-attempt.job';
import { GradeAttemptsBatchService } from './grade-attempts-batch.service';
import { GradedBatches } from './graded-batches';
import { QueueWorkersService } from './queue-workers.service';
import { SweepAttemptsJob } from './sweep-attempts.job';
import { ParticipationDataLoader } from '../stats/participation-data';
import { UnitsBoardPublisher } from '../stats/units-board.publisher';
import { UnitsBoardService } from '../stats/units-board.service';
import { UnitChanges } from '../units/unit-changes';
import { UnitEventsPublisher } from '../units/unit-events.publisher';

/** The worker: grading and its roll-ups, deadlines and the sweeper, live pushes, export files, clip processing. */
@Module({
  imports: [RoundSnapshotModule, DashboardModule, EntryProcessingModule],
  providers: [
    GradedBatches,
    GradeEventsPublisher,
    DashboardPublisher,
    UnitChanges,
    UnitEventsPublisher,
    ParticipationDataLoader,
    UnitsBoardService,
    UnitsBoardPublisher,
    ExportRunner,
    ExportFileJob,
    GradeAttemptsBatchService,
    AttemptCloserService,
    GradeAttemptJob,
    SweepAttemptsJob,
    QueueWorkersService,
  ],
  exports: [GradeAttemptsBatchService, SweepAttemptsJob],
})
export class GradingModule {}
