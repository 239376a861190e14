import { AppConfig, AppConfigModule } from '@app/config';
import { HealthModule, LoggingModule } from '@app/observability';
import { PersistenceModule } from '@app/persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';

/** The HTTP application. `config` is passed by tests; in production it is read from the environment. */
@Module({})
export class ApiModule {
  static register(config?: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        PersistenceModule,
        HealthModule,
        AuditModule,
        AuthModule,
        // feature modules
      ],
    };
  }
}
