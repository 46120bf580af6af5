import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';

import {
  AccountsModule,
  AttemptsModule,
  CoreModule,
  EntriesModule,
  HttpExceptionFilter,
  OrganizerModule,
  RealtimeModule,
  ResultsModule,
  RoundsModule,
  StatsModule,
  UnitsModule,
} from '@contest/server';

@Module({
  imports: [
    CoreModule,
    AccountsModule,
    UnitsModule,
    RoundsModule,
    AttemptsModule,
    RealtimeModule,
    OrganizerModule,
    ResultsModule,
    StatsModule,
    EntriesModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
})
export class ApiModule {}
