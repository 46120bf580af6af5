import { Module } from '@nestjs/common';

import { GradeEventsPublisher } from '../realtime/grade-events.publisher';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { AttemptCloserService } from './attempt-closer.service';
import { CloseExpiredAttemptJob } from './close-expired-attempt.job';
import { GradeAttemptJob } from './grade-attempt.job';
import { GradeAttemptsBatchService } from './grade-attempts-batch.service';
import { QueueWorkersService } from './queue-workers.service';
import { SweepAttemptsJob } from './sweep-attempts.job';

/** The worker's side of the quiz loop: grading, deadlines and the sweeper. */
@Module({
  imports: [RoundSnapshotModule],
  providers: [
    GradeEventsPublisher,
    GradeAttemptsBatchService,
    AttemptCloserService,
    GradeAttemptJob,
    CloseExpiredAttemptJob,
    SweepAttemptsJob,
    QueueWorkersService,
  ],
  exports: [GradeAttemptsBatchService, SweepAttemptsJob],
})
export class GradingModule {}
