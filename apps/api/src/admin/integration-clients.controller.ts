import { UserRole } from '@app/persistence';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { uuidParam } from './admin-problems';
import { CreatedIntegrationClientView, CreateIntegrationClientDto, IntegrationClientView } from './dto/integration-client.dto';
import { IntegrationClientsService } from './integration-clients.service';

@ApiTags('admin')
@Controller('api/v1/admin/integration-clients')
export class IntegrationClientsController {
  constructor(private readonly clients: IntegrationClientsService) {}

  @Get()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listIntegrationClients', summary: 'Integration clients (never their keys)' })
  @ApiOkResponse({ type: [IntegrationClientView] })
  list(): Promise<IntegrationClientView[]> {
    return this.clients.list();
  }

  @Post()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'createIntegrationClient', summary: 'Register a client; the answer carries its API key, shown this once' })
  @ApiCreatedResponse({ type: CreatedIntegrationClientView })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateIntegrationClientDto): Promise<CreatedIntegrationClientView> {
    return this.clients.create(caller, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'revokeIntegrationClient', summary: 'Revoke a client: its key is refused from the next request on' })
  @ApiOkResponse({ type: IntegrationClientView })
  revoke(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<IntegrationClientView> {
    return this.clients.revoke(caller, id);
  }
}
