export * from './deadline-plan';
