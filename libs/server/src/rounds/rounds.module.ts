import { Module } from '@nestjs/common';

import { RoundSnapshotModule } from './round-snapshot.module';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';

@Module({
  imports: [RoundSnapshotModule],
  controllers: [RoundsController],
  providers: [RoundsService],
  exports: [RoundSnapshotModule, RoundsService],
})
export class RoundsModule {}
