import { IntegrationScope, UserRole } from '@app/persistence';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationScopes, Roles } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { START_OF_FEED } from './change-cursor';
import { invalidField } from '../admin/admin-problems';
import { ChangesService } from './changes.service';
import { ChangesPageDto, ChangesQueryDto, DEFAULT_CHANGES_LIMIT } from './dto/changes.dto';

@ApiTags('integrations')
@Controller('api/v1/changes')
export class ChangesController {
  constructor(private readonly changes: ChangesService) {}

  @Get()
  @Roles(UserRole.SUPERVISOR)
  @IntegrationScopes(IntegrationScope.CHANGES_READ)
  @ApiOperation({
    operationId: 'listChanges',
    summary: 'Every change of a case or an act in the caller\'s offices, exactly once, in commit order',
    description:
      'Page with `after` = the previous `nextCursor` until `hasMore` is false, then poll. Store the cursor only ' +
      'after processing the items: resuming from it after a crash neither skips nor repeats a change.',
  })
  @ApiOkResponse({ type: ChangesPageDto, description: 'Up to `limit` changes after the cursor, oldest first' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED: `after` is not a cursor of this feed, or `limit` is outside 1-1000' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: neither a supervisor nor an integration with changes:read' })
  page(@CurrentPrincipal() principal: Principal, @Query() query: ChangesQueryDto): Promise<ChangesPageDto> {
    const afterId = query.after === undefined ? START_OF_FEED : this.changes.positionOf(query.after);
    if (afterId === null) throw invalidField('after', 'INVALID_IS_CHANGE_CURSOR', 'after must be a cursor returned by this feed (nextCursor or an item cursor)');
    return this.changes.page(principal, afterId, query.limit ?? DEFAULT_CHANGES_LIMIT);
  }
}
