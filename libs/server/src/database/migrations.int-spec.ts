import { pendingSchemaChanges } from '../database/prepare-database';
import { TEST_ENV } from '../test-support/test-env';

describe('migrations', () => {
  it('bring a fresh database exactly to what the entities describe', async () => {
    const { up } = await pendingSchemaChanges({ DATABASE_URL: TEST_ENV.DATABASE_URL, DATABASE_POOL_SIZE: 2 });
    expect(up).toEqual([]);
  });
});
