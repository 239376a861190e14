import { AppConfig, AppConfigModule, Clock } from '@app/config';
import { HealthModule, LoggingModule } from '@app/observability';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { WorkflowModule } from '@app/workflow';
import { DynamicModule, Module } from '@nestjs/common';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { NoticesModule } from './notices/notices.module';
import { MetricsModule } from './metrics/metrics.module';

/**
 * The worker: BullMQ processors over the same libraries as the API. It serves no public HTTP,
 * only its health endpoint (on loopback by default).
 */
@Module({})
export class WorkerModule {
  static register(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config, clock),
        LoggingModule,
        PersistenceModule,
        HealthModule,
        QueueModule.forRole('worker'),
        WorkflowModule,
        DeadlinesModule,
        NoticesModule,
        MetricsModule,
      ],
    };
  }
}
