import { Module } from '@nestjs/common';
import { OverdueCsvExport } from './overdue-csv.export';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

@Module({ controllers: [SupervisionController], providers: [SupervisionService, OverdueCsvExport] })
export class SupervisionModule {}
