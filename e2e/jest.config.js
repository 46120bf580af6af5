const preset = require('../jest.preset');

/** Browser journeys: Playwright drives Debian's Chromium against the built app on a free port. */
module.exports = {
  ...preset,
  displayName: 'browser',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.js',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 120_000,
};
