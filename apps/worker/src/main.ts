import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { checkServices, closeOnSignals, createLogger, EnvError, loadEnv } from '@contest/server';

import { WorkerModule } from './worker.module';

/** The queue consumers run in their own process, never inside the api. */
async function main(): Promise<void> {
  const env = loadEnv();
  const problems = await checkServices(env);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  const logger = createLogger(env, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger });
  closeOnSignals(app, env.SHUTDOWN_GRACE_MS, logger);
  console.log('worker started: grading, deadlines, sweeper, dashboards, exports, clip processing');
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
