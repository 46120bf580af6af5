import { Module } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { DashboardController } from '../dashboard/dashboard.controller';
import { DashboardModule } from '../dashboard/dashboard.module';
import { ExportsController } from '../exports/exports.controller';
import { ExportsService } from '../exports/exports.service';
import { HealthController } from '../health/health.controller';
import { mediaStorageProvider } from '../media/media-storage';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/** Finalising, published results, the live dashboard's snapshot, exports, and health checks. */
@Module({
  imports: [DashboardModule, RoundSnapshotModule],
  controllers: [ResultsController, DashboardController, ExportsController, HealthController],
  providers: [ResultsService, ExportsService, AuditService, mediaStorageProvider],
})
export class ResultsModule {}
