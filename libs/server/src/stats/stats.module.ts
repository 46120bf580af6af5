import { Module } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { UnitsModule } from '../units/units.module';
import { CollectivePrizesController } from './collective-prizes.controller';
import { CollectivePrizesService } from './collective-prizes.service';
import { ParticipationDataLoader } from './participation-data';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { UnitsBoardController } from './units-board.controller';
import { UnitsBoardService } from './units-board.service';

/** Participation reports, the public board of units and collective prizes, all read from the roll-ups. */
@Module({
  imports: [RoundSnapshotModule, UnitsModule],
  controllers: [ReportsController, UnitsBoardController, CollectivePrizesController],
  providers: [
    ParticipationDataLoader,
    ReportsService,
    UnitsBoardService,
    CollectivePrizesService,
    AuditService,
  ],
  exports: [ParticipationDataLoader, UnitsBoardService],
})
export class StatsModule {}
