import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  attachmentQuerySchema,
  initiativeDraftSchema,
  unitReviewDecisionSchema,
  type Attachment,
  type Entry,
  type InitiativeDraft,
  type QuotaReport,
  type UnitInbox,
  type UnitReviewDecision,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { requireFileBody } from '../http/file-body';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { AttachmentsService } from './attachments.service';
import { InitiativesService } from './initiatives.service';
import { UnitReviewService } from './unit-review.service';

/** Initiatives: authors' drafts and sending, attachments, the unit's pre-screening and quotas. */
@Controller()
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly attachments: AttachmentsService,
    private readonly unitReview: UnitReviewService,
  ) {}

  @Roles('participant', 'unit_admin')
  @Post('tracks/:trackId/initiatives')
  @HttpCode(API_ROUTES.createInitiative.status)
  create(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Body(new ZodPipe(initiativeDraftSchema)) body: InitiativeDraft,
  ): Promise<Entry> {
    return this.initiatives.create(user, trackId, body);
  }

  @Roles('participant', 'unit_admin')
  @Put('entries/:entryId/initiative')
  update(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Body(new ZodPipe(initiativeDraftSchema)) body: InitiativeDraft,
  ): Promise<Entry> {
    return this.initiatives.update(user, entryId, body);
  }

  @Roles('participant', 'unit_admin')
  @Post('entries/:entryId/send')
  @HttpCode(API_ROUTES.sendInitiative.status)
  send(@CurrentUser() user: SessionUser, @Param('entryId', IdPipe) entryId: number): Promise<Entry> {
    return this.initiatives.send(user, entryId);
  }

  /** The file is the raw body (application/octet-stream); its name comes in the query. */
  @Roles('participant', 'unit_admin')
  @Post('entries/:entryId/attachments')
  @HttpCode(API_ROUTES.addAttachment.status)
  addAttachment(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Query(new ZodPipe(attachmentQuerySchema)) query: { name: string },
    @Body() file: unknown,
  ): Promise<Attachment> {
    return this.attachments.add(user, entryId, query.name, requireFileBody(file));
  }

  @Get('attachments/:attachmentId')
  async attachmentFile(
    @CurrentUser() user: SessionUser,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.attachments.send(user, attachmentId, reply);
  }

  @Roles('participant', 'unit_admin')
  @Delete('attachments/:attachmentId')
  @HttpCode(API_ROUTES.removeAttachment.status)
  async removeAttachment(
    @CurrentUser() user: SessionUser,
    @Param('attachmentId', IdPipe) attachmentId: number,
  ): Promise<void> {
    await this.attachments.remove(user, attachmentId);
  }

  @Roles('unit_admin')
  @Get('tracks/:trackId/unit-inbox')
  inbox(@CurrentUser() user: SessionUser, @Param('trackId', IdPipe) trackId: number): Promise<UnitInbox> {
    return this.unitReview.inbox(user, trackId);
  }

  @Roles('unit_admin')
  @Post('entries/:entryId/unit-review')
  @HttpCode(API_ROUTES.unitReview.status)
  review(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Body(new ZodPipe(unitReviewDecisionSchema)) body: UnitReviewDecision,
  ): Promise<Entry> {
    return this.unitReview.decide(user, entryId, body);
  }

  @Roles('organizer')
  @Get('tracks/:trackId/quotas')
  quotas(@Param('trackId', IdPipe) trackId: number): Promise<QuotaReport> {
    return this.unitReview.quotas(trackId);
  }

  @Roles('organizer')
  @Get('tracks/:trackId/quotas.xlsx')
  async quotasXlsx(@Param('trackId', IdPipe) trackId: number, @Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(
      reply,
      `don-vi-chua-du-chi-tieu-${trackId}.xlsx`,
      await this.unitReview.quotasWorkbook(trackId),
    );
  }
}
