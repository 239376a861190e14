// Entry for the TypeORM CLI only (npm run migration:*); applications use PersistenceModule.
import { loadDatabaseUrl } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadDatabaseUrl(process.env)));
