export * from './kinds';
export * from './url';
export * from './response';
export * from './errors';
