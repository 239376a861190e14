export * from './entities';
export { dataSourceOptions } from './data-source-options';
export { hasPendingMigrations, runMigrations } from './migrations';
export { PersistenceModule } from './persistence.module';
export * from './audit-chain';
export { decodeDeadlineRecord, encodeDeadlineRecord, LedgerDecodeError } from './deadline-ledger.codec';
export * from './repositories';
export { Transactions, type Tx } from './transactions';
export { isUniqueViolation } from './unique-violation';
