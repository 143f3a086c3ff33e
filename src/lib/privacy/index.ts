export * from './recognise';
export * from './scan';
export * from './allowlist';
