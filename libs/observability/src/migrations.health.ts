import { hasPendingMigrations } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const status = this.indicator.check(key);
    try {
      const pending = await hasPendingMigrations(this.dataSource);
      return pending ? status.down({ message: 'migrations are pending: run npm run migration:run' }) : status.up();
    } catch (error) {
      return status.down({ message: (error as Error).message });
    }
  }
}
