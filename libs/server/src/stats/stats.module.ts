import { Module } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { UnitsModule } from '../units/units.module';
import { CollectivePrizesController } from './collective-prizes.controller';
import { CollectivePrizesService } from './collective-prizes.service';
import { ComparisonService } from './comparison.service';
import { EarlierContestsController } from './earlier-contests.controller';
import { ParticipationDataLoader } from './participation-data';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { UnitsBoardController } from './units-board.controller';
import { UnitsBoardService } from './units-board.service';

/**
 * Participation reports, comparisons with earlier contests, the public board of units and
 * collective prizes, all read from the roll-ups.
 */
@Module({
  imports: [RoundSnapshotModule, UnitsModule],
  controllers: [
    ReportsController,
    UnitsBoardController,
    CollectivePrizesController,
    EarlierContestsController,
  ],
  providers: [
    ParticipationDataLoader,
    ReportsService,
    UnitsBoardService,
    CollectivePrizesService,
    ComparisonService,
    AuditService,
  ],
  exports: [ParticipationDataLoader, UnitsBoardService],
})
export class StatsModule {}
