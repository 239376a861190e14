import { DatabaseProbe } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const status = this.indicator.check(key);
    try {
      const pending = await this.database.hasPendingMigrations();
      return pending ? status.down({ message: 'migrations are pending: run npm run migration:run' }) : status.up();
    } catch (error) {
      return status.down({ message: (error as Error).message });
    }
  }
}
