import { Module } from '@nestjs/common';

import { AccessModule } from './access/access.service';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SqlModule } from './database/sql.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueuesModule } from './queues/queues.module';
import { SocketEmitterModule } from './realtime/socket-emitter';
import { RedisModule } from './redis/redis.module';

/** What both the api and the worker stand on: config, Postgres, Redis, the queue producers, metrics and the socket emitter. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    SqlModule,
    RedisModule,
    QueuesModule,
    AccessModule,
    MetricsModule,
    SocketEmitterModule,
  ],
})
export class CoreModule {}
