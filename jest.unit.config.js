const preset = require('./jest.preset');

/** Fast tests with no I/O: libs/domain, contracts, and the pure parts of the apps. */
module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{libs,apps}/**/*.spec.ts'],
};
