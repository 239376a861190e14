export * from './local-date';
export * from './almaty';
