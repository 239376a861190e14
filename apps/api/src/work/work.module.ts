import { Module } from '@nestjs/common';
import { ActsModule } from '../acts/acts.module';
import { CasesModule } from '../cases/cases.module';
import { AbsencesController } from './absences.controller';
import { AbsencesService } from './absences.service';
import { DeskService } from './desk.service';
import { WorkAllocation } from './work-allocation.service';
import { WorkController } from './work.controller';

/** Work allocation: who answers for each case and act, reassignment by heads, absences and their deputies, "my work". */
@Module({
  imports: [ActsModule, CasesModule],
  controllers: [WorkController, AbsencesController],
  providers: [WorkAllocation, DeskService, AbsencesService],
  exports: [WorkAllocation],
})
export class WorkModule {}
