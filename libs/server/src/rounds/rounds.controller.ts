import { Controller, Get } from '@nestjs/common';

import type { CurrentRoundResponse } from '@contest/contracts';

import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { RoundsService } from './rounds.service';

@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get('current')
  current(@CurrentUser() user: SessionUser): Promise<CurrentRoundResponse> {
    return this.rounds.current(user);
  }
}
