// The statutory domain: pure TypeScript, no framework, no IO. Everything the API and the worker
// decide about states and deadlines comes from here.
export * from './shared';
export * from './time';
export * from './calendar';
export * from './terms';
export * from './acts';
export * from './reminders';
