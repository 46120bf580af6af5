import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { checkServices, EnvError, loadEnv, nestLogLevels } from '@contest/server';

import { WorkerModule } from './worker.module';

/** The queue consumers run in their own process, never inside the api. */
async function main(): Promise<void> {
  const env = loadEnv();
  const problems = await checkServices(env);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: nestLogLevels(env.LOG_LEVEL),
  });
  app.enableShutdownHooks();
  console.log('worker started: grading, deadlines, sweeper');
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
