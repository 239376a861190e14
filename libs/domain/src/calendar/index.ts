export * from './calendar-entry';
export * from './production-calendar';
export * from './kz-calendar-data';
