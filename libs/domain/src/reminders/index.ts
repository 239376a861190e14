export * from './deadline-plan';
export * from './notices';
