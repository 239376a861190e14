import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ActEffects } from './act-effects';
import { ActsController } from './acts.controller';
import { ActsService } from './acts.service';

@Module({
  imports: [CasesModule],
  controllers: [ActsController],
  providers: [ActsService, ActEffects],
})
export class ActsModule {}
