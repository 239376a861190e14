export * from './label';
export * from './citation';
export * from './refusal';
export * from './deadline-kind';
export * from './refusal-codes';
export * from './deadline-status';
