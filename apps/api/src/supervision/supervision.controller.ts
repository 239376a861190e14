import { UserRole } from '@app/persistence';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { requireUser } from '../auth/principal';
import { OverdueQuery } from './dto/overdue.query';
import { SupervisionService } from './supervision.service';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Get('overdue')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({ summary: 'Deadlines past due in your office and every office below it, most overdue first (keyset pagination)' })
  overdue(@CurrentCaller() caller: Caller, @Query() query: OverdueQuery) {
    return this.supervision.overdue(requireUser(caller.principal), query);
  }

  @Get('counts')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({ summary: 'Acts by office × act type × state in your subtree, with the number past due' })
  counts(@CurrentCaller() caller: Caller) {
    return this.supervision.counts(requireUser(caller.principal));
  }
}
