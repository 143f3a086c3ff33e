export * from './scan';
export * from './allowlist';
