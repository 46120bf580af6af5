import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { UnitChanges } from '../units/unit-changes';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { RateLimitService } from './rate-limit.service';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccountsService,
    SessionsService,
    RateLimitService,
    UnitChanges,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, RateLimitService],
})
export class AccountsModule {}
