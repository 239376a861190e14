import { AppConfig, AppConfigModule, Clock } from '@app/config';
import { HealthModule, LoggingModule } from '@app/observability';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { WorkflowModule } from '@app/workflow';
import { DynamicModule, Module } from '@nestjs/common';
import { ActsModule } from './acts/acts.module';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { CasesModule } from './cases/cases.module';
import { SupervisionModule } from './supervision/supervision.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { HttpCacheModule } from './http-cache/http-cache.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { CalendarModule } from './calendar/calendar.module';
import { NotificationsModule } from './notifications/notifications.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { OpsModule } from './ops/ops.module';
import { WorkModule } from './work/work.module';
import { DirectoryModule } from './directory/directory.module';

/** The HTTP application. `config` is passed by tests; in production it is read from the environment. */
@Module({})
export class ApiModule {
  static register(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config, clock),
        LoggingModule,
        PersistenceModule,
        // The API only produces jobs: producer connections (they fail fast while Redis is down).
        QueueModule.forRole('producer'),
        HealthModule,
        WorkflowModule,
        AuditModule,
        AuthModule,
        // feature modules
        AdminModule,
        CasesModule,
        ActsModule,
        SupervisionModule,
        WorkModule,
        DirectoryModule,
        HttpCacheModule,
        IdempotencyModule,
        IntegrationsModule,
        CatalogModule,
        CalendarModule,
        NotificationsModule,
        WebhooksModule,
        OpsModule,
      ],
    };
  }
}
