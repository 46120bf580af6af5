import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { TEST_ENV } from './test-env';

/**
 * Builds the server (cached by Nx) for tests that fork a worker process, then creates and
 * migrates this run's database with that build. (Global setup runs outside jest's module
 * mapping, hence the built code rather than the sources.)
 */
export default async function globalSetup(): Promise<void> {
  Object.assign(process.env, TEST_ENV);
  execFileSync('npx', ['nx', 'run', 'worker:build', '--outputStyle=static'], {
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { migrateDatabase } = require(
    join(__dirname, '../../../../dist/server/libs/server/src/database/prepare-database.js'),
  );
  await migrateDatabase({ DATABASE_URL: TEST_ENV.DATABASE_URL, DATABASE_POOL_SIZE: 2 });
}
