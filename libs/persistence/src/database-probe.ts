import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasPendingMigrations } from './migrations';

/** What the readiness checks ask PostgreSQL (libs/observability): does it answer, is the schema current. */
@Injectable()
export class DatabaseProbe {
  constructor(private readonly dataSource: DataSource) {}

  /** One trivial round trip; fails when PostgreSQL does not answer (the queue backend's check on its embedded PostgreSQL). */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** True when the code knows a migration the database has not applied. */
  hasPendingMigrations(): Promise<boolean> {
    return hasPendingMigrations(this.dataSource);
  }
}
