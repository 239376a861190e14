import { AppConfig } from '@app/config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseProbe } from './database-probe';
import { dataSourceOptions } from './data-source-options';
import { ENTITIES } from './entities';
import { REPOSITORIES } from './repositories';
import { Transactions } from './transactions';
import { AccessChanges } from './access-changes';

/**
 * Global: every module reads and writes through these repositories (one per aggregate, SQL only
 * here) and runs units of work through Transactions; one connection pool per process.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        // Retry while PostgreSQL restarts instead of dying at boot.
        retryAttempts: 10,
        retryDelay: 1000,
      }),
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: [Transactions, AccessChanges, DatabaseProbe, ...REPOSITORIES],
  exports: [TypeOrmModule, Transactions, AccessChanges, DatabaseProbe, ...REPOSITORIES],
})
export class PersistenceModule {}
