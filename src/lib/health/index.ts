export * from './default-criteria';
export * from './score';
export * from './consistency';
export * from './criteria-sheet';
export * from './issue-message';
