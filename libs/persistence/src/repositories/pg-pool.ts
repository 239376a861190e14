import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * The `pg` pool behind TypeORM's connection: the integrations' hot reads run their one prepared
 * statement on it directly, skipping the query runner (acquire, broadcast, release) TypeORM wraps
 * around every query. Same connections, same pool limit, same shutdown.
 */
export function pgPool(dataSource: DataSource): Pool {
  const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  if (!pool) throw new Error('the data source is not connected to PostgreSQL');
  return pool;
}
