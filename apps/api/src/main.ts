import 'reflect-metadata';

import { checkServices, closeOnSignals, createLogger, EnvError, loadEnv } from '@contest/server';

import { createApiApp } from './app';

async function main(): Promise<void> {
  const env = loadEnv();
  const problems = await checkServices(env);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  const app = await createApiApp();
  closeOnSignals(app, env.SHUTDOWN_GRACE_MS, createLogger(env, 'api'));
  await app.listen({ port: env.PORT, host: env.HOST });
  console.log(`api listening on http://localhost:${env.PORT} (OpenAPI at /api/docs)`);
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
