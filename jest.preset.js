// Shared by every jest config: SWC compiles TypeScript (with decorator metadata for Nest),
// and workspace imports resolve to the libraries' sources as tsconfig.base.json maps them.
const path = require('node:path');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: path.resolve(__dirname),
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions] },
  moduleNameMapper: {
    '^@contest/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@contest/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@contest/server$': '<rootDir>/libs/server/src/index.ts',
    '^@contest/server/testing$': '<rootDir>/libs/server/src/test-support/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
