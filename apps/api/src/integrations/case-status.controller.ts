import { IntegrationScope, UserRole } from '@app/persistence';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationScopes, Roles } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { CaseStatusReader } from './case-status.reader';
import { CaseStatusDto } from './dto/case-status.dto';

/** Lives here rather than in cases/: it is the integrations' compact read, not the case resource. */
@ApiTags('integrations')
@Controller('api/v1/cases')
export class CaseStatusController {
  constructor(private readonly status: CaseStatusReader) {}

  @Get(':id/status')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @IntegrationScopes(IntegrationScope.CASES_READ)
  @ApiOperation({ operationId: 'getCaseStatus', summary: 'Compact status of a case: its acts, their states and versions, and outstanding deadlines' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CaseStatusDto, description: 'The case as it stands now' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such case, or it is outside the caller\'s offices (the same answer for both)' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: administrators, and integrations without cases:read' })
  read(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<CaseStatusDto> {
    return this.status.read(principal, id);
  }
}
