import { Module } from '@nestjs/common';

import { AuditController } from '../audit/audit.controller';
import { AuditService } from '../audit/audit.service';
import { QuestionsController } from '../questions/questions.controller';
import { QuestionsService } from '../questions/questions.service';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { ContestsController } from './contests.controller';
import { ContestsService } from './contests.service';

/** The organizer console's api: contests and rounds, overrides, the question bank, the audit log. */
@Module({
  imports: [RoundSnapshotModule],
  controllers: [ContestsController, QuestionsController, AuditController],
  providers: [ContestsService, QuestionsService, AuditService],
  exports: [ContestsService, AuditService],
})
export class OrganizerModule {}
