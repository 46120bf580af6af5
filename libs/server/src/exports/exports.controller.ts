import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  exportRequestSchema,
  type ExportJob,
  type ExportListResponse,
  type ExportRequest,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { ExportsService } from './exports.service';

@Controller('exports')
@Roles('organizer')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post()
  @HttpCode(API_ROUTES.createExport.status)
  create(
    @CurrentUser() user: SessionUser,
    @Body(new ZodPipe(exportRequestSchema)) request: ExportRequest,
  ): Promise<ExportJob> {
    return this.exports.create(user, request);
  }

  @Get()
  async list(@CurrentUser() user: SessionUser): Promise<ExportListResponse> {
    return { items: await this.exports.list(user) };
  }

  @Get(':exportId')
  get(@Param('exportId', IdPipe) exportId: number): Promise<ExportJob> {
    return this.exports.get(exportId);
  }

  @Get(':exportId/file')
  async download(@Param('exportId', IdPipe) exportId: number, @Res() reply: FastifyReply): Promise<void> {
    const { fileName, stream } = await this.exports.file(exportId);
    await sendXlsx(reply, fileName, stream);
  }
}
