import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { AuditService } from '../audit/audit.service';
import { AwardsController } from '../awards/awards.controller';
import { CertificatesService } from '../awards/certificates.service';
import { InteractionsService } from '../awards/interactions.service';
import { TrackResultsService } from '../awards/track-results.service';
import { AdvanceService } from '../judging/advance.service';
import { AssignmentsService } from '../judging/assignments.service';
import { GalleryService } from '../judging/gallery.service';
import { JudgeWorkService } from '../judging/judge-work.service';
import { JudgingController } from '../judging/judging.controller';
import { StageMembership } from '../judging/stage-membership';
import { StageResultsService } from '../judging/stage-results.service';
import { StagesService } from '../judging/stages.service';
import { VoteAuditService } from '../judging/vote-audit.service';
import { AttachmentsService } from '../initiatives/attachments.service';
import { InitiativesController } from '../initiatives/initiatives.controller';
import { InitiativesService } from '../initiatives/initiatives.service';
import { UnitReviewService } from '../initiatives/unit-review.service';
import { LiveFinalController } from '../live-final/live-final.controller';
import { LiveFinalService } from '../live-final/live-final.service';
import { LiveGateway } from '../live-final/live.gateway';
import { LivePublisher } from '../live-final/live-publisher';
import { mediaStorageProvider } from '../media/media-storage';
import { OriginalityModule } from '../originality/originality.module';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { EntryMediaService } from './entry-media.service';
import { EntryUploadsService } from './entry-uploads.service';
import { ScreeningService } from './screening.service';
import { TracksService } from './tracks.service';

/**
 * The api side of the entries-and-judging engine: calls, entries and uploads, initiatives and
 * their units' pre-screening, screening, judging, a hall's live final, gallery.
 */
@Module({
  imports: [AccountsModule, OriginalityModule],
  controllers: [
    EntriesController,
    JudgingController,
    InitiativesController,
    LiveFinalController,
    AwardsController,
  ],
  providers: [
    mediaStorageProvider,
    AuditService,
    TracksService,
    StagesService,
    StageMembership,
    EntriesService,
    EntryMediaService,
    EntryUploadsService,
    ScreeningService,
    AssignmentsService,
    JudgeWorkService,
    StageResultsService,
    GalleryService,
    VoteAuditService,
    AdvanceService,
    InitiativesService,
    AttachmentsService,
    UnitReviewService,
    LiveFinalService,
    LivePublisher,
    LiveGateway,
    TrackResultsService,
    CertificatesService,
    InteractionsService,
  ],
  exports: [EntryUploadsService, TracksService, StagesService],
})
export class EntriesModule {}
