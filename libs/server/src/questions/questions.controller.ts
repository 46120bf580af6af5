import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  questionImportQuerySchema,
  questionInputSchema,
  questionListQuerySchema,
  type ImportReport,
  type Question,
  type QuestionImportQuery,
  type QuestionInput,
  type QuestionListQuery,
  type QuestionListResponse,
} from '@contest/contracts';

import { requireFileBody } from '../http/file-body';
import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { QuestionsService } from './questions.service';

@Controller()
@Roles('organizer')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get('contests/:contestId/questions')
  list(
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(questionListQuerySchema)) query: QuestionListQuery,
  ): Promise<QuestionListResponse> {
    return this.questions.list(contestId, query);
  }

  @Post('contests/:contestId/questions')
  @HttpCode(API_ROUTES.createQuestion.status)
  create(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Body(new ZodPipe(questionInputSchema)) input: QuestionInput,
  ): Promise<Question> {
    return this.questions.create(user, contestId, input);
  }

  @Put('questions/:questionId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('questionId', IdPipe) questionId: number,
    @Body(new ZodPipe(questionInputSchema)) input: QuestionInput,
  ): Promise<Question> {
    return this.questions.update(user, questionId, input);
  }

  @Post('questions/:questionId/retire')
  @HttpCode(200)
  retire(
    @CurrentUser() user: SessionUser,
    @Param('questionId', IdPipe) questionId: number,
  ): Promise<Question> {
    return this.questions.setRetired(user, questionId, true);
  }

  @Post('questions/:questionId/restore')
  @HttpCode(200)
  restore(
    @CurrentUser() user: SessionUser,
    @Param('questionId', IdPipe) questionId: number,
  ): Promise<Question> {
    return this.questions.setRetired(user, questionId, false);
  }

  /** The file is the raw body (application/octet-stream), so nothing sits between it and the checks. */
  @Post('contests/:contestId/questions/import')
  @HttpCode(API_ROUTES.importQuestions.status)
  import(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(questionImportQuerySchema)) query: QuestionImportQuery,
    @Body() file: unknown,
  ): Promise<ImportReport> {
    return this.questions.import(user, contestId, query, requireFileBody(file));
  }

  @Get('contests/:contestId/questions/template')
  async template(@Param('contestId', IdPipe) contestId: number, @Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(
      reply,
      `mau-cau-hoi-cuoc-thi-${contestId}.xlsx`,
      await this.questions.templateFile(contestId),
    );
  }

  @Get('contests/:contestId/questions/export')
  async export(@Param('contestId', IdPipe) contestId: number, @Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(reply, `ngan-hang-cau-hoi-${contestId}.xlsx`, await this.questions.exportFile(contestId));
  }
}
