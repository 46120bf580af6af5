import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { TEST_ENV } from './test-env';

/** Drops this run's database and media folder, with the built code as global setup does (no module mapping here). */
export default async function globalTeardown(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dropDatabase } = require(
    join(__dirname, '../../../../dist/server/libs/server/src/database/prepare-database.js'),
  );
  await dropDatabase(TEST_ENV.DATABASE_URL);
  await rm(TEST_ENV.STORAGE_DIR, { recursive: true, force: true });
}
