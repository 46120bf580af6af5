import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  comparisonQuerySchema,
  contestReportQuerySchema,
  type ComparisonQuery,
  type ContestComparison,
  unitReportQuerySchema,
  type ContestReport,
  type UnitReport,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { ComparisonService } from './comparison.service';
import { comparisonWorkbook, contestReportWorkbook, unitReportWorkbook } from './report-workbooks';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly comparisons: ComparisonService,
  ) {}

  @Roles('organizer')
  @Get('contests/:contestId/comparison')
  comparison(
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(comparisonQuerySchema)) query: ComparisonQuery,
  ): Promise<ContestComparison> {
    return this.comparisons.compare(contestId, query);
  }

  @Roles('organizer')
  @Get('contests/:contestId/comparison/xlsx')
  async comparisonXlsx(
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(comparisonQuerySchema)) query: ComparisonQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { book, name } = comparisonWorkbook(await this.comparisons.compare(contestId, query));
    await sendXlsx(reply, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
  }

  @Roles('organizer')
  @Get('contests/:contestId')
  contest(
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(contestReportQuerySchema)) query: { roundId?: number },
  ): Promise<ContestReport> {
    return this.reports.contestReport(contestId, query.roundId);
  }

  @Roles('organizer')
  @Get('contests/:contestId/xlsx')
  async contestXlsx(
    @Param('contestId', IdPipe) contestId: number,
    @Query(new ZodPipe(contestReportQuerySchema)) query: { roundId?: number },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { book, name } = contestReportWorkbook(await this.reports.contestReport(contestId, query.roundId));
    await sendXlsx(reply, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
  }

  @Roles('unit_admin', 'organizer')
  @Get('units/:unitId')
  unit(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(unitReportQuerySchema)) query: { contestId?: number },
  ): Promise<UnitReport> {
    return this.reports.unitReport(user, unitId, query.contestId);
  }

  @Roles('unit_admin', 'organizer')
  @Get('units/:unitId/xlsx')
  async unitXlsx(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(unitReportQuerySchema)) query: { contestId?: number },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { book, name } = unitReportWorkbook(await this.reports.unitReport(user, unitId, query.contestId));
    await sendXlsx(reply, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
  }
}
