const preset = require('./jest.preset');

/**
 * Integration tests against the machine's real Postgres and Redis: a fresh database per run
 * (migrated once in globalSetup), real BullMQ workers and socket.io clients. One at a time,
 * since some tests wipe Redis or kill a worker.
 */
module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/{libs,apps}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/server/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/libs/server/src/test-support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
};
