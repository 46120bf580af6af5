import { Module } from '@nestjs/common';

import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [RoundSnapshotModule],
  controllers: [UnitsController],
  providers: [UnitsService],
  exports: [UnitsService],
})
export class UnitsModule {}
