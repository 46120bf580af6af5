export * from './api-client';
export * from './harness';
export * from './test-env';
export * from './videos';
