import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  awardRulesSchema,
  certificateQuerySchema,
  importQuerySchema,
  interactionInputSchema,
  type ImportReport,
  type AwardRules,
  type InteractionInput,
  type InteractionSheet,
  type TrackResults,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type RequestWithUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { requireFileBody } from '../http/file-body';
import { PDF_TYPE, sendDownload, sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { CertificatesService } from './certificates.service';
import { InteractionsService } from './interactions.service';
import { TrackResultsService } from './track-results.service';
import { winnersWorkbook } from './winners-sheet';

/** A track's final results, its award rules, the winners' spreadsheet and certificates; typed-in interaction. */
@Controller()
export class AwardsController {
  constructor(
    private readonly results: TrackResultsService,
    private readonly certificates: CertificatesService,
    private readonly interactions: InteractionsService,
  ) {}

  @Public()
  @Get('tracks/:trackId/results')
  trackResults(
    @Req() request: RequestWithUser,
    @Param('trackId', IdPipe) trackId: number,
  ): Promise<TrackResults> {
    return this.results.results(request.user, trackId);
  }

  @Roles('organizer')
  @Put('tracks/:trackId/award-rules')
  @HttpCode(API_ROUTES.updateAwardRules.status)
  updateRules(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Body(new ZodPipe(awardRulesSchema)) body: AwardRules,
  ): Promise<TrackResults> {
    return this.results.updateRules(user, trackId, body);
  }

  @Roles('organizer')
  @Post('tracks/:trackId/results/publish')
  @HttpCode(API_ROUTES.publishTrackResults.status)
  publish(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
  ): Promise<TrackResults> {
    return this.results.publish(user, trackId);
  }

  @Roles('organizer')
  @Get('tracks/:trackId/results/xlsx')
  async winners(@Param('trackId', IdPipe) trackId: number, @Res() reply: FastifyReply): Promise<void> {
    const results = await this.results.current(trackId);
    const book = winnersWorkbook(results);
    await sendXlsx(
      reply,
      `Giải thưởng - ${results.trackTitle}.xlsx`,
      Buffer.from(await book.xlsx.writeBuffer()),
    );
  }

  @Get('tracks/:trackId/certificates/:entryId')
  async certificate(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Param('entryId', IdPipe) entryId: number,
    @Query(new ZodPipe(certificateQuerySchema)) query: { person?: number },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { pdf, fileName } = await this.certificates.certificate(user, trackId, entryId, query.person);
    await sendDownload(reply, fileName, PDF_TYPE, pdf);
  }

  @Get('tracks/:trackId/unit-certificates/:unitId')
  async unitCertificate(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Param('unitId', IdPipe) unitId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { pdf, fileName } = await this.certificates.unitCertificate(user, trackId, unitId);
    await sendDownload(reply, fileName, PDF_TYPE, pdf);
  }

  @Roles('organizer')
  @Get('stages/:stageId/interactions')
  interactionSheet(@Param('stageId', IdPipe) stageId: number): Promise<InteractionSheet> {
    return this.interactions.sheet(stageId);
  }

  @Roles('organizer')
  @Post('stages/:stageId/interactions/import')
  @HttpCode(API_ROUTES.importStageInteractions.status)
  importInteractions(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Query(new ZodPipe(importQuerySchema)) query: { format: 'xlsx' | 'csv'; dryRun: boolean },
    @Body() file: unknown,
  ): Promise<ImportReport> {
    return this.interactions.import(user, stageId, query, requireFileBody(file));
  }

  @Roles('organizer')
  @Get('stages/:stageId/interactions/template')
  async interactionsTemplate(
    @Param('stageId', IdPipe) stageId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(
      reply,
      `luot-thich-chia-se-vong-${stageId}.xlsx`,
      await this.interactions.template(stageId),
    );
  }

  @Roles('organizer')
  @Put('stages/:stageId/interactions')
  @HttpCode(API_ROUTES.updateStageInteractions.status)
  updateInteractions(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(interactionInputSchema)) body: InteractionInput,
  ): Promise<InteractionSheet> {
    return this.interactions.update(user, stageId, body);
  }
}
