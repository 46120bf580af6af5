import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  importQuerySchema,
  originalityDecisionSchema,
  registerQuerySchema,
  type EntryOriginality,
  type ImportReport,
  type OriginalityDecision,
  type TrackOriginality,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { requireFileBody } from '../http/file-body';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { OriginalityService } from './originality.service';
import { RegisterService } from './register.service';

/** Originality checks and decisions, and the register of applied initiatives: the organizers'. */
@Controller()
@Roles('organizer')
export class OriginalityController {
  constructor(
    private readonly originality: OriginalityService,
    private readonly register: RegisterService,
  ) {}

  @Get('tracks/:trackId/originality')
  track(@Param('trackId', IdPipe) trackId: number): Promise<TrackOriginality> {
    return this.originality.track(trackId);
  }

  @Get('entries/:entryId/originality')
  entry(@Param('entryId', IdPipe) entryId: number): Promise<EntryOriginality> {
    return this.originality.entry(entryId);
  }

  @Put('entries/:entryId/originality')
  decide(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Body(new ZodPipe(originalityDecisionSchema)) body: OriginalityDecision,
  ): Promise<EntryOriginality> {
    return this.originality.decide(user, entryId, body);
  }

  @Get('register')
  page(@Query(new ZodPipe(registerQuerySchema)) query: { q?: string; page: number }) {
    return this.register.page(query.q, query.page);
  }

  @Post('register/import')
  @HttpCode(API_ROUTES.importRegister.status)
  import(
    @CurrentUser() user: SessionUser,
    @Query(new ZodPipe(importQuerySchema)) query: { format: 'xlsx' | 'csv'; dryRun: boolean },
    @Body() file: unknown,
  ): Promise<ImportReport> {
    return this.register.import(user.id, query, requireFileBody(file));
  }

  @Get('register/template')
  async template(@Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(reply, 'mau-danh-muc-sang-kien.xlsx', await this.register.template());
  }
}
