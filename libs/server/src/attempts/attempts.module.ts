import { Module } from '@nestjs/common';

import { RoundsModule } from '../rounds/rounds.module';
import { UnitChanges } from '../units/unit-changes';
import { AnswersService } from './answers.service';
import { AttemptPaperCache } from './attempt-paper-cache';
import { AttemptsController } from './attempts.controller';
import { AttemptsService } from './attempts.service';

@Module({
  imports: [RoundsModule],
  controllers: [AttemptsController],
  providers: [AttemptsService, AnswersService, AttemptPaperCache, UnitChanges],
})
export class AttemptsModule {}
