import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';

import {
  API_ROUTES,
  liveCurrentSchema,
  liveOrderSchema,
  liveRevealSchema,
  liveScoringSchema,
  liveTimerActionSchema,
  type LiveBoard,
  type LiveControl,
  type LiveCurrent,
  type LiveOrder,
  type LiveReveal,
  type LiveScoring,
  type LiveTimerAction,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { LiveFinalService } from './live-final.service';

/** The organizer's control screen of a live final, and the hall's board (public, revealed totals only). */
@Controller()
export class LiveFinalController {
  constructor(private readonly live: LiveFinalService) {}

  @Roles('organizer')
  @Get('stages/:stageId/live')
  control(@Param('stageId', IdPipe) stageId: number): Promise<LiveControl> {
    return this.live.control(stageId);
  }

  @Roles('organizer')
  @Put('stages/:stageId/live/order')
  @HttpCode(API_ROUTES.liveOrder.status)
  order(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(liveOrderSchema)) body: LiveOrder,
  ): Promise<LiveControl> {
    return this.live.setOrder(user, stageId, body.entryIds);
  }

  @Roles('organizer')
  @Put('stages/:stageId/live/current')
  @HttpCode(API_ROUTES.liveCurrent.status)
  current(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(liveCurrentSchema)) body: LiveCurrent,
  ): Promise<LiveControl> {
    return this.live.setCurrent(user, stageId, body);
  }

  @Roles('organizer')
  @Post('stages/:stageId/live/timer')
  @HttpCode(API_ROUTES.liveTimer.status)
  timer(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(liveTimerActionSchema)) body: LiveTimerAction,
  ): Promise<LiveControl> {
    return this.live.timer(user, stageId, body);
  }

  @Roles('organizer')
  @Put('stages/:stageId/live/scoring')
  @HttpCode(API_ROUTES.liveScoring.status)
  scoring(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(liveScoringSchema)) body: LiveScoring,
  ): Promise<LiveControl> {
    return this.live.scoring(user, stageId, body);
  }

  @Roles('organizer')
  @Post('stages/:stageId/live/reveal')
  @HttpCode(API_ROUTES.liveReveal.status)
  reveal(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(liveRevealSchema)) body: LiveReveal,
  ): Promise<LiveControl> {
    return this.live.reveal(user, stageId, body);
  }

  @Public()
  @Get('live/:stageId')
  board(@Param('stageId', IdPipe) stageId: number): Promise<LiveBoard> {
    return this.live.board(stageId);
  }
}
