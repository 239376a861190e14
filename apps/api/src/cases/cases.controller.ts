import { UserRole } from '@app/persistence';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { ApiIdempotencyKey } from '../idempotency/api-idempotency-key.decorator';
import { CasesService } from './cases.service';
import { CreateCaseDto, ListCasesQuery } from './dto/case.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @ApiIdempotencyKey()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ summary: 'Open a supervision case in your office' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateCaseDto) {
    return this.cases.create(caller, body);
  }

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ summary: 'Cases within your reach, newest first (keyset pagination)' })
  list(@CurrentCaller() caller: Caller, @Query() query: ListCasesQuery) {
    return this.cases.list(caller.principal, query);
  }

  @Get(':id')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ summary: 'A case and its acts' })
  get(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.cases.get(caller.principal, id);
  }
}
