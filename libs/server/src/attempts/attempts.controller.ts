import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  API_ROUTES,
  saveAnswersRequestSchema,
  submitAttemptRequestSchema,
  type AttemptResult,
  type AttemptView,
  type MyAttemptsResponse,
  type SaveAnswersRequest,
  type SaveAnswersResponse,
  type SubmitAttemptRequest,
  type SubmitAttemptResponse,
} from '@contest/contracts';

import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { asJson, type JsonText } from '../http/json-text';
import { ZodPipe } from '../http/zod.pipe';
import { AnswersService } from './answers.service';
import { AttemptsService } from './attempts.service';

@Controller()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly answers: AnswersService,
  ) {}

  @Post('rounds/:roundId/attempts')
  @HttpCode(API_ROUTES.startAttempt.status)
  async start(
    @CurrentUser() user: SessionUser,
    @Param('roundId', IdPipe) roundId: number,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JsonText<AttemptView>> {
    return asJson(reply, await this.attempts.start(user, roundId, request.ip));
  }

  @Get('attempts/:attemptId')
  async get(
    @CurrentUser() user: SessionUser,
    @Param('attemptId', IdPipe) attemptId: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JsonText<AttemptView>> {
    return asJson(reply, await this.attempts.get(user, attemptId));
  }

  @Put('attempts/:attemptId/answers')
  @HttpCode(API_ROUTES.saveAnswers.status)
  save(
    @CurrentUser() user: SessionUser,
    @Param('attemptId', IdPipe) attemptId: number,
    @Body(new ZodPipe(saveAnswersRequestSchema)) body: SaveAnswersRequest,
  ): Promise<SaveAnswersResponse> {
    return this.answers.save(user, attemptId, body);
  }

  @Post('attempts/:attemptId/submit')
  @HttpCode(API_ROUTES.submitAttempt.status)
  submit(
    @CurrentUser() user: SessionUser,
    @Param('attemptId', IdPipe) attemptId: number,
    @Body(new ZodPipe(submitAttemptRequestSchema)) body: SubmitAttemptRequest,
  ): Promise<SubmitAttemptResponse> {
    return this.answers.submit(user, attemptId, body);
  }

  @Get('attempts/:attemptId/result')
  result(
    @CurrentUser() user: SessionUser,
    @Param('attemptId', IdPipe) attemptId: number,
  ): Promise<AttemptResult> {
    return this.attempts.result(user, attemptId);
  }

  @Get('me/attempts')
  history(@CurrentUser() user: SessionUser): Promise<MyAttemptsResponse> {
    return this.attempts.history(user);
  }
}
