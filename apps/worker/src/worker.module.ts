import { AppConfig, AppConfigModule } from '@app/config';
import { HealthModule, LoggingModule } from '@app/observability';
import { PersistenceModule } from '@app/persistence';
import { queueOptions } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';

/**
 * The worker: BullMQ processors over the same libraries as the API. It serves no public HTTP,
 * only its health endpoint (on loopback by default).
 */
@Module({})
export class WorkerModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        PersistenceModule,
        HealthModule,
        BullModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => queueOptions(c, 'worker') }),
      ],
    };
  }
}
