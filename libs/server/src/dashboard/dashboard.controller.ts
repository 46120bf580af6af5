import { Controller, Get, Param } from '@nestjs/common';

import type { DashboardSnapshot } from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { IdPipe } from '../http/id.pipe';
import { DashboardService } from './dashboard.service';

@Controller('rounds')
@Roles('organizer')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get(':roundId/dashboard')
  snapshot(@Param('roundId', IdPipe) roundId: number): Promise<DashboardSnapshot> {
    return this.dashboards.snapshot(roundId);
  }
}
