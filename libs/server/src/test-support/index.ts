export * from './api-client';
export * from './harness';
export * from './test-env';
export * from './videos';
export * from './send-until-accepted';
