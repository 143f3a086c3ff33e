export * from './area';
export * from './stats';
export * from './trend';
