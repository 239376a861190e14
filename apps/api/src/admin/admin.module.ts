import { Module } from '@nestjs/common';
import { WorkModule } from '../work/work.module';
import { IntegrationClientsController } from './integration-clients.controller';
import { IntegrationClientsService } from './integration-clients.service';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Administration: offices, user accounts and integration clients (administrators only, every write audited). */
@Module({
  imports: [WorkModule],
  controllers: [OfficesController, UsersController, IntegrationClientsController],
  providers: [OfficesService, UsersService, IntegrationClientsService],
})
export class AdminModule {}
