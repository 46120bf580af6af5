import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import type Redis from 'ioredis';

import type { Readiness } from '@contest/contracts';

import { Public } from '../accounts/auth.guard';
import { Sql } from '../database/sql';
import { apiError } from '../http/api-error';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { REDIS } from '../redis/redis.module';

const CHECK_TIMEOUT_MS = 2_000;

/** Liveness (the process answers) and readiness (its Postgres, Redis and media storage answer), for load balancers. */
@Controller()
@Public()
export class HealthController {
  constructor(
    private readonly sql: Sql,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MEDIA_STORAGE) private readonly media: MediaStorage,
  ) {}

  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<Readiness> {
    const [postgres, redis, media] = await Promise.all([
      answers(this.sql.query('ready-ping', 'SELECT 1')),
      answers(this.redis.ping()),
      answers(this.media.ping()),
    ]);
    if (!postgres || !redis || !media) {
      const down = [
        !postgres && 'Postgres',
        !redis && 'Redis',
        !media && `media storage (${this.media.kind})`,
      ]
        .filter(Boolean)
        .join(', ');
      throw apiError(HttpStatus.SERVICE_UNAVAILABLE, 'not_ready', { down });
    }
    return { status: 'ready', checks: { postgres, redis, media } };
  }
}

async function answers(check: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)),
  );
  try {
    return await Promise.race([check.then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
