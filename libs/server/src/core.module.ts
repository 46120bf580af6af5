import { Module } from '@nestjs/common';

import { AccessModule } from './access/access.service';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SqlModule } from './database/sql.module';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';

/** What both the api and the worker stand on: config, Postgres, Redis and the queue producers. */
@Module({ imports: [ConfigModule, DatabaseModule, SqlModule, RedisModule, QueuesModule, AccessModule] })
export class CoreModule {}
