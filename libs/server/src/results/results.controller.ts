import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';

import {
  finaliseRequestSchema,
  publicRankingQuerySchema,
  rankingQuerySchema,
  type Finalisation,
  type FinaliseRequest,
  type PublicRankingQuery,
  type PublicResults,
  type PublishedRoundsResponse,
  type QuestionStatsResponse,
  type RankingPage,
  type RankingQuery,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { ResultsService } from './results.service';

@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Roles('organizer')
  @Post('rounds/:roundId/finalise')
  @HttpCode(200)
  finalise(
    @CurrentUser() user: SessionUser,
    @Param('roundId', IdPipe) roundId: number,
    @Body(new ZodPipe(finaliseRequestSchema)) request: FinaliseRequest,
  ): Promise<Finalisation> {
    return this.results.finalise(user, roundId, request);
  }

  @Roles('organizer')
  @Get('rounds/:roundId/finalisation')
  finalisation(@Param('roundId', IdPipe) roundId: number): Promise<Finalisation> {
    return this.results.summary(roundId);
  }

  @Roles('organizer')
  @Post('rounds/:roundId/publish')
  @HttpCode(200)
  publish(
    @CurrentUser() user: SessionUser,
    @Param('roundId', IdPipe) roundId: number,
  ): Promise<Finalisation> {
    return this.results.publish(user, roundId);
  }

  @Roles('organizer')
  @Get('rounds/:roundId/ranking')
  ranking(
    @Param('roundId', IdPipe) roundId: number,
    @Query(new ZodPipe(rankingQuerySchema)) query: RankingQuery,
  ): Promise<RankingPage> {
    return this.results.ranking(roundId, query);
  }

  @Roles('organizer')
  @Get('rounds/:roundId/question-stats')
  async questionStats(@Param('roundId', IdPipe) roundId: number): Promise<QuestionStatsResponse> {
    return { items: await this.results.questionStats(roundId) };
  }

  @Public()
  @Get('results')
  async published(): Promise<PublishedRoundsResponse> {
    return { items: await this.results.publishedRounds() };
  }

  @Public()
  @Get('results/:roundId')
  publicResults(
    @CurrentUser() viewer: SessionUser | undefined,
    @Param('roundId', IdPipe) roundId: number,
    @Query(new ZodPipe(publicRankingQuerySchema)) query: PublicRankingQuery,
  ): Promise<PublicResults> {
    return this.results.publicResults(roundId, query, viewer?.id ?? null);
  }
}
