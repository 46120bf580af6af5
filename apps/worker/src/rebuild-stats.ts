import 'reflect-metadata';

import { createDataSource, EnvError, loadEnv, rebuildRollups } from '@contest/server';

/**
 * `npm run stats:rebuild`: recomputes every participation roll-up from the attempts and says how
 * many kept rows it had to correct (0 means grading kept them exact). Safe while the worker runs:
 * it takes the same per-round locks grading does.
 */
async function rebuildStats(): Promise<void> {
  const env = loadEnv();
  // A full rebuild reads every attempt in one statement: it may run longer than a request may.
  const db = createDataSource({ ...env, DATABASE_POOL_SIZE: 1, DATABASE_STATEMENT_TIMEOUT_MS: 600_000 });
  await db.initialize();
  try {
    const started = Date.now();
    const report = await db.transaction((tx) => rebuildRollups((text, values) => tx.query(text, values)));
    console.log(
      `roll-ups rebuilt in ${Date.now() - started} ms: ${report.participantRows} participant rows, ` +
        `${report.unitRows} unit rows, ${report.differences} rows differed from the kept ones`,
    );
  } finally {
    await db.destroy();
  }
}

rebuildStats().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
