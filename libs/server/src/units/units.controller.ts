import { Controller, Get, Param, Query } from '@nestjs/common';

import {
  unitParticipationQuerySchema,
  unitSearchQuerySchema,
  type UnitParticipation,
  type UnitSearchQuery,
  type UnitSearchResponse,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { UnitsService } from './units.service';

@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Public()
  @Get()
  async search(
    @Query(new ZodPipe(unitSearchQuerySchema)) query: UnitSearchQuery,
  ): Promise<UnitSearchResponse> {
    return { items: await this.units.search(query.q, query.limit) };
  }

  @Roles('unit_admin', 'organizer')
  @Get(':unitId/participation')
  participation(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(unitParticipationQuerySchema)) query: { roundId: number },
  ): Promise<UnitParticipation> {
    return this.units.participation(user, unitId, query.roundId);
  }
}
