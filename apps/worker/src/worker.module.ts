import { Module } from '@nestjs/common';

import { CoreModule, GradingModule } from '@contest/server';

@Module({ imports: [CoreModule, GradingModule] })
export class WorkerModule {}
