import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { AuditService } from '../audit/audit.service';
import { OriginalityController } from './originality.controller';
import { OriginalityService } from './originality.service';
import { RegisterService } from './register.service';

/** Is an initiative new: trigram comparison in Postgres, the organizer's decisions, the register. */
@Module({
  imports: [AccountsModule],
  controllers: [OriginalityController],
  providers: [AuditService, OriginalityService, RegisterService],
  exports: [RegisterService],
})
export class OriginalityModule {}
