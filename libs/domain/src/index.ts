export * from './text';
export * from './random';
export * from './paper';
export * from './grading';
export * from './timing';
export * from './ranking';
