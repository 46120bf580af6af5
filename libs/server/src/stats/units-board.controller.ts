import { Controller, Get, Query } from '@nestjs/common';

import { unitsBoardQuerySchema, type UnitsBoard } from '@contest/contracts';

import { Public } from '../accounts/auth.guard';
import { ZodPipe } from '../http/zod.pipe';
import { UnitsBoardService } from './units-board.service';

@Controller('units-board')
export class UnitsBoardController {
  constructor(private readonly boards: UnitsBoardService) {}

  @Public()
  @Get()
  board(@Query(new ZodPipe(unitsBoardQuerySchema)) query: { contestId?: number }): Promise<UnitsBoard> {
    return this.boards.board(query.contestId);
  }
}
