import { Module } from '@nestjs/common';

import { AccessModule } from './access/access.service';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SqlModule } from './database/sql.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';

/** What both the api and the worker stand on: config, Postgres, Redis, the queue producers and metrics. */
@Module({
  imports: [ConfigModule, DatabaseModule, SqlModule, RedisModule, QueuesModule, AccessModule, MetricsModule],
})
export class CoreModule {}
