import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  collectiveFinaliseSchema,
  collectiveRuleSchema,
  type CollectiveFinalise,
  type CollectivePrizes,
  type CollectiveRule,
} from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { CollectivePrizesService } from './collective-prizes.service';

@Controller('contests/:contestId')
@Roles('organizer')
export class CollectivePrizesController {
  constructor(private readonly prizes: CollectivePrizesService) {}

  @Get('collective-prizes')
  get(@Param('contestId', IdPipe) contestId: number): Promise<CollectivePrizes> {
    return this.prizes.get(contestId);
  }

  @Put('collective-rule')
  setRule(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Body(new ZodPipe(collectiveRuleSchema)) rule: CollectiveRule,
  ): Promise<CollectivePrizes> {
    return this.prizes.setRule(user.id, contestId, rule);
  }

  @Post('collective-prizes/finalise')
  @HttpCode(API_ROUTES.finaliseCollectivePrizes.status)
  finalise(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Body(new ZodPipe(collectiveFinaliseSchema)) body: CollectiveFinalise,
  ): Promise<CollectivePrizes> {
    return this.prizes.finalise(user.id, contestId, body.reason);
  }

  @Get('collective-prizes/xlsx')
  async xlsx(@Param('contestId', IdPipe) contestId: number, @Res() reply: FastifyReply): Promise<void> {
    const { book, name } = await this.prizes.workbook(contestId);
    await sendXlsx(reply, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
  }
}
