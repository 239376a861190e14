import { Module } from '@nestjs/common';
import { CaseStatusService } from './case-status.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseStatusService],
  exports: [CaseStatusService],
})
export class CasesModule {}
