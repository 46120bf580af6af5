import 'reflect-metadata';

import {
  checkServices,
  createDataSource,
  EnvError,
  loadEnv,
  migrateDatabase,
  seedDemoClips,
  seedDemoIfEmpty,
  seedDemoInitiatives,
  seedDemoLiveFinal,
  createMediaStorage,
} from '@contest/server';

/**
 * Run before the api and worker start: creates the database if missing, applies migrations,
 * and seeds the demo contest into an empty database (printing its logins).
 */
async function prepare(): Promise<void> {
  const env = loadEnv();
  const problems = await checkServices(env);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  const applied = await migrateDatabase(env);
  console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
  if (!env.SEED_DEMO) return;
  // Seeding is maintenance: no request limits on its connections.
  const db = createDataSource({ DATABASE_URL: env.DATABASE_URL, DATABASE_POOL_SIZE: 2 });
  await db.initialize();
  try {
    const logins = await seedDemoIfEmpty(db, env.SCRYPT_LOG_N);
    const judges = await seedDemoClips(db, createMediaStorage(env), env).catch((error: Error) => {
      console.error(`clip track demo skipped (is ffmpeg installed?): ${error.message}`);
      return [];
    });
    await seedDemoInitiatives(db, env);
    await seedDemoLiveFinal(db, env);
    if (logins) {
      console.log('demo contest seeded; sign in at http://localhost:%d with:', env.PORT);
      for (const l of [...logins, ...judges])
        console.log(`  ${l.role.padEnd(12)} ${l.login.padEnd(26)} ${l.password}`);
    }
  } finally {
    await db.destroy();
  }
}

prepare().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
