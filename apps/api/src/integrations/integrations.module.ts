import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { ChangeCursors } from './change-cursor';
import { CaseStatusController } from './case-status.controller';
import { CaseStatusReader } from './case-status.reader';
import { ChangesController } from './changes.controller';
import { ChangesService } from './changes.service';

/** What other state systems pull: the change feed and the compact case status. */
@Module({
  controllers: [ChangesController, CaseStatusController],
  providers: [ChangesService, CaseStatusReader, { provide: ChangeCursors, inject: [AppConfig], useFactory: (config: AppConfig) => new ChangeCursors(config.JWT_SECRET) }],
})
export class IntegrationsModule {}
