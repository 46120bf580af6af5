export * from './common';
export * from './units';
export * from './accounts';
export * from './rounds';
export * from './attempts';
export * from './events';
export * from './jobs';
export * from './routes';
