export * from './issue';
export * from './records';
export * from './criteria';
export * from './dataset';
export * from './layouts';
