// Entry for the TypeORM CLI only (npm run migration:*); applications use PersistenceModule.
import { join } from 'node:path';
import { loadDatabaseUrl, loadDotEnv } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

loadDotEnv(process.env, join(process.cwd(), '.env'));

export default new DataSource(dataSourceOptions(loadDatabaseUrl(process.env)));
