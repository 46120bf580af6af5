import { Module } from '@nestjs/common';

import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { UnitsModule } from '../units/units.module';
import { ParticipationDataLoader } from './participation-data';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Participation reports, read from the roll-ups the worker keeps (see rollups.ts). */
@Module({
  imports: [RoundSnapshotModule, UnitsModule],
  controllers: [ReportsController],
  providers: [ParticipationDataLoader, ReportsService],
})
export class StatsModule {}
