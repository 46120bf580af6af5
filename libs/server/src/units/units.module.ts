import { Module } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { RoundSnapshotModule } from '../rounds/round-snapshot.module';
import { RosterService } from './roster.service';
import { UnitChanges } from './unit-changes';
import { UnitAdminsService } from './unit-admins.service';
import { UnitPeopleService } from './unit-people.service';
import { UnitTreeService } from './unit-tree.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [RoundSnapshotModule],
  controllers: [UnitsController],
  providers: [
    UnitsService,
    UnitTreeService,
    RosterService,
    UnitPeopleService,
    UnitAdminsService,
    UnitChanges,
    AuditService,
  ],
  exports: [UnitsService, UnitChanges],
})
export class UnitsModule {}
