import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';

import {
  API_ROUTES,
  earlierContestInputSchema,
  type EarlierContest,
  type EarlierContestInput,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { ComparisonService } from './comparison.service';

@Controller('earlier-contests')
@Roles('organizer')
export class EarlierContestsController {
  constructor(private readonly comparisons: ComparisonService) {}

  @Get()
  list(): Promise<{ items: EarlierContest[] }> {
    return this.comparisons.list();
  }

  @Post()
  @HttpCode(API_ROUTES.createEarlierContest.status)
  create(
    @CurrentUser() user: SessionUser,
    @Body(new ZodPipe(earlierContestInputSchema)) body: EarlierContestInput,
  ): Promise<EarlierContest> {
    return this.comparisons.create(user.id, body);
  }

  @Delete(':earlierId')
  @HttpCode(API_ROUTES.deleteEarlierContest.status)
  remove(@CurrentUser() user: SessionUser, @Param('earlierId', IdPipe) id: number): Promise<void> {
    return this.comparisons.remove(user.id, id);
  }
}
