import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MigrationsHealthIndicator } from './migrations.health';
import { QueueBackendHealthIndicator } from './queue-backend.health';

/** /health/live and /health/ready, the same in the API and the worker. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 })],
  controllers: [HealthController],
  providers: [MigrationsHealthIndicator, QueueBackendHealthIndicator],
})
export class HealthModule {}
