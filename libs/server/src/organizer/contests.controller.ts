import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';

import {
  API_ROUTES,
  contestUpdateSchema,
  contestWizardSchema,
  overrideRequestSchema,
  roundUpdateSchema,
  type Contest,
  type ContestListResponse,
  type ContestUpdate,
  type Override,
  type OverrideListResponse,
  type OverrideRequest,
  type RoundAdmin,
  type RoundUpdate,
} from '@contest/contracts';
import type { z } from 'zod';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { ContestsService } from './contests.service';

@Controller()
@Roles('organizer')
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Get('contests')
  async list(): Promise<ContestListResponse> {
    return { items: await this.contests.list() };
  }

  @Post('contests')
  @HttpCode(API_ROUTES.createContest.status)
  create(
    @CurrentUser() user: SessionUser,
    @Body(new ZodPipe(contestWizardSchema)) wizard: z.output<typeof contestWizardSchema>,
  ): Promise<Contest> {
    return this.contests.create(user, wizard);
  }

  @Get('contests/:contestId')
  get(@Param('contestId', IdPipe) contestId: number): Promise<Contest> {
    return this.contests.get(contestId);
  }

  @Put('contests/:contestId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Body(new ZodPipe(contestUpdateSchema)) change: ContestUpdate,
  ): Promise<Contest> {
    return this.contests.update(user, contestId, change);
  }

  @Put('rounds/:roundId')
  updateRound(
    @CurrentUser() user: SessionUser,
    @Param('roundId', IdPipe) roundId: number,
    @Body(new ZodPipe(roundUpdateSchema)) change: RoundUpdate,
  ): Promise<RoundAdmin> {
    return this.contests.updateRound(user, roundId, change);
  }

  @Get('rounds/:roundId/overrides')
  async overrides(@Param('roundId', IdPipe) roundId: number): Promise<OverrideListResponse> {
    return { items: await this.contests.overrides(roundId) };
  }

  @Post('rounds/:roundId/overrides')
  @HttpCode(API_ROUTES.grantOverride.status)
  grant(
    @CurrentUser() user: SessionUser,
    @Param('roundId', IdPipe) roundId: number,
    @Body(new ZodPipe(overrideRequestSchema)) request: OverrideRequest,
  ): Promise<Override> {
    return this.contests.grantOverride(user, roundId, request);
  }
}
