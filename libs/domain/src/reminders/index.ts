export * from './deadline-plan';
export * from './notices';
export * from './assignment-notice';
