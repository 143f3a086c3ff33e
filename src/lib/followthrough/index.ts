export * from './planned';
export * from './outcome';
export * from './rollup';
